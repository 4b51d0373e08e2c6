import type { SpeakerNotes, TimelineEvent } from '../../model/types.ts';
import { citeMarker, citeMarkers, type RenderContext } from '../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS } from '../html.ts';

/**
 * The speaker's notes: what to say, what to stress (with its sources), the way on; then
 * what left the stage (`detail`: claim chains, record lines, caveats, every citation
 * marker), then what the record adds, with its source. The speaker view and the
 * handout both read this aside, so what the slide no longer shows is never lost.
 */
export function notesAside(
  context: RenderContext,
  notes: SpeakerNotes,
  events: readonly TimelineEvent[] = [],
  detail: SafeHtml | null = null,
): SafeHtml {
  const { words } = context.index;
  const records = events.flatMap((event) => event.record.map((note) => ({ event, note })));
  return html`<aside class="notes">
  <p>${bdi(notes.say)}</p>
  <p><strong>${words.notes.stress}</strong> ${bdi(notes.stress.text)}${citeMarkers(context, notes.stress.sources)}</p>
  <p class="notes-next"><strong>${words.notes.next}</strong> ${bdi(notes.transition)}</p>
  ${detail ? html`<div class="notes-detail"><p class="notes-detail-label"><strong>${words.stage.onThePage}</strong></p>${detail}</div>` : null}
  ${records.map(({ event, note }) => {
    const source = context.index.source(note.source.source);
    const heading = fillSlots(words.recordInNotes(note.differs, SLOTS[0]), [bdi(event.title)]);
    return html`<p class="notes-record"><strong>${heading}</strong> ${bdi(note.detail)} (${bdi(source.publisher)}, ${bdi(source.title)})${citeMarker(context, note.source)}</p>`;
  })}
</aside>`;
}
