import type { PartialDate } from './types.ts';

/** Orders two partial dates; a date known only to the year sorts before any day of that year. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** `date` cut to the precision of `limit`, so that 26 January 2015 compares with "January 2015" as equal. */
function truncatedTo(date: PartialDate, limit: PartialDate): PartialDate {
  return {
    year: date.year,
    ...(limit.month !== undefined && date.month !== undefined ? { month: date.month } : {}),
    ...(limit.day !== undefined && date.month !== undefined && date.day !== undefined ? { day: date.day } : {}),
  };
}

/** True when `date` falls on or before `limit`, read as precisely as `limit` is known: 26 January 2015 is "by January 2015". */
export function isByDate(date: PartialDate, limit: PartialDate): boolean {
  return compareDates(truncatedTo(date, limit), limit) <= 0;
}

/** True when `date` falls on or after `limit`, read as precisely as `limit` is known. */
export function isFromDate(date: PartialDate, limit: PartialDate): boolean {
  return compareDates(truncatedTo(date, limit), limit) >= 0;
}

/** True when `date` lies within `from`–`until`; a missing end is open. */
export function isWithin(date: PartialDate, from: PartialDate | undefined, until: PartialDate | undefined): boolean {
  return (from === undefined || isFromDate(date, from)) && (until === undefined || isByDate(date, until));
}

/** Why a partial date is impossible, or null when it is a real calendar date. */
export function dateProblem(date: PartialDate): string | null {
  if (!Number.isInteger(date.year)) return `year ${date.year} is not a whole number`;
  if (date.month === undefined) return date.day === undefined ? null : 'a day is given without a month';
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) return `month ${date.month} is not 1–12`;
  if (date.day === undefined) return null;
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > daysInMonth) {
    return `day ${date.day} does not exist in month ${date.month} of ${date.year}`;
  }
  return null;
}

/** A date as YYYY, YYYY-MM or YYYY-MM-DD: for messages, `<time datetime>` and ids. */
export function isoDate(date: PartialDate): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

/** The years a dated item covers, e.g. 2014 and 2015 for a 2014–2015 span. */
export function yearsCovered(date: PartialDate, until?: PartialDate): number[] {
  const last = until?.year ?? date.year;
  const years: number[] = [];
  for (let year = date.year; year <= last; year += 1) years.push(year);
  return years;
}

/** Where a date falls, in years from the start of `from`: the 1st of its month, or January, when less is known. */
export function yearsInto(date: PartialDate, from: number): number {
  const month = (date.month ?? 1) - 1;
  const day = (date.day ?? 1) - 1;
  return date.year - from + (month + day / 31) / 12;
}

/** The end of what a date covers, in years from the start of `from`: the day's end, the month's end, or the year's. */
export function coverEndInto(date: PartialDate, from: number): number {
  if (date.month === undefined) return date.year - from + 1;
  if (date.day === undefined) return yearsInto(date, from) + 1 / 12;
  return yearsInto(date, from) + 1 / 365;
}
