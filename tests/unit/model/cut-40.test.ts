import { describe, expect, it } from 'vitest';
import { FORTY_MINUTES } from '../../../slides/cut40.ts';
import { talk } from '../../../slides/index.ts';
import { sections } from '../../../slides/talk.ts';
import { spokenPages } from '../../../src/deck/specs.ts';
import { applyCut } from '../../../src/model/cuts.ts';
import { allSlides } from '../../../src/model/talk-index.ts';

const pagesOf = (cutId: string) => {
  const cut = applyCut(talk, cutId);
  return spokenPages(cut, allSlides(cut));
};

/** Pages whose 40-minute notes are the 20's: the Sources, and 2021, whose handout page is full. */
const SAYS_THE_20 = new Set(['2021']);

describe('the real talk’s 40-minute cut', () => {
  it('gives every text to a page the talk has, so that none is dropped by a misspelt id', () => {
    const ids = new Set(pagesOf('40').map((page) => page.id));
    expect(Object.keys(FORTY_MINUTES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('says each page’s 20-minute notes in full and then more, in more time, on every page but the Sources and 2021', () => {
    const twenty = new Map(pagesOf('20').map((page) => [page.id, page]));
    for (const page of pagesOf('40')) {
      const short = twenty.get(page.id);
      expect(short, page.id).toBeDefined();
      if (short === undefined || page.id.startsWith('sources') || SAYS_THE_20.has(page.id)) continue;
      expect(page.notes.say.startsWith(`${short.notes.say} `), page.id).toBe(true);
      expect(page.notes.say.length, page.id).toBeGreaterThan(short.notes.say.length);
      expect(page.seconds, page.id).toBeGreaterThan(short.seconds);
      expect(page.notes.transition, page.id).toBe(short.notes.transition);
    }
  });

  it('keeps the 10- and 20-minute cuts as written', () => {
    const asWritten = { ...talk, sections };
    for (const cutId of ['10', '20']) {
      const said = (pages: ReturnType<typeof pagesOf>) =>
        pages.map(({ id, seconds, notes }) => ({ id, seconds, notes }));
      const before = applyCut(asWritten, cutId);
      expect(said(pagesOf(cutId)), cutId).toEqual(said(spokenPages(before, allSlides(before))));
    }
  });
});
