import type { Talk } from '../model/types.ts';

/** Entries per Sources slide, so the list stays legible on a projector. */
export const SOURCES_PER_SLIDE = 9;

/** Id of the Sources slide that lists source number `number` (1-based): `sources`, then `sources-2`, … */
export function sourcesSlideId(talk: Talk, number: number): string {
  const spec = talk.sections.flatMap((section) => section.slides).find((slide) => slide.kind === 'sources');
  const base = spec?.id ?? 'sources';
  const page = Math.floor((number - 1) / SOURCES_PER_SLIDE);
  return page === 0 ? base : `${base}-${page + 1}`;
}
