import { yearsCovered } from '../../../model/dates.ts';
import type { SpeakerNotes, Talk, TimelineEvent } from '../../../model/types.ts';
import type { RenderContext, RenderedSlide } from '../../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS } from '../../html.ts';
import { eventCard } from '../../parts/event-card.ts';
import { eventItem, eventSources } from '../../parts/event-item.ts';
import { notesAside, stepNotesAside } from '../../parts/notes.ts';
import { yearStrip } from '../../parts/year-strip.ts';
import type { SlideOf } from '../../slide-kind.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';
import { eventsPerPage, eventsStartingIn, yearPages } from './spec.ts';

/** The chronology's axis, with the current year marked and every year a link. */
export function yearAxis(context: RenderContext, current: number): SafeHtml {
  const { from, to } = context.index.talk.period;
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) years.push(year);
  return html`<nav class="year-axis" aria-label="${context.index.words.chronology(context.index.formats.span({ year: from }, { year: to }))}"><ol>${years.map(
    (year) =>
      html`<li${year === current ? html` class="current"` : null}><a href="#/${year}"${year === current ? html` aria-current="step"` : null}${year < current ? html` class="past"` : null}>${year}</a></li>`,
  )}</ol></nav>`;
}

function spansContinuing(talk: Talk, year: number): TimelineEvent[] {
  return talk.events.filter((event) => event.date.year < year && yearsCovered(event.date, event.until).includes(year));
}

/** What the year slide no longer shows on stage: each event in full, with its claims, record and sources. */
function yearDetail(
  context: RenderContext,
  spec: SlideOf<'year'>,
  events: readonly TimelineEvent[],
  first: boolean,
): SafeHtml {
  const { talk, words, formats } = context.index;
  const continuing = first ? spansContinuing(talk, spec.year) : [];
  // A span the main source mentions without a date (dated by other reporting) does not count as it naming an event that year.
  const noMainSourceEvent =
    first && !talk.events.some((event) => event.origin === 'article' && event.date.year === spec.year);
  return html`${noMainSourceEvent ? html`<p class="year-gap">${words.noMainSourceEvent(spec.year)} <span class="badge badge--context">${words.badges.context.label}</span>.</p>` : null}
<ol class="events">${events.map((event) => eventItem(context, event, 'notes-event'))}</ol>
${continuing.length > 0 ? html`<p class="continuing">${words.continuing} ${continuing.map((event, position) => html`${position > 0 ? '; ' : ''}${bdi(event.title)} (${formats.span(event.date, event.until)})`)}</p>` : null}`;
}

function yearBody(
  context: RenderContext,
  spec: SlideOf<'year'>,
  events: readonly TimelineEvent[],
  first: boolean,
  notes: SpeakerNotes,
): SafeHtml {
  const { words } = context.index;
  const steps = new Map(events.map((event, step) => [event.id, step]));
  return html`<div class="chronology">${yearAxis(context, spec.year)}${yearStrip(context, spec.year, steps)}</div>
<h2 class="year-title"><span class="year-number">${spec.year}</span> <span class="year-heading">${first ? bdi(spec.heading) : fillSlots(words.continued(SLOTS[0]), [bdi(spec.heading)])}</span></h2>
<ol class="event-cards">${events.map((event, step) => eventCard(context, event, step, 'full', stepNotesAside(context, event)))}</ol>
${notesAside(context, notes, events, yearDetail(context, spec, events, first))}`;
}

export const yearSlideRenderer: SlideKindRenderer<'year'> = {
  kind: 'year',
  render(spec, context): RenderedSlide[] {
    const starting = eventsStartingIn(context.index.talk, spec.year);
    return yearPages(spec, context.index.talk).map((page, position) => {
      const size = eventsPerPage(context.index.talk, spec.year);
      const events = starting.slice(position * size, (position + 1) * size);
      return {
        id: page.id,
        body: yearBody(context, spec, events, position === 0, page.notes),
        sources: events.flatMap((event) => eventSources(context, event)),
        seconds: page.seconds,
      };
    });
  },
};
