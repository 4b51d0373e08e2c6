import { LIMITS } from '../../../model/lengths.ts';
import type { Credit, Source, Talk } from '../../../model/types.ts';
import { pageId, type SlideKindSpec, type SlideOf, type SlidePage, titleText } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /**
     * One slide on the talk's path that says how many sources there are and where they are (the
     * handout, the reading edition, the published address as a QR code when the talk declares one),
     * with every source, numbered as the footnote markers, on reference pages stacked under it
     * (↓ reads them, → passes them); credits at the end of the list.
     */
    sources: {
      /** The heading of the slide; the list's pages add the words for "continued". */
      readonly title: string;
    };
  }
}

/** The element id of source number `number`'s entry on the Sources slides; the handout finds entries by it. */
export function sourceEntryId(number: number): string {
  return `source-${number}`;
}

/** The ids `sourceEntryId` makes: an author's slide id must not look like one. */
export const SOURCE_ENTRY_ID = /^source-\d+$/;

/** Entries per page of the list, so it stays legible on a projector. */
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

/** How many pages the list takes, `SOURCES_PER_SLIDE` entries each. */
export function listPageCount(talk: Talk): number {
  return Math.max(1, Math.ceil(entries(talk).length / SOURCES_PER_SLIDE));
}

/**
 * The Sources slide's pages: the one the speaker shows (the spec's id, notes and seconds), then
 * the list's pages (`id-2`, `id-3`…), off the talk's path, as many as the entries need.
 */
export function sourcePages(spec: SlideOf<'sources'>, talk: Talk): SlidePage[] {
  const list = Array.from({ length: listPageCount(talk) }, (_, page) => ({
    id: pageId(spec.id, page + 1),
    offPath: true as const,
  }));
  return [{ id: spec.id, notes: spec.notes, seconds: spec.seconds }, ...list];
}

/** Id of the list's page that holds source number `number` (1-based). */
export function sourcesPageOf(spec: SlideOf<'sources'>, number: number): string {
  return pageId(spec.id, 1 + Math.floor((number - 1) / SOURCES_PER_SLIDE));
}

export const sourcesSlideSpec: SlideKindSpec<'sources'> = {
  kind: 'sources',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  pages: (spec, context) => sourcePages(spec, context.talk),
};
