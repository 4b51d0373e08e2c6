import type { Talk } from '../src/schema.ts';

/**
 * The lengths this talk is given in. The 20-minute cut is the talk as first written; the
 * 10-minute cut leaves out the overview diagrams, the maps, the “who is who”, Pakistan’s choices
 * and the region, keeps every year with its main events on one slide each, and says shorter notes
 * that only leave words out of the full ones. The 40-minute cut shows what the 20 shows and says,
 * slide by slide, the 20's notes and then what the 20 leaves to the handout (`cut40.ts`).
 */
export const CUTS: NonNullable<Talk['cuts']> = {
  all: [
    { id: '10', minutes: 10 },
    { id: '20', minutes: 20 },
    { id: '40', minutes: 40 },
  ],
  default: '20',
};

/** Sections, slides, further pages and year cards that the 10-minute cut leaves out (the 20 and the 40 show them). */
export const NOT_IN_10 = ['20', '40'] as const;
