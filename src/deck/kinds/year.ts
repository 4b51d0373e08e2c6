import { shownOnStage } from '../../model/cuts.ts';
import { compareDates, yearsCovered } from '../../model/dates.ts';
import { LIMITS } from '../../model/lengths.ts';
import type { SpeakerNotes, Talk, TimelineEvent } from '../../model/types.ts';
import type { RenderContext, RenderedSlide } from '../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS } from '../html.ts';
import { eventCard } from '../parts/event-card.ts';
import { eventItem, eventSources } from '../parts/event-item.ts';
import { notesAside, stepNotesAside } from '../parts/notes.ts';
import { yearStrip } from '../parts/year-strip.ts';
import { notesTexts, pageId, type SlideKind, type SlideOf, type SlidePage } from '../slide-kind.ts';

declare module '../../model/types.ts' {
  interface SlideKinds {
    /**
     * A year of the chronology: its events appear one step at a time, each with its
     * sources; its id must be the year, so `#/2016` links to it.
     */
    year: {
      /** The year shown. */
      readonly year: number;
      /** A few words on the year, beside the number. */
      readonly heading: string;
      /**
       * Notes and time for each further page, when the year has more events than fit
       * one slide (`EVENTS_PER_YEAR_SLIDE`); default none. One entry per further page; in a
       * cut that shows fewer events, the entries of pages it does not need say `cuts`.
       */
      readonly continued?: readonly FurtherPage[];
    };
  }
}

/**
 * Past this many events a year continues on a further slide. The cards come one per step
 * and the earlier ones fold to a dimmed line, so five fit the stage at projector size
 * (and their notes, with all that left the stage, one handout page).
 */
export const EVENTS_PER_YEAR_SLIDE = 5;

/** The year's events shown as cards: those of the cut the talk presents (the year strip shows them all). */
function eventsStartingIn(talk: Talk, year: number): TimelineEvent[] {
  return talk.events
    .filter((event) => event.date.year === year && shownOnStage(event, talk))
    .sort((a, b) => compareDates(a.date, b.date));
}

function pagesNeeded(talk: Talk, year: number): number {
  return Math.max(1, Math.ceil(eventsStartingIn(talk, year).length / EVENTS_PER_YEAR_SLIDE));
}

/** Events per page of a year: split evenly, so a year of six is two slides of three, not five and a lone one. */
function eventsPerPage(talk: Talk, year: number): number {
  return Math.max(1, Math.ceil(eventsStartingIn(talk, year).length / pagesNeeded(talk, year)));
}

function yearPages(spec: SlideOf<'year'>, talk: Talk): SlidePage[] {
  const further = spec.continued ?? [];
  return Array.from({ length: pagesNeeded(talk, spec.year) }, (_, page) => {
    const part = page === 0 ? spec : further[page - 1];
    return { id: pageId(spec.id, page), notes: part?.notes ?? spec.notes, seconds: part?.seconds ?? 0 };
  });
}

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

export const yearSlide: SlideKind<'year'> = {
  kind: 'year',
  texts: (spec) => [
    ['heading', spec, 'heading', LIMITS.yearHeading],
    ...(spec.continued ?? []).flatMap((page, index) => notesTexts(`continued[${index}].notes`, page.notes)),
  ],
  check(spec, context, item) {
    const { period } = context.talk;
    if (spec.id !== String(spec.year))
      context.report(item, 'id', `a year slide's id is its year ('${spec.year}'), so that #/${spec.year} links to it`);
    if (spec.year < period.from || spec.year > period.to)
      context.report(item, 'year', `${spec.year} is outside the period ${period.from}–${period.to}`);
    const needed = pagesNeeded(context.talk, spec.year) - 1;
    const given = spec.continued?.length ?? 0;
    if (given !== needed) {
      context.report(
        item,
        'continued',
        `${spec.year} has ${eventsStartingIn(context.talk, spec.year).length} events${context.talk.presenting ? ' in this cut' : ''}, which take ${needed + 1} slide(s) of ${EVENTS_PER_YEAR_SLIDE}; give notes and seconds for ${needed} further slide(s), not ${given}${context.talk.presenting ? ' (a further page a cut does not need says the cuts it is in, with `cuts`)' : ''}`,
      );
    }
  },
  pages: (spec, context) => yearPages(spec, context.talk),
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
