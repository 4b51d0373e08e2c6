/**
 * Reading numbers out of prose the way the talk's language writes them, so that the content
 * rules compare a slide's figures and sentences with their sources alike in every language:
 * "1,524", "$7.12bn" and "1.73 million" in English; "1 524", "7,5 millions" and
 * "environ 1 524 morts" in French. The separators come from `Intl.NumberFormat` for the
 * talk's `lang`; the scale words ("million", "milliards") from the talk's interface words.
 */

/** How a talk writes numbers: its separators, its scale words, and the years it speaks of. */
export interface NumberReading {
  /** The group separators a writer may use between thousands, e.g. "," or the spaces French uses. */
  readonly groups: readonly string[];
  /** The decimal separator, e.g. "." or ",". */
  readonly decimal: string;
  /** Scale words and their factors, e.g. million → 1e6. */
  readonly scales: Readonly<Record<string, number>>;
  /** Four-digit numbers in this span read as years, which speech and support rules treat apart. */
  readonly years: { readonly from: number; readonly to: number };
}

/** A number as written, with the hedge word written before it, if any. */
export interface WrittenNumber {
  readonly value: number;
  /** The number without its scale word: 7.12 for "$7.12bn". */
  readonly base: number;
  /** The token as written, e.g. "1,524". */
  readonly text: string;
  /** The word or words just before it, lower-cased, e.g. "around" or "at least"; '' when none. */
  readonly before: string;
}

/** Each language's number format, made once (the module reads the default language's as it loads). */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Spaces a writer may put between thousands where the language's separator is a space (French uses a narrow one). */
const SPACES = [' ', '\u00a0', '\u202f'];

/** English, and the years 1900–2099: what a reading defaults to when a rule is given none. */
export const ENGLISH_READING: NumberReading = numberReading('en', {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
});

/** The reading of a language: separators from `Intl`, scale words from its interface words. */
export function numberReading(
  lang: string,
  scales: Readonly<Record<string, number>>,
  years: { readonly from: number; readonly to: number } = { from: 1900, to: 2099 },
): NumberReading {
  const parts = numberFormat(lang).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  return { groups: SPACES.includes(group) ? SPACES : [group], decimal, scales, years };
}

/** The language's number format; English when `lang` is not a language tag (a rule reports that elsewhere). Made once per language. */
function numberFormat(lang: string): Intl.NumberFormat {
  const known = numberFormats.get(lang);
  if (known) return known;
  let made: Intl.NumberFormat;
  try {
    made = new Intl.NumberFormat(lang, { useGrouping: true });
  } catch {
    made = new Intl.NumberFormat('en', { useGrouping: true });
  }
  numberFormats.set(lang, made);
  return made;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a number in this reading: digits in groups of three, a decimal part, a scale word. */
function numberPattern(reading: NumberReading): RegExp {
  const group = `[${reading.groups.map(escapeRegExp).join('')}]`;
  const decimal = escapeRegExp(reading.decimal);
  const scales = Object.keys(reading.scales)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const scale = scales === '' ? '' : `(?:[\\s\\u00a0\\u202f]*(${scales})(?![\\p{L}]))?`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}${decimal}])(?<!\\d${group})(\\d{1,3}(?:${group}\\d{3})+(?!\\d)|\\d+)(${decimal}\\d+)?${scale}`,
    'giu',
  );
}

/** Every number written in a text, with its value (scale words applied), as the reading writes numbers. */
export function numbersIn(text: string, reading: NumberReading = ENGLISH_READING): WrittenNumber[] {
  const groupSeparators = new RegExp(`[${reading.groups.map(escapeRegExp).join('')}]`, 'g');
  return [...text.matchAll(numberPattern(reading))].map((match) => {
    const whole = (match[1] ?? '').replace(groupSeparators, '');
    const fraction = (match[2] ?? '').slice(reading.decimal.length);
    const base = Number(fraction === '' ? whole : `${whole}.${fraction}`);
    const scaleWord = (match[3] ?? '').toLowerCase();
    const scale =
      Object.entries(reading.scales).find(([word]) => word.toLowerCase() === scaleWord)?.[1] ?? (scaleWord ? 1 : 1);
    const start = match.index ?? 0;
    const before = text
      .slice(Math.max(0, start - 24), start)
      .toLowerCase()
      .replace(/[$€£]/g, '')
      .trimEnd();
    return { value: base * scale, base, text: match[0], before };
  });
}

/** The values a text gives, each also without its scale ("7.12bn" is both 7.12e9 and 7.12), for matching figures stored either way. */
export function valuesIn(text: string, reading: NumberReading = ENGLISH_READING): Set<number> {
  const values = new Set<number>();
  for (const written of numbersIn(text, reading)) {
    values.add(written.value);
    values.add(written.base);
  }
  return values;
}

/** The hedge a text puts before `value` (scaled or as written), from `hedges`; null when it writes the number flatly or not at all. */
export function hedgeBefore(
  text: string,
  value: number,
  hedges: readonly string[],
  reading: NumberReading = ENGLISH_READING,
): string | null {
  for (const written of numbersIn(text, reading)) {
    if (written.value !== value && written.base !== value) continue;
    const found = hedges.find((hedge) => written.before.endsWith(hedge.toLowerCase()));
    if (found) return found;
  }
  return null;
}

/** True for a four-digit number, written without separators, that falls in the reading's years. */
export function isYear(written: WrittenNumber, reading: NumberReading = ENGLISH_READING): boolean {
  return /^\d{4}$/.test(written.text) && written.value >= reading.years.from && written.value <= reading.years.to;
}
