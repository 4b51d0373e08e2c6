import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base } from '@playwright/test';
import { allPages } from '../../../src/deck/specs.ts';
import { presentedTalk } from '../../../src/model/cuts.ts';
import { allSlides } from '../../../src/model/talk-index.ts';
import type { Talk } from '../../../src/model/types.ts';
import { DEFAULT_TALK, type TalkFolder, talkFolder } from '../../../src/pipeline/talk-folder.ts';
import { type Words, wordsFor } from '../../../src/words/index.ts';

export { expect } from '@playwright/test';

/** The option each Playwright project sets: which talk's built deck it tests (see playwright.config.ts). */
export interface TalkOptions {
  /** The talk's folder, relative to the project root; default `slides`. */
  readonly talkFolder: string;
}

/** Slides a test needs, found in the talk's data rather than named in the test. */
export interface Landmarks {
  /** Every page of the deck, in order, as the engine splits slides into pages. */
  readonly pageIds: readonly string[];
  /** The pages of the Sources slide. */
  readonly sourcesPages: readonly string[];
  /** The year slides' ids, in order. */
  readonly years: readonly string[];
  /** A year with two events or more, for the step tests. */
  readonly busyYear: string;
  /** A year after `busyYear`, for the axis links. */
  readonly laterYear: string;
  /** The slides that show a timeline diagram. */
  readonly timelineSlides: readonly string[];
  /** The first slide that shows a diagram. */
  readonly diagramSlide: string;
  /** A year whose events show a line where other reporting differs, if any. */
  readonly recordYear: string | null;
  /** A year in which the main source names no event, if any. */
  readonly gapYear: string | null;
}

/** Reads the slides the tests walk to out of a talk's data. */
export function landmarksOf(talk: Talk): Landmarks {
  const slides = allSlides(talk);
  const years = slides.flatMap((slide) => (slide.kind === 'year' ? [slide.year] : []));
  const eventsIn = (year: number) => talk.events.filter((event) => event.date.year === year);
  const busy = years.find((year) => eventsIn(year).length >= 2);
  if (busy === undefined) throw new Error('The talk has no year with two events or more to step through.');
  const later = years.find((year) => year > busy) ?? years[0] ?? busy;
  const diagram = slides.find((slide) => slide.kind === 'diagram');
  if (diagram === undefined) throw new Error('The talk has no diagram slide.');
  const recordYear = years.find((year) => eventsIn(year).some((event) => event.record.some((note) => note.differs)));
  const gapYear = years.find((year) => !eventsIn(year).some((event) => event.origin === 'article'));
  const pages = allPages(talk, slides);
  return {
    pageIds: pages.map((page) => page.id),
    sourcesPages: pages.filter((page) => page.spec.kind === 'sources').map((page) => page.id),
    years: years.map(String),
    timelineSlides: slides.flatMap((slide) =>
      slide.kind === 'diagram' && slide.diagram.kind === 'timeline' ? [slide.id] : [],
    ),
    busyYear: String(busy),
    laterYear: String(later),
    diagramSlide: diagram.id,
    recordYear: recordYear === undefined ? null : String(recordYear),
    gapYear: gapYear === undefined ? null : String(gapYear),
  };
}

interface TalkFixtures {
  /** The talk under test, loaded from its folder. */
  readonly talk: Talk;
  /** Where its built decks are. */
  readonly decks: TalkFolder;
  /** Its interface words. */
  readonly words: Words;
  /** Slides to test, from its data. */
  readonly marks: Landmarks;
}

/** Playwright's `test` with the talk of the running project: `test('…', async ({ page, talk, marks }) => …)`. */
export const test = base.extend<object, TalkOptions & TalkFixtures>({
  talkFolder: [DEFAULT_TALK, { scope: 'worker', option: true }],
  talk: [
    async ({ talkFolder: folder }, use) => {
      const loaded: { talk: Talk } = await import(pathToFileURL(talkFolder(resolve('.'), folder).module).href);
      // The built deck is the talk's default cut (src/model/cuts.ts): the tests read the talk as it presents it.
      await use(presentedTalk(loaded.talk, undefined));
    },
    { scope: 'worker' },
  ],
  decks: [async ({ talkFolder: folder }, use) => use(talkFolder(resolve('.'), folder)), { scope: 'worker' }],
  words: [async ({ talk }, use) => use(wordsFor(talk.lang, talk.words)), { scope: 'worker' }],
  marks: [async ({ talk }, use) => use(landmarksOf(talk)), { scope: 'worker' }],
});
