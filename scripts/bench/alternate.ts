/** Which page or build a measurement belongs to. */
export type Side = 'deck' | 'floor';

export interface Alternated<D, F> {
  readonly deck: D[];
  readonly floor: F[];
}

export interface SideMeasures<D, F> {
  /** Takes one measurement; round 0 is the warm-up, 1…runs the counted ones. */
  readonly deck: (round: number) => Promise<D>;
  readonly floor: (round: number) => Promise<F>;
}

/**
 * Takes `runs` measurements of each side, alternating which side goes first from one
 * round to the next, so a drift in machine load (other work on a shared machine) does
 * not favour one side. With `warmUp`, one measurement of each side is taken first and
 * dropped: the first Chromium start and first page load pay for cold disk caches.
 */
export async function alternate<D, F>(
  runs: number,
  warmUp: boolean,
  measure: SideMeasures<D, F>,
): Promise<Alternated<D, F>> {
  if (warmUp) {
    await measure.deck(0);
    await measure.floor(0);
  }
  const result: { deck: D[]; floor: F[] } = { deck: [], floor: [] };
  for (let round = 1; round <= runs; round += 1) {
    const deckFirst = round % 2 === 1;
    if (deckFirst) result.deck.push(await measure.deck(round));
    result.floor.push(await measure.floor(round));
    if (!deckFirst) result.deck.push(await measure.deck(round));
  }
  return result;
}
