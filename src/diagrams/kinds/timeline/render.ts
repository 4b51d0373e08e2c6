import { compareDates, coverEndInto, yearsInto } from '../../../model/dates.ts';
import { deathsOf } from '../../../model/magnitude.ts';
import { claimLegend, claimMarkLook, spokenMark } from '../../claim-marks.ts';
import { type DiagramKindRenderer, diagramId, frameOf, svgDiagram } from '../../diagram-kind.ts';
import { type ColumnEntry, drawYearColumns } from '../../svg/year-columns.ts';

/** Drawn at scale 1 in its frame: 1 unit is 1 CSS px of the slide. */
const FONT_SIZE = 20;

export const timelineDiagramRenderer: DiagramKindRenderer<'timeline'> = {
  kind: 'timeline',
  generate(spec, index, slide) {
    const from = spec.from ?? index.talk.period.from;
    const to = spec.to ?? index.talk.period.to;
    const years: number[] = [];
    for (let year = from; year <= to; year += 1) years.push(year);
    const events = index.talk.events
      .filter((event) => years.includes(event.date.year))
      .sort((a, b) => compareDates(a.date, b.date));
    // On the time band: where in its year the event falls, and an attack's deaths for its mark's area.
    const entry = (event: (typeof events)[number]): ColumnEntry => ({
      key: event.id,
      text: event.shortTitle,
      origin: event.origin,
      when: {
        from: yearsInto(event.date, event.date.year),
        to: coverEndInto(event.until ?? event.date, event.date.year),
      },
      ...(event.responsibility
        ? { mark: claimMarkLook(index, event), deaths: deathsOf(event, index.words.stage.deathTerms) }
        : {}),
    });
    const columns = years.map((year) => ({
      year,
      entries: events.filter((event) => event.date.year === year).map(entry),
    }));
    const { badges, diagrams } = index.words;
    // In words, for a screen reader: each attack with the name it was claimed in, as the marks show it.
    const spoken = (event: (typeof events)[number]): string => {
      const text = event.origin === 'context' ? `${event.shortTitle} (${badges.context.label})` : event.shortTitle;
      return event.responsibility ? spokenMark(index, text, event) : text;
    };
    const description = years
      .map(
        (year) =>
          `${year}: ${
            events
              .filter((event) => event.date.year === year)
              .map(spoken)
              .join('; ') || '—'
          }`,
      )
      .join('. ');
    const markEntries = claimLegend(
      index,
      events.filter((event) => event.responsibility),
    ).map(({ look, text }) => ({ look, text }));
    const { svg } = drawYearColumns({
      id: diagramId(slide),
      title: slide.title,
      description,
      columns,
      empty: '—',
      legend: { article: badges.article.title, context: badges.context.title },
      marks: { heading: diagrams.claimedInName, entries: markEntries },
      width: frameOf(slide).width,
      fontSize: FONT_SIZE,
    });
    return svgDiagram(slide, { svg, description, sources: events.map((event) => event.source.source) });
  },
};
