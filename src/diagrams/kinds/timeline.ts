import { compareDates } from '../../model/dates.ts';
import { type DiagramKind, diagramId } from '../diagram-kind.ts';
import { unique } from '../graph-parts.ts';
import { accessibilityLines, timelineLabel, toText } from '../mermaid-syntax.ts';

declare module '../../model/types.ts' {
  interface DiagramKinds {
    /** An overview of the years `from`–`to`: one column per year, its events by short title, context events marked. */
    timeline: {
      /** First year; default the talk's first. More than about five years will not fit legibly on one slide. */
      readonly from?: number;
      /** Last year; default the talk's last. */
      readonly to?: number;
    };
  }
}

export const timelineDiagram: DiagramKind<'timeline'> = {
  kind: 'timeline',
  check(spec, context, item) {
    const { period } = context.talk;
    for (const end of ['from', 'to'] as const) {
      const year = spec[end];
      if (year !== undefined && (year < period.from || year > period.to))
        context.report(item, `diagram.${end}`, `${year} is outside the period ${period.from}–${period.to}`);
    }
  },
  generate(spec, index, slide) {
    const from = spec.from ?? index.talk.period.from;
    const to = spec.to ?? index.talk.period.to;
    const years: number[] = [];
    for (let year = from; year <= to; year += 1) years.push(year);
    const events = index.talk.events
      .filter((event) => years.includes(event.date.year))
      .sort((a, b) => compareDates(a.date, b.date));
    const context = index.words.badges.context.label;
    const titlesIn = (year: number): string[] =>
      events
        .filter((event) => event.date.year === year)
        .map((event) => (event.origin === 'context' ? `${event.shortTitle} (${context})` : event.shortTitle));
    // A year with nothing starting in it still gets its column, so the axis stays even.
    const entry = (year: number): string => `    ${year} : ${titlesIn(year).map(timelineLabel).join(' : ') || '—'}`;
    const description = years.map((year) => `${year}: ${titlesIn(year).join(', ') || '—'}`).join('. ');
    const text = toText(['timeline', ...accessibilityLines(slide.title, description), ...years.map(entry)]);
    return {
      id: diagramId(slide),
      slideId: slide.id,
      title: slide.title,
      description,
      drawing: { engine: 'mermaid', text },
      sources: unique(events.map((event) => event.source.source)),
    };
  },
};
