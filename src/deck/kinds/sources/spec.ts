import { LIMITS } from '../../../model/lengths.ts';
import type { Credit, Source, Talk } from '../../../model/types.ts';
import { notesTexts, pageId, type SlideKindSpec, type SlideOf, type SlidePage, titleText } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /** Every source, numbered as the footnote markers, over as many slides as the list needs; credits at the end. */
    sources: {
      /** The heading of the first slide; further slides add the words for "continued". */
      readonly title: string;
      /** Notes and seconds for each further slide of the list. */
      readonly continued: { readonly notes: SpeakerNotes; readonly seconds: number } & PerCut;
    };
  }
}

/** The element id of source number `number`'s entry on the Sources slides; the handout finds entries by it. */
export function sourceEntryId(number: number): string {
  return `source-${number}`;
}

/** The ids `sourceEntryId` makes: an author's slide id must not look like one. */
export const SOURCE_ENTRY_ID = /^source-\d+$/;

/** Entries per Sources slide, so the list stays legible on a projector. */
export const SOURCES_PER_SLIDE = 6;

/** One entry of the Sources slides: a numbered source, or a credit after them. */
export type Entry =
  | { readonly kind: 'source'; readonly source: Source; readonly number: number }
  | { readonly kind: 'credit'; readonly credit: Credit };

/** Every entry of the Sources slides in order: the sources, numbered from 1, then the credits. */
export function entries(talk: Talk): Entry[] {
  return [
    ...talk.sources.map((source, position) => ({ kind: 'source' as const, source, number: position + 1 })),
    ...(talk.credits ?? []).map((credit) => ({ kind: 'credit' as const, credit })),
  ];
}

/** The Sources slides: as many as the entries need, `SOURCES_PER_SLIDE` each. */
export function sourcePages(spec: SlideOf<'sources'>, talk: Talk): SlidePage[] {
  const count = Math.max(1, Math.ceil(entries(talk).length / SOURCES_PER_SLIDE));
  return Array.from({ length: count }, (_, page) => ({
    id: pageId(spec.id, page),
    notes: page === 0 ? spec.notes : spec.continued.notes,
    seconds: page === 0 ? spec.seconds : spec.continued.seconds,
  }));
}

/** Id of the Sources slide that lists source number `number` (1-based). */
export function sourcesPageOf(spec: SlideOf<'sources'>, number: number): string {
  return pageId(spec.id, Math.floor((number - 1) / SOURCES_PER_SLIDE));
}

export const sourcesSlideSpec: SlideKindSpec<'sources'> = {
  kind: 'sources',
  texts: (spec) => [...titleText(spec, LIMITS.slideTitle), ...notesTexts('continued.notes', spec.continued.notes)],
  pages: (spec, context) => sourcePages(spec, context.talk),
};
