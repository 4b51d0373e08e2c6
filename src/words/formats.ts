import type { Words } from './types.ts';
import type { DateQualifier, Hedge } from './vocabulary.ts';

/** A date known to the year, the month or the day (the schema's `PartialDate`). */
interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly qualifier?: DateQualifier;
}

/** A number with the hedge its source puts on it (the schema's `Figure`, as far as formats read it). */
interface Figure {
  readonly amount: number;
  readonly hedge: Hedge | null;
  readonly upTo?: { readonly amount: number; readonly hedge: Hedge | null; readonly later: boolean };
}

/** Dates and numbers as the talk's language writes them, through `Intl`. */
export interface Formats {
  /** "30 July 2023", "July 2023" or "2023", as precisely as the date is known. */
  date(date: PartialDate): string;
  /** "Jul 2023" or "2023": month and year at most, for labels on diagrams. */
  shortDate(date: PartialDate): string;
  /** A date, or a span ("1–2 July 2016", "2014–2015") when an end is given. */
  span(date: PartialDate, until?: PartialDate): string;
  /** A whole or decimal number with the language's grouping, e.g. "1,524". */
  number(value: number): string;
  /** A figure's number with its hedge, e.g. "around 54". */
  amount(figure: Pick<Figure, 'amount' | 'hedge'>): string;
  /** A figure with its hedge, or its range with each bound's hedge: "at least 56, later 67". */
  figure(figure: Figure): string;
  /** A figure that is a per cent, with its hedge, e.g. "nearly 65%". */
  share(figure: Pick<Figure, 'amount' | 'hedge'>): string;
  /** "A, B or C" in the talk's language. */
  list(items: readonly string[], kind: 'conjunction' | 'disjunction'): string;
}

type Precision = 'year' | 'month' | 'day';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

function precisionOf(date: PartialDate): Precision {
  if (date.month === undefined) return 'year';
  return date.day === undefined ? 'month' : 'day';
}

function coarser(a: Precision, b: Precision): Precision {
  const order: readonly Precision[] = ['year', 'month', 'day'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] ?? 'year';
}

function toUtc(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The formats for a BCP 47 language tag, with the talk's words for hedges. */
export function formatsFor(lang: string, words: Pick<Words, 'hedges' | 'figureRange' | 'dateQualifiers'>): Formats {
  const qualified = (date: PartialDate, text: string): string =>
    date.qualifier ? words.dateQualifiers[date.qualifier](text) : text;
  // Making an Intl formatter costs far more than formatting with one, and a deck formats thousands of dates.
  const dateFormats = new Map<Precision, Intl.DateTimeFormat>();
  const dateFormat = (precision: Precision): Intl.DateTimeFormat => {
    const made = dateFormats.get(precision) ?? new Intl.DateTimeFormat(lang, OPTIONS[precision]);
    dateFormats.set(precision, made);
    return made;
  };
  const monthFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const listFormats = {
    conjunction: new Intl.ListFormat(lang, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(lang, { type: 'disjunction' }),
  };
  const formats: Formats = {
    date: (date) => qualified(date, dateFormat(precisionOf(date)).format(toUtc(date))),
    shortDate: (date) =>
      qualified(date, date.month === undefined ? String(date.year) : monthFormat.format(toUtc(date))),
    span: (date, until) => {
      if (!until) return formats.date(date);
      // A hedged end reads on its own ("early 2014 – 2015"): Intl's ranges know no hedges.
      if (date.qualifier || until.qualifier) return `${formats.date(date)} – ${formats.date(until)}`;
      // Years alone read as a plain span, "2014–2015"; Intl would space the dash for some languages.
      if (date.month === undefined || until.month === undefined) return `${date.year}–${until.year}`;
      // Both ends at the precision of the vaguer one, so "2014–2015" never becomes "2014–January 2015".
      const range = dateFormat(coarser(precisionOf(date), precisionOf(until))).formatRange(toUtc(date), toUtc(until));
      // Between two day numbers ("1–2 July 2016") the dash takes no spaces, whatever the locale data says.
      return range.replace(/(?<!\d)(\d{1,2})\s*–\s*(\d{1,2})(?!\d)/u, '$1–$2');
    },
    number: (value) => numberFormat.format(value),
    amount: (figure) => {
      const amount = numberFormat.format(figure.amount);
      return figure.hedge ? `${words.hedges[figure.hedge]} ${amount}` : amount;
    },
    figure: (figure) => {
      const low = formats.amount(figure);
      return figure.upTo ? words.figureRange(low, formats.amount(figure.upTo), figure.upTo.later) : low;
    },
    share: (figure) => {
      const share = percentFormat.format(figure.amount / 100);
      return figure.hedge ? `${words.hedges[figure.hedge]} ${share}` : share;
    },
    list: (items, kind) => listFormats[kind].format(items),
  };
  return formats;
}
