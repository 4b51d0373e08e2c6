/**
 * What each kind of slide becomes on the page: one function per slide kind, registered in
 * one place. Events come in full the first time they appear (their permalink), and as a link
 * after that; the author's arguments are marked as the author's.
 */

import { eventRecords } from '../data/event-record.ts';
import { bdi, html, type SafeHtml, trusted } from '../deck/html.ts';
import type { SlideOf } from '../deck/slide-kind.ts';
import { compareDates } from '../model/dates.ts';
import type { DiagramSpec, Point, SlideKinds, SlideSpec } from '../model/types.ts';
import { cited, type ReadingContext, sourceLink } from './context.ts';
import { type DataTable, diagramTable } from './diagram-tables.ts';
import { eventEntry } from './event-entry.ts';

/** The ids of events already given in full on the page: their later mentions link to them. */
export type Placed = Set<string>;

type ReaderOf<K extends keyof SlideKinds> = (spec: SlideOf<K>, context: ReadingContext, placed: Placed) => SafeHtml;

function eventOrLink(context: ReadingContext, eventId: string, placed: Placed): SafeHtml {
  const event = context.index.event(eventId);
  if (placed.has(eventId)) return html`<p class="event-link"><a href="#${eventId}">${bdi(event.title)}</a></p>`;
  placed.add(eventId);
  const record = eventRecords({ ...context.index.talk, events: [event] })[0];
  return eventEntry(context, event, record?.sources ?? [event.source.source]);
}

function pointEntry(context: ReadingContext, point: Point, placed: Placed): SafeHtml {
  if (point.kind === 'event') return eventOrLink(context, point.event, placed);
  if (point.kind === 'statement') return html`<p>${cited(context, point.text, point.sources)}</p>`;
  const argument = context.index.argument(point.argument);
  return html`<blockquote class="argument"><p><strong>${context.index.words.authorArgues}</strong> ${bdi(argument.paraphrase)}</p><p><q>${bdi(argument.source.excerpt)}</q>${sourceLink(context, argument.source)}</p></blockquote>`;
}

function tableMarkup(table: DataTable, caption: string, context: ReadingContext): SafeHtml {
  const head = table.columns.map((column) => html`<th scope="col">${column}</th>`);
  const rows = table.rows.map(
    (row) =>
      html`<tr>${row.map((cell) => html`<td>${bdi(cell.text)}${(cell.sources ?? []).map((id) => sourceLink(context, id))}</td>`)}</tr>`,
  );
  return html`<table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function eventsOfYear(context: ReadingContext, year: number): string[] {
  return context.index.talk.events
    .filter((event) => event.date.year === year)
    .sort((a, b) => compareDates(a.date, b.date))
    .map((event) => event.id);
}

const READERS: { readonly [K in keyof SlideKinds]: ReaderOf<K> } = {
  title: (spec) => html`<p class="subtitle">${bdi(spec.subtitle)}</p><p>${bdi(spec.byline)}</p>`,
  points: (spec, context, placed) =>
    html`${spec.points.map((point) => pointEntry(context, point, placed))}${spec.diagram ? diagramEntry(spec.id, spec.diagram, null, context) : null}`,
  closing: (spec, context, placed) => html`${spec.points.map((point) => pointEntry(context, point, placed))}`,
  groups: (spec, context) => {
    const rows = spec.groups.map((id) => {
      const group = context.index.group(id);
      return html`<li><strong>${bdi(group.name)}</strong>: ${cited(context, group.summary, [group.source])}</li>`;
    });
    return html`<ul class="groups">${rows}</ul>`;
  },
  year: (spec, context, placed) =>
    html`${eventsOfYear(context, spec.year).map((id) => eventOrLink(context, id, placed))}`,
  record: (_spec, context, placed) =>
    html`${context.index.talk.events.filter((event) => event.record.some((note) => note.differs)).map((event) => eventOrLink(context, event.id, placed))}`,
  diagram: (spec, context) =>
    diagramEntry(
      spec.id,
      spec.diagram,
      spec.caption ? html`<p>${cited(context, spec.caption.text, spec.caption.sources)}</p>` : null,
      context,
    ),
  sources: (_spec, context) => html`<p><a href="#bibliography">${context.words.bibliography}</a></p>`,
};

/**
 * A slide's diagram on the page, with its data. The drawing's description stays in its <desc> for assistive
 * technology; on the page the table beside it gives the same facts as rows, which a reader can scan and a
 * phone can show without a wall of text.
 */
function diagramEntry(id: string, spec: DiagramSpec, caption: SafeHtml | null, context: ReadingContext): SafeHtml {
  const definition = context.diagrams.get(id);
  const svg = definition ? context.svgs.get(definition.id) : undefined;
  return html`<figure class="diagram">${svg ? trusted(svg) : null}<figcaption>${caption}</figcaption></figure>${tableMarkup(diagramTable(spec, context), context.words.diagramData, context)}`;
}

/** A slide's part of the page: what it shows, then what the speaker says. */
export function slideEntry(spec: SlideSpec, context: ReadingContext, placed: Placed): SafeHtml {
  const reader = READERS[spec.kind] as ReaderOf<typeof spec.kind>;
  const body = reader(spec as never, context, placed);
  const notes = html`<details class="notes"><summary>${context.words.notes}</summary><p>${bdi(spec.notes.say)}</p></details>`;
  return html`${body}${notes}`;
}

/** A slide's heading on the page: its title, or for a year slide the year and its heading. */
export function slideHeading(spec: SlideSpec): string {
  if (spec.kind === 'year') return `${spec.year}: ${spec.heading}`;
  return spec.title;
}
