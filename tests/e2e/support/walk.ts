import type { BrowserContext, Page } from '@playwright/test';
import { blockingViolations } from './axe.ts';
import { type DeckState, deckState, openDeck, pressAndWait, readStackBelow, slideIds } from './deck.ts';
import { overflowIn } from './overflow.ts';
import { watchForProblems } from './problems.ts';
import type { Landmarks } from './talk.ts';

/**
 * One walk of the deck per viewport, with → alone from the first slide to the last (and ↓ through
 * the reference pages stacked under a slide, which → passes), that
 * every concern watches at once: layout, steps, console and policy, axe. Walking the deck
 * is most of what each of them costs; each used to walk it on its own.
 *
 * A concern is a few hooks and a list of findings (one line per problem, empty when all is
 * well); tests/e2e/walk.spec.ts asserts each concern's findings in a test of its own, so a
 * failure still says which concern failed. To watch something new on every slide, add a
 * concern here (and to CONCERNS) and a test for it in walk.spec.ts.
 */
export interface Concern {
  /** Its key in the walk's findings, and in the test that asserts them. */
  readonly name: string;
  /** Whether it runs at this viewport and for this project (`full`: false for a talk that runs only @smoke tests). */
  readonly runs: (where: WalkSetting) => boolean;
  /** Before the deck opens: listeners and init scripts. */
  readonly watch?: (page: Page, context: BrowserContext, findings: string[]) => Promise<void>;
  /** At every state of the walk: each slide as it arrives, and after each step. */
  readonly atStep?: (page: Page, state: DeckState, findings: string[]) => Promise<void>;
  /** Once on each slide, every step shown. */
  readonly atSlide?: (page: Page, state: DeckState, findings: string[]) => Promise<void>;
  /** After the walk, on the last slide: anything more to drive (the overview, help, print views). */
  readonly after?: (page: Page, findings: string[]) => Promise<void>;
  /** Once the walk is over: conclusions drawn from what was seen. */
  readonly conclude?: (walk: WalkRecord, findings: string[]) => void;
}

export interface WalkSetting {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly baseURL: string;
  readonly marks: Landmarks;
  /** False for a talk that runs only the @smoke tests: its walk leaves out the concerns that have none. */
  readonly full: boolean;
}

/** What the walk saw, and each concern's findings by name. */
export interface WalkRecord {
  /** The slides, in the order → reached them. */
  readonly visited: string[];
  readonly findings: Record<string, string[]>;
}

/** The slide size the deck is designed at. */
/** The slide a window gets: 1024×768 on a 4:3 screen (src/client/config.ts `layoutFor`), 1280×720 on any other. */
const slideFor = (viewport: { width: number; height: number }) =>
  Math.abs(viewport.width / viewport.height - 4 / 3) < 0.01
    ? { width: 1024, height: 768 }
    : { width: 1280, height: 720 };
/** The viewport of the concerns that need one walk only. */
const DESIGN_SIZE = (where: WalkSetting): boolean => where.viewport.width === 1280 && where.viewport.height === 720;

/** Nothing on a slide leaves its box (1280×720, or 1024×768 on a 4:3 screen) or is cut off, and the box is wholly on screen at its ratio. */
const layout: Concern = {
  name: 'layout',
  runs: () => true,
  atSlide: async (page, state, findings) => {
    const SLIDE = slideFor(page.viewportSize() ?? { width: 1280, height: 720 });
    const slide = page.locator('.reveal .slides section.slide.present');
    const problems = await slide.evaluate(overflowIn);
    const fit = await slide.evaluate((section, design) => {
      const rect = section.getBoundingClientRect();
      const scale = rect.width / design.width;
      const onScreen =
        rect.left >= -1 && rect.top >= -1 && rect.right <= innerWidth + 1 && rect.bottom <= innerHeight + 1;
      return { onScreen, ratio: Math.abs(rect.height / scale - design.height) < 2 };
    }, SLIDE);
    if (!fit.onScreen) problems.push('the slide box is not wholly inside the window');
    if (!fit.ratio) problems.push(`the slide box is not ${SLIDE.width}×${SLIDE.height}`);
    findings.push(...problems.map((problem) => `${state.id}: ${problem}`));
  },
};

/** Steps, not elements: a growing diagram shows several shapes at one step (one fragment index). */
function shownSteps(page: Page): Promise<number> {
  return page
    .locator('section.present .fragment.visible')
    .evaluateAll((steps) => new Set(steps.map((step) => step.getAttribute('data-fragment-index'))).size);
}

/**
 * → alone reaches every page in order (walk.spec.ts compares `visited` with the talk), a press
 * that stays on a slide shows exactly one more step, and a year shows one step per event.
 */
function steps(where: WalkSetting): Concern {
  let before = { id: '', shown: 0 };
  return {
    name: 'steps',
    runs: () => true,
    atStep: async (page, state, findings) => {
      const shown = await shownSteps(page);
      if (state.id === before.id && shown !== before.shown + 1)
        findings.push(`${state.id}: a press showed ${shown - before.shown} step(s), not one`);
      before = { id: state.id, shown };
    },
    atSlide: async (page, state, findings) => {
      if (!where.marks.years.includes(state.id)) return;
      const shown = await shownSteps(page);
      // A year's strip marks step with their cards (the same fragment index): count the cards.
      const events = await page.locator(`section[id="${state.id}"] .event-card.fragment`).count();
      if (shown !== events) findings.push(`${state.id}: ${shown} step(s) for ${events} event(s)`);
    },
  };
}

/** Console errors and warnings, uncaught errors, policy violations, and requests that leave the deck's origin. */
function consoleAndPolicy(where: WalkSetting): Concern {
  let problems: readonly string[] = [];
  return {
    name: 'console',
    runs: () => true,
    watch: async (page, context, findings) => {
      page.on('console', (message) => {
        if (message.type() === 'warning') findings.push(`console warning: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(where.baseURL) && !url.startsWith('data:'))
          findings.push(`request leaving the origin: ${url}`);
      });
      // Console errors, uncaught errors and `securitypolicyviolation` events, in every page of the context.
      problems = await watchForProblems(context);
    },
    after: async (page, findings) => {
      await page.keyboard.press('End');
      if (!where.full || !DESIGN_SIZE(where)) return;
      // The rest of what runs in the deck: the overview, the help, and both print layouts.
      await page.keyboard.press('o');
      if ((await page.locator('.reveal.overview').count()) !== 1) findings.push('o does not open the overview');
      await page.keyboard.press('Escape');
      if ((await page.locator('.reveal.overview').count()) !== 0) findings.push('Escape does not close the overview');
      await page.keyboard.press('Shift+Slash');
      if ((await page.locator('.reveal .r-overlay-help').count()) !== 1) findings.push('? does not open the help');
      await page.keyboard.press('Escape');
      for (const view of ['./?print-pdf', './?print-pdf&layout=handout']) {
        await page.goto(view);
        await page.waitForFunction(() => document.documentElement.dataset['printReady'] === 'true');
      }
    },
    conclude: (_walk, findings) => {
      findings.push(...problems);
    },
  };
}

/** axe's serious and critical violations on every slide, colour contrast (AA) included, at the design size. */
const axe: Concern = {
  name: 'axe',
  runs: (where) => where.full && DESIGN_SIZE(where),
  atSlide: async (page, state, findings) => {
    const { lines, contrastChecked } = await blockingViolations(page);
    findings.push(...lines.map((line) => `${state.id}: ${line}`));
    if (!contrastChecked) findings.push(`${state.id}: axe did not check colour contrast`);
  },
};

/** Every concern, made afresh for each walk (some keep state between steps). */
export function concernsFor(where: WalkSetting): Concern[] {
  return [layout, steps(where), consoleAndPolicy(where), axe].filter((concern) => concern.runs(where));
}

/**
 * Opens the deck in a new page of `context` and walks it with → alone, calling each concern's
 * hooks; returns what it saw. Never throws for what a concern finds: that is for its test.
 */
export async function walkTheDeck(context: BrowserContext, where: WalkSetting): Promise<WalkRecord> {
  const concerns = concernsFor(where);
  const findings: Record<string, string[]> = Object.fromEntries(concerns.map((concern) => [concern.name, []]));
  const page = await context.newPage();
  for (const concern of concerns) await concern.watch?.(page, context, findings[concern.name]!);
  await openDeck(page);
  const ids = await slideIds(page);
  const visited: string[] = [];
  let state = await deckState(page);
  const see = async (seen: DeckState): Promise<void> => {
    for (const concern of concerns) await concern.atStep?.(page, seen, findings[concern.name]!);
    if (seen.hiddenSteps !== 0 || visited.includes(seen.id)) return;
    visited.push(seen.id);
    for (const concern of concerns) await concern.atSlide?.(page, seen, findings[concern.name]!);
  };
  for (;;) {
    const arrived = !visited.includes(state.id);
    await see(state);
    // The reference pages stacked under a slide (the Sources list) are off the path → walks: ↓ reads them here.
    if (arrived && state.hiddenSteps === 0) state = await readStackBelow(page, state, see);
    if (state.index + state.below === ids.length - 1 && state.hiddenSteps === 0) break;
    state = await pressAndWait(page, 'ArrowRight', state);
  }
  for (const concern of concerns) await concern.after?.(page, findings[concern.name]!);
  const record: WalkRecord = { visited, findings };
  for (const concern of concerns) concern.conclude?.(record, findings[concern.name]!);
  await page.close();
  return record;
}
