import type { SpeakerNotes, TimelineEvent } from '../../model/types.ts';
import { citeMarkers, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

/** The speaker's notes: what to say, what to stress (with its sources), the way on; then what the record adds, with its source. */
export function notesAside(
  context: RenderContext,
  notes: SpeakerNotes,
  events: readonly TimelineEvent[] = [],
): SafeHtml {
  const { words } = context.index;
  const records = events.flatMap((event) => event.record.map((note) => ({ event, note })));
  return html`<aside class="notes">
  <p>${notes.say}</p>
  <p><strong>${words.notes.stress}</strong> ${notes.stress.text}${citeMarkers(context, notes.stress.sources)}</p>
  <p><strong>${words.notes.next}</strong> ${notes.transition}</p>
  ${records.map(({ event, note }) => {
    const source = context.index.source(note.source.source);
    return html`<p class="notes-record"><strong>${words.recordInNotes(note.differs, event.title)}</strong> ${note.detail} (${source.publisher}, ${source.title})</p>`;
  })}
</aside>`;
}
