/**
 * Reading numbers out of prose, the way the content rules compare a slide's figures and
 * sentences with their sources: "1,524", "7.12", "$7.12bn", "1.73 million", "93 percent".
 */

const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

/** A number as written, with the hedge word written before it, if any. */
export interface WrittenNumber {
  readonly value: number;
  /** The token as written, e.g. "1,524". */
  readonly text: string;
  /** The word or words just before it, lower-cased, e.g. "around" or "at least"; '' when none. */
  readonly before: string;
}

const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|bn|m)\b)?/giu;

/** Every number written in a text, with its value (scales such as "million" applied). */
export function numbersIn(text: string): WrittenNumber[] {
  return [...text.matchAll(NUMBER)].map((match) => {
    const whole = (match[1] ?? '').replace(/,/g, '');
    const base = Number(`${whole}${match[2] ?? ''}`);
    const scale = SCALES[(match[3] ?? '').toLowerCase()] ?? 1;
    const start = match.index ?? 0;
    const before = text
      .slice(Math.max(0, start - 24), start)
      .toLowerCase()
      .replace(/[$€£]/g, '')
      .trimEnd();
    return { value: base * scale, text: match[0], before };
  });
}

/** The values a text gives, each also without its scale ("7.12bn" is both 7.12e9 and 7.12), for matching figures stored either way. */
export function valuesIn(text: string): Set<number> {
  const values = new Set<number>();
  for (const written of numbersIn(text)) {
    values.add(written.value);
    values.add(unscaled(written));
  }
  return values;
}

/** The number as written without its scale word: 7.12 for "$7.12bn". */
function unscaled(written: WrittenNumber): number {
  return Number(written.text.replace(/[^\d.]/g, '').replace(/\.$/, ''));
}

/** The hedge a text puts before `value` (scaled or as written), from `hedges`; null when it writes the number flatly or not at all. */
export function hedgeBefore(text: string, value: number, hedges: readonly string[]): string | null {
  for (const written of numbersIn(text)) {
    if (written.value !== value && unscaled(written) !== value) continue;
    const found = hedges.find((hedge) => written.before.endsWith(hedge.toLowerCase()));
    if (found) return found;
  }
  return null;
}

/** True for a four-digit number that reads as a year (1900–2099), which speech and support rules treat apart. */
export function isYear(written: WrittenNumber): boolean {
  return /^(19|20)\d\d$/.test(written.text);
}
