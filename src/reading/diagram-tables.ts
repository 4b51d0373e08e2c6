/**
 * Every diagram's data as a table, for readers who cannot see the picture or want the
 * numbers: one function per diagram kind, registered in one place, so the compiler proves
 * every kind has its table. They read the talk's data, never the drawing.
 */
import type { DiagramOf } from '../diagrams/diagram-spec.ts';
import { unique } from '../diagrams/graph-parts.ts';
import { markedEvents } from '../diagrams/kinds/map/spec.ts';
import { type WordedPart, wordedParts } from '../diagrams/kinds/share/render.ts';
import { isByDate } from '../model/dates.ts';
import type { DiagramKinds, DiagramSpec, Relation, TimelineEvent } from '../model/types.ts';
import type { ReadingContext } from './context.ts';

/** A table: its column headings and its rows of cells; a cell's sources are listed after its text. */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<{ readonly text: string; readonly sources?: readonly string[] }>>;
}

type TableOf<K extends keyof DiagramKinds> = (spec: DiagramOf<K>, context: ReadingContext) => DataTable;

function relationTable(relations: readonly Relation[], context: ReadingContext): DataTable {
  const { index, words } = context;
  return {
    columns: [words.columns.from, words.columns.tie, words.columns.to, words.columns.since],
    rows: relations.map((relation) => [
      { text: index.group(relation.from).name },
      { text: relation.label ?? index.words.relations[relation.kind], sources: [relation.source.source] },
      { text: index.group(relation.to).name },
      { text: relation.since ? index.formats.date(relation.since) : index.words.diagrams.undated },
    ]),
  };
}

function responsibilityText(event: TimelineEvent, context: ReadingContext): string {
  const { index } = context;
  const responsibility = event.responsibility;
  if (!responsibility) return '';
  const claims = responsibility.claims.map((claim) =>
    claim.madeIn === null ? index.words.diagrams.notStated : index.group(claim.madeIn).name,
  );
  const attributions = (responsibility.attributions ?? []).map((a) =>
    index.words.claims.attributedTo(index.group(a.group).name, a.by, a.strength),
  );
  const named = claims.length > 0 ? claims.join(` ${index.words.claims.or} `) : index.words.diagrams.unclaimed;
  return [named, ...attributions].join(index.words.claims.separator);
}

function eventTable(events: readonly TimelineEvent[], context: ReadingContext): DataTable {
  const { index, words } = context;
  return {
    columns: [words.date, words.columns.event, words.place, words.columns.claim, words.figures],
    rows: events.map((event) => [
      { text: index.formats.span(event.date, event.until) },
      { text: event.title, sources: [event.source.source] },
      { text: event.place ? `${event.place.name}, ${event.place.country}` : '' },
      { text: responsibilityText(event, context) },
      { text: event.figures.map((figure) => `${index.formats.amount(figure)} ${figure.label}`).join('; ') },
    ]),
  };
}

const TABLES: { readonly [K in keyof DiagramKinds]: TableOf<K> } = {
  formation: (spec, context) =>
    relationTable(
      context.index.talk.relations.filter((relation) => relation.from === spec.group || relation.to === spec.group),
      context,
    ),
  network: (spec, context) =>
    relationTable(
      context.index.talk.relations.filter((relation) => relation.since === null || isByDate(relation.since, spec.at)),
      context,
    ),
  rivalries: (spec, context) => {
    const between = new Set(spec.between ?? context.index.talk.groups.map((group) => group.id));
    return relationTable(
      context.index.talk.relations.filter((relation) => between.has(relation.from) && between.has(relation.to)),
      context,
    );
  },
  // The attacks the map draws: those it leaves off stay out of its table too.
  map: (spec, context) =>
    eventTable(
      markedEvents(context.index.talk.events, spec.marks).filter((event) => !(spec.leaveOff ?? []).includes(event.id)),
      context,
    ),
  timeline: (spec, context) =>
    eventTable(
      context.index.talk.events.filter(
        (event) =>
          event.date.year >= (spec.from ?? context.index.talk.period.from) &&
          event.date.year <= (spec.to ?? context.index.talk.period.to),
      ),
      context,
    ),
  toll: (spec, context) => {
    const { index, words } = context;
    const event = index.event(spec.event);
    const figures = [...event.figures, ...event.record.flatMap((note) => note.figures ?? [])];
    const perCent = new Set((spec.shares ?? []).filter((part) => part.perCent).map((part) => part.part));
    return {
      columns: [words.columns.figure, words.columns.source],
      rows: [
        ...figures.map((figure) => [
          {
            text: `${perCent.has(figure.label) ? index.formats.share(figure) : index.formats.amount(figure)} ${figure.label}`,
          },
          { text: index.source(figure.source.source).publisher, sources: [figure.source.source] },
        ]),
        ...partRows(wordedParts(index, event, spec.shares ?? []), context),
      ],
    };
  },
  share: (spec, context) => {
    const event = context.index.event(spec.event);
    return {
      columns: [context.words.columns.figure, context.words.columns.source],
      rows: partRows(wordedParts(context.index, event, spec.parts), context),
    };
  },
};

/** One row per part of a whole: the part and its whole as drawn, and who gives them. */
function partRows(parts: readonly WordedPart[], context: ReadingContext): DataTable['rows'] {
  return parts.map((part) => [
    { text: `${part.row.partText}, ${part.row.wholeText}` },
    {
      text: unique(part.sources.map((source) => context.index.source(source).publisher)).join('; '),
      sources: unique(part.sources),
    },
  ]);
}

/** The table of what a diagram draws. */
export function diagramTable(spec: DiagramSpec, context: ReadingContext): DataTable {
  const table = TABLES[spec.kind] as TableOf<typeof spec.kind>;
  return table(spec as never, context);
}
