import { shownOnStage } from '../../../model/cuts.ts';
import { compareDates } from '../../../model/dates.ts';
import { LIMITS } from '../../../model/lengths.ts';
import type { Talk, TimelineEvent } from '../../../model/types.ts';
import { notesTexts, pageId, type SlideKindSpec, type SlideOf, type SpokenPage } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
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

/** The year's events shown as cards, in date order: those of the cut the talk presents (the year strip shows them all). */
export function eventsStartingIn(talk: Talk, year: number): TimelineEvent[] {
  return talk.events
    .filter((event) => event.date.year === year && shownOnStage(event, talk))
    .sort((a, b) => compareDates(a.date, b.date));
}

function pagesNeeded(talk: Talk, year: number): number {
  return Math.max(1, Math.ceil(eventsStartingIn(talk, year).length / EVENTS_PER_YEAR_SLIDE));
}

/** Events per page of a year: split evenly, so a year of six is two slides of three, not five and a lone one. */
export function eventsPerPage(talk: Talk, year: number): number {
  return Math.max(1, Math.ceil(eventsStartingIn(talk, year).length / pagesNeeded(talk, year)));
}

/** The pages of a year slide: as many as its events need, each with its notes and seconds. */
export function yearPages(spec: SlideOf<'year'>, talk: Talk): SpokenPage[] {
  const further = spec.continued ?? [];
  return Array.from({ length: pagesNeeded(talk, spec.year) }, (_, page) => {
    const part = page === 0 ? spec : further[page - 1];
    return { id: pageId(spec.id, page), notes: part?.notes ?? spec.notes, seconds: part?.seconds ?? 0 };
  });
}

export const yearSlideSpec: SlideKindSpec<'year'> = {
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
};
