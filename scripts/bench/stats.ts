/** The middle value of the samples (the mean of the two middle ones for an even count); robust to one slow outlier run. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  if (samples.some((sample) => !Number.isFinite(sample)))
    throw new Error(`median of a non-finite sample: ${samples.join(', ')}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * deck / floor, or null when the floor is zero (the floor ships no JavaScript, so a
 * ratio of JavaScript bytes means nothing) or either side is missing.
 */
export function ratio(deck: number | null, floor: number | null): number | null {
  if (deck === null || floor === null || floor <= 0) return null;
  return deck / floor;
}
