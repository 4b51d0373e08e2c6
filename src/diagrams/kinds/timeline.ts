import { compareDates } from '../../model/dates.ts';
import type { Talk } from '../../model/types.ts';
import { unique } from '../graph-parts.ts';
import { accessibilityLines, timelineLabel, toText } from '../mermaid-syntax.ts';
import type { DiagramDefinition } from '../types.ts';

/** Mermaid `timeline` of the years `from`–`to`: one column per year, its events by short title; context events marked. */
export function timelineDiagram(talk: Talk, slideId: string, from: number, to: number): DiagramDefinition {
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) years.push(year);
  const events = [...talk.events].filter((event) => years.includes(event.date.year)).sort((a, b) => compareDates(a.date, b.date));
  const entry = (year: number): string => {
    const titles = events.filter((event) => event.date.year === year).map((event) => timelineLabel(event.origin === 'context' ? `${event.shortTitle} (context)` : event.shortTitle));
    // A year with nothing starting in it still gets its column, so the axis stays even.
    return `    ${year} : ${titles.length > 0 ? titles.join(' : ') : 'no new event'}`;
  };
  const title = `Overview, ${from}–${to}`;
  const description = years
    .map((year) => `${year}: ${events.filter((event) => event.date.year === year).map((event) => event.shortTitle).join(', ') || 'no new event'}`)
    .join('. ');
  const source = toText(['timeline', ...accessibilityLines(title, description), ...years.map(entry)]);
  return { id: `diagram-${slideId}`, slideId, title, description, source, sources: unique(events.map((event) => event.source.source)) };
}
