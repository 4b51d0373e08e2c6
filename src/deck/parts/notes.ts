import type { SpeakerNotes, TimelineEvent } from '../../model/types.ts';
import { citeMarker, citeMarkers, type RenderContext } from '../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS } from '../html.ts';
import { eventItem } from './event-item.ts';

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
  return html`<aside class="notes">
  <p class="notes-say">${bdi(notes.say)}</p>
  <p class="notes-stress"><strong>${words.notes.stress}</strong> ${bdi(notes.stress.text)}${citeMarkers(context, notes.stress.sources)}</p>
  <p class="notes-next"><strong>${words.notes.next}</strong> ${bdi(notes.transition)}</p>
  ${detail ? html`<div class="notes-detail"><p class="notes-detail-label"><strong>${words.stage.onThePage}</strong></p>${detail}</div>` : null}
  ${events.flatMap((event) => recordLines(context, event, 'slide'))}
</aside>`;
}

/**
 * What the record adds to an event, with its source: in full in the slide's notes (the
 * handout), and shorter in a step's own notes, read live at 22 px in the speaker view, where
 * the card shows the event's title and the source's number stands for the source.
 */
function recordLines(context: RenderContext, event: TimelineEvent, form: 'slide' | 'step'): SafeHtml[] {
  const { words } = context.index;
  return event.record.map((note) => {
    const source = context.index.source(note.source.source);
    if (form === 'step')
      return html`<p class="notes-record"><strong>${words.recordInStep(note.differs)}</strong> ${bdi(note.detail)}${citeMarker(context, note.source)}</p>`;
    const heading = fillSlots(words.recordInNotes(note.differs, SLOTS[0]), [bdi(event.title)]);
    return html`<p class="notes-record"><strong>${heading}</strong> ${bdi(note.detail)} (${bdi(source.publisher)}, ${bdi(source.title)})${citeMarker(context, note.source)}</p>`;
  });
}

/**
 * One step's own notes, on the element that comes on with the step: reveal.js's convention
 * (an `aside.notes` inside a fragment is that step's notes), read by the speaker view while
 * the step is current. They repeat the part of the slide's notes that concerns this step
 * (the event in full, as `eventItem` gives it) and its record lines; the slide's own aside
 * keeps everything, for the handout.
 */
export function stepNotesAside(context: RenderContext, event: TimelineEvent): SafeHtml {
  return html`<aside class="notes step-notes"><ol class="events">${eventItem(context, event, 'notes-event')}</ol>${recordLines(context, event, 'step')}</aside>`;
}
