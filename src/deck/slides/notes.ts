import type { SpeakerNotes, TimelineEvent } from '../../model/types.ts';
import { sourceById, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

/** The speaker's notes: what to say, what to stress, the way on; then what the record adds or corrects, with its source. */
export function notesAside(context: RenderContext, notes: SpeakerNotes, events: readonly TimelineEvent[] = []): SafeHtml {
  const records = events.flatMap((event) => event.record.map((note) => ({ event, note })));
  return html`<aside class="notes">
  <p>${notes.say}</p>
  <p><strong>Stress:</strong> ${notes.stress}</p>
  <p><strong>Next:</strong> ${notes.transition}</p>
  ${records.map(({ event, note }) => {
    const source = sourceById(context.talk, note.source.source);
    return html`<p class="notes-record"><strong>${note.differs ? 'The record differs' : 'The record adds'} (${event.title}):</strong> ${note.detail} (${source.publisher}, ${source.title})</p>`;
  })}
</aside>`;
}
