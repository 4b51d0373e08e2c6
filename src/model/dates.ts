import type { PartialDate } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Orders two partial dates; a date known only to the year sorts before any day of that year. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** True when `date` falls on or before `limit`, read as precisely as `limit` is known: 26 January 2015 is "by January 2015". */
export function isByDate(date: PartialDate, limit: PartialDate): boolean {
  const truncated: PartialDate = {
    year: date.year,
    ...(limit.month !== undefined && date.month !== undefined ? { month: date.month } : {}),
    ...(limit.day !== undefined && date.month !== undefined && date.day !== undefined ? { day: date.day } : {}),
  };
  return compareDates(truncated, limit) <= 0;
}

/** "30 July 2023", "June 2023" or "2023", as precisely as the date is known. */
export function formatDate(date: PartialDate): string {
  const month = date.month === undefined ? '' : `${MONTHS[date.month - 1] ?? '?'} `;
  const day = date.day === undefined ? '' : `${date.day} `;
  return `${day}${month}${date.year}`;
}

/** A date, or a span "2014–2015" when an end is given. */
export function formatSpan(date: PartialDate, until?: PartialDate): string {
  if (!until) return formatDate(date);
  // "1–2 July 2016" rather than "1 July 2016–2 July 2016".
  if (date.year === until.year && date.month !== undefined && date.month === until.month && date.day !== undefined && until.day !== undefined) {
    return `${date.day}–${formatDate(until)}`;
  }
  return `${formatDate(date)}–${formatDate(until)}`;
}

/** Why a partial date is impossible, or null when it is a real calendar date. */
export function dateProblem(date: PartialDate): string | null {
  if (!Number.isInteger(date.year)) return `year ${date.year} is not a whole number`;
  if (date.month === undefined) return date.day === undefined ? null : 'a day is given without a month';
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) return `month ${date.month} is not 1–12`;
  if (date.day === undefined) return null;
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > daysInMonth) return `day ${date.day} does not exist in ${formatDate({ year: date.year, month: date.month })}`;
  return null;
}

/** The years a dated item covers, e.g. 2014 and 2015 for a 2014–2015 span. */
export function yearsCovered(date: PartialDate, until?: PartialDate): number[] {
  const last = until?.year ?? date.year;
  const years: number[] = [];
  for (let year = date.year; year <= last; year += 1) years.push(year);
  return years;
}
