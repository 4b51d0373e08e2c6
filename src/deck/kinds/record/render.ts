import type { Talk, TimelineEvent } from '../../../model/types.ts';
import { citeMarker, type RenderContext } from '../../context.ts';
import { bdi, html, type SafeHtml } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

export function eventsWhereRecordDiffers(talk: Talk): TimelineEvent[] {
  return talk.events.filter((event) => event.origin === 'article' && event.record.some((note) => note.differs));
}

export const recordSlideRenderer: SlideKindRenderer<'record'> = {
  kind: 'record',
  render(spec, context) {
    const { talk } = context.index;
    const events = eventsWhereRecordDiffers(talk);
    // On stage, which claims the record corrects; the article's words beside the record's, with their sources, on the page.
    const body = html`<ol class="record-list">${events.map(
      (event) => html`<li data-record="${event.id}"><strong>${bdi(event.shortTitle)}</strong></li>`,
    )}</ol>${notesAside(context, spec.notes, [], recordDetail(context, events))}`;
    const sources = events.flatMap((event) => [
      event.source.source,
      ...event.record.filter((note) => note.differs).map((note) => note.source.source),
    ]);
    return [{ id: spec.id, title: spec.title, body, sources, seconds: spec.seconds }];
  },
};

/** The article's own words beside what the record says, each with its source's marker: the notes and the handout. */
function recordDetail(context: RenderContext, events: readonly TimelineEvent[]): SafeHtml {
  const { words } = context.index;
  return html`${events.map(
    (event) =>
      html`<p class="notes-record-row" data-event="${event.id}"><strong>${words.recordTable.article}</strong> <q>${bdi(event.source.excerpt)}</q>${citeMarker(context, event.source)} — <strong>${words.recordTable.record}</strong> ${event.record
        .filter((note) => note.differs)
        .map((note) => html`${bdi(note.summary)}${citeMarker(context, note.source)} `)}</p>`,
  )}`;
}
