import type { Cut, FurtherPage, InCuts, PerCut, Section, SlideSpec, SpeakerNotes, Talk } from './types.ts';

/**
 * Cuts: one talk given at several lengths from the same data. `applyCut` turns the talk as
 * written into the talk as one cut presents it — the sections, slides and further pages of
 * that cut, with that cut's seconds and notes — so that the rules, the deck, the handout and
 * the reading edition work on it unchanged. Events all stay (the year strip, the maps, the
 * reading edition and the data show the whole chronology); the year slide shows as cards only
 * those `shownOnStage`.
 */

/** A cut asked for that the talk does not declare: the message lists the ones it does. */
export class UnknownCutError extends Error {
  constructor(talkTitle: string, asked: string, known: readonly Cut[]) {
    super(
      known.length === 0
        ? `The talk "${talkTitle}" declares no cuts, so it has no cut '${asked}': build it without --cut (DECK_CUT), or add \`cuts\` to the talk.`
        : `The talk "${talkTitle}" has no cut '${asked}': use one of ${known.map((cut) => `'${cut.id}' (${cut.minutes} min)`).join(', ')}.`,
    );
    this.name = 'UnknownCutError';
  }
}

/** The talk's cuts; empty when it declares none. */
export function cutsOf(talk: Talk): readonly Cut[] {
  return talk.cuts?.all ?? [];
}

/** True when an item appears in the cut (`cut` undefined: the talk as written, where everything appears). */
export function inCut(item: InCuts, cut: string | undefined): boolean {
  return cut === undefined || item.cuts === undefined || item.cuts.includes(cut);
}

/** True when an event is shown as a card, with its own step, in the cut the talk presents. */
export function shownOnStage(item: InCuts, talk: Talk): boolean {
  return inCut(item, talk.presenting?.id);
}

/** A page's seconds and notes in the cut, its own where the cut does not change them. */
export function cutTiming<T extends PerCut & { readonly seconds: number; readonly notes: SpeakerNotes }>(
  page: T,
  cut: string,
): T {
  const timing = page.perCut?.[cut];
  if (timing === undefined) return page;
  return { ...page, seconds: timing.seconds ?? page.seconds, notes: { ...page.notes, ...timing.notes } };
}

/**
 * A slide in the cut. Further pages (`continued`: a list for a year, one entry for the Sources)
 * are the one field of a kind that holds timings of its own, so they are cut here too rather
 * than by each kind.
 */
function cutSlide(slide: SlideSpec, cut: string): SlideSpec {
  const timed = cutTiming(slide, cut);
  if (!('continued' in timed) || timed.continued === undefined) return timed;
  const further: FurtherPage | readonly FurtherPage[] = timed.continued;
  const continued = isPageList(further)
    ? further.filter((page) => inCut(page, cut)).map((page) => cutTiming(page, cut))
    : cutTiming(further, cut);
  // The spread keeps the slide's kind; only `continued` changes, to a value of its own type.
  return { ...timed, continued } as SlideSpec;
}

function isPageList(pages: FurtherPage | readonly FurtherPage[]): pages is readonly FurtherPage[] {
  return Array.isArray(pages);
}

function cutSection(section: Section, cut: string): Section {
  return {
    ...section,
    slides: section.slides.filter((slide) => inCut(slide, cut)).map((slide) => cutSlide(slide, cut)),
  };
}

/** The cut built when none is asked for; undefined for a talk without cuts. */
export function defaultCut(talk: Talk): Cut | undefined {
  return cutsOf(talk).find((cut) => cut.id === talk.cuts?.default);
}

/**
 * The talk as cut `cutId` presents it: its sections, slides and further pages, each with the
 * cut's seconds and notes; its length the cut's; `presenting` set to the cut. Pure. Throws
 * `UnknownCutError` for a cut the talk does not declare.
 */
export function applyCut(talk: Talk, cutId: string): Talk {
  const cut = cutsOf(talk).find((candidate) => candidate.id === cutId);
  if (cut === undefined) throw new UnknownCutError(talk.title, cutId, cutsOf(talk));
  return {
    ...talk,
    durationMinutes: cut.minutes,
    presenting: cut,
    sections: talk.sections.filter((section) => inCut(section, cut.id)).map((section) => cutSection(section, cut.id)),
  };
}

/**
 * The talk a build presents: the cut asked for, else the default cut, else (a talk without
 * cuts, asked for none) the talk as written.
 */
export function presentedTalk(talk: Talk, cutId: string | undefined): Talk {
  if (talk.presenting !== undefined) return talk;
  const chosen = cutId ?? talk.cuts?.default;
  return chosen === undefined ? talk : applyCut(talk, chosen);
}
