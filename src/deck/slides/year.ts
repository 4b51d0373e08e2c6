import { compareDates, formatSpan, yearsCovered } from '../../model/dates.ts';
import type { SpeakerNotes, TimelineEvent } from '../../model/types.ts';
import type { RenderContext, RenderedSlide } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { eventItem, eventSources } from './event-item.ts';
import { notesAside } from './notes.ts';

/** Past this many events a year continues on a second slide, so nothing shrinks below projector size. */
export const EVENTS_PER_YEAR_SLIDE = 4;

export interface YearSlideSpec {
  readonly id: string;
  readonly year: number;
  readonly heading: string;
  readonly notes: SpeakerNotes;
  readonly seconds: number;
}

/** The chronology's axis, with the current year marked and every year a link. */
export function yearAxis(context: RenderContext, current: number): SafeHtml {
  const { from, to } = context.talk.period;
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) years.push(year);
  return html`<nav class="year-axis" aria-label="Chronology ${from}–${to}"><ol>${years.map(
    (year) => html`<li${year === current ? html` class="current"` : null}><a href="#/${year}"${year === current ? html` aria-current="step"` : null}${year < current ? html` class="past"` : null}>${year}</a></li>`,
  )}</ol></nav>`;
}

export function eventsStartingIn(context: RenderContext, year: number): TimelineEvent[] {
  return context.talk.events.filter((event) => event.date.year === year).sort((a, b) => compareDates(a.date, b.date));
}

function spansContinuing(context: RenderContext, year: number): TimelineEvent[] {
  return context.talk.events.filter((event) => event.date.year < year && yearsCovered(event.date, event.until).includes(year));
}

/**
 * A year of the chronology: its events appear one step at a time; spans that began
 * earlier are listed as continuing, and a year the article leaves empty says so.
 */
export function yearSlides(context: RenderContext, spec: YearSlideSpec): RenderedSlide[] {
  const starting = eventsStartingIn(context, spec.year);
  const chunks: TimelineEvent[][] = [];
  for (let index = 0; index < Math.max(starting.length, 1); index += EVENTS_PER_YEAR_SLIDE) chunks.push(starting.slice(index, index + EVENTS_PER_YEAR_SLIDE));
  return chunks.map((events, index) => {
    const first = index === 0;
    const id = first ? spec.id : `${spec.id}-${index + 1}`;
    const notes = first ? spec.notes : continuationNotes(spec, events);
    return { id, body: yearBody(context, spec, events, first, notes), sources: events.flatMap(eventSources) };
  });
}

function yearBody(context: RenderContext, spec: YearSlideSpec, events: readonly TimelineEvent[], first: boolean, notes: SpeakerNotes): SafeHtml {
  const continuing = first ? spansContinuing(context, spec.year) : [];
  // A span the article mentions without a date (dated by other reporting) does not count as the article naming an event that year.
  const noArticleEvent = first && !context.talk.events.some((event) => event.origin === 'article' && event.date.year === spec.year);
  return html`${yearAxis(context, spec.year)}
<h2 class="year-title"><span class="year-number">${spec.year}</span> <span class="year-heading">${first ? spec.heading : `${spec.heading} (continued)`}</span></h2>
${noArticleEvent ? html`<p class="year-gap">The article names no event in ${spec.year}. Shown: context from other reporting, marked <span class="badge badge--context">Context</span>.</p>` : null}
<ol class="events">${events.map((event) => eventItem(context, event, 'fragment'))}</ol>
${continuing.length > 0 ? html`<p class="continuing">Continuing: ${continuing.map((event, index) => html`${index > 0 ? '; ' : ''}${event.title} (${formatSpan(event.date, event.until)})`)}</p>` : null}
${notesAside(context, notes, events)}`;
}

/** Notes for a year's second slide, written from its events so the speaker has the facts in hand. */
function continuationNotes(spec: YearSlideSpec, events: readonly TimelineEvent[]): SpeakerNotes {
  const said = events.map((event) => `${formatSpan(event.date, event.until)}: ${event.title}${event.place ? `, in ${event.place.name}` : ''}.`).join(' ');
  return {
    say: `We are still in ${spec.year}. Step through the remaining events of the year one at a time. ${said} For each, say who states it: the article, or the other reporting marked as context, and point out any line marked as the record where it differs.`,
    stress: events.map((event) => event.shortTitle).join('; '),
    transition: spec.notes.transition,
  };
}
