import type { Talk, TimelineEvent } from '../../model/types.ts';
import { citeMarker } from '../context.ts';
import { html } from '../html.ts';
import { notesAside } from '../parts/notes.ts';
import type { SlideKind } from '../slide-kind.ts';

declare module '../../model/types.ts' {
  interface SlideKinds {
    /** What the record adds: each main-source claim that other reporting corrects, beside the record. */
    record: {
      /** The slide's heading. */
      readonly title: string;
    };
  }
}

export function eventsWhereRecordDiffers(talk: Talk): TimelineEvent[] {
  return talk.events.filter((event) => event.origin === 'article' && event.record.some((note) => note.differs));
}

export const recordSlide: SlideKind<'record'> = {
  kind: 'record',
  render(spec, context) {
    const { talk, words } = context.index;
    const events = eventsWhereRecordDiffers(talk);
    const body = html`<table class="record">
<thead><tr><th scope="col">${words.recordTable.article}</th><th scope="col">${words.recordTable.record}</th></tr></thead>
<tbody>${events.map((event) => {
      // The main source's own words, quoted: the record answers what it said, not a summary of it.
      return html`<tr data-event="${event.id}"><td><q>${event.source.excerpt}</q>${citeMarker(context, event.source)}</td><td>${event.record
        .filter((note) => note.differs)
        .map(
          (note) => html`<span class="record-summary">${note.summary}${citeMarker(context, note.source)}</span>`,
        )}</td></tr>`;
    })}</tbody>
</table>${notesAside(context, spec.notes)}`;
    const sources = events.flatMap((event) => [
      event.source.source,
      ...event.record.filter((note) => note.differs).map((note) => note.source.source),
    ]);
    return [{ id: spec.id, title: spec.title, body, sources, seconds: spec.seconds }];
  },
};
