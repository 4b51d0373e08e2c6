import { expect, type Page } from '@playwright/test';
import { READY_FLAGS } from '../../../src/contract.ts';

/** Where the built deck's reveal.js stands: the slide on show and how many of its steps are still hidden. */
export interface DeckState {
  readonly id: string;
  /** Its place among all the deck's slides (`slideIds`), the pages of a vertical stack included. */
  readonly index: number;
  readonly hiddenSteps: number;
  /** Its place in a vertical stack (0: on the talk's path), and how many pages the stack holds under it. */
  readonly v: number;
  readonly below: number;
}

/**
 * Runs in the page (so it holds everything it uses): the state of the deck as `DeckState` reads
 * it; null before reveal.js shows a slide, or while the deck is still where `from` saw it.
 */
function stateIn(from: Pick<DeckState, 'id' | 'hiddenSteps'> | null): DeckState | null {
  const slide = '.reveal .slides section.slide';
  const sections = [...document.querySelectorAll<HTMLElement>(slide)];
  const present = document.querySelector<HTMLElement>(`${slide}.present`);
  if (!present) return null;
  const stack = present.parentElement?.classList.contains('stack')
    ? [...present.parentElement.children].filter((child) => child.matches(slide))
    : [present];
  const v = stack.indexOf(present);
  const hiddenSteps = present.querySelectorAll('.fragment:not(.visible)').length;
  if (from && present.id === from.id && hiddenSteps === from.hiddenSteps) return null;
  return {
    id: present.id,
    index: sections.indexOf(present),
    hiddenSteps,
    v,
    below: stack.length - 1 - v,
  };
}

/** Waits until reveal.js has initialised and the deck's fonts are in, so measurements and screenshots are final. */
export async function waitForDeck(page: Page): Promise<void> {
  // reveal.js initialises in well under a second; a deck that has not after 15 s never will (a refused script, say).
  await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.deck, {
    timeout: 15_000,
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Opens the deck at `path` (a URL relative to the base) and waits until it is ready. */
export async function openDeck(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await waitForDeck(page);
}

/**
 * Opens the deck afresh at a `#/…` link. A hash-only change would not reload the
 * page, and the test would race the deck's own navigation.
 */
export async function openDeckAt(page: Page, hash: string): Promise<void> {
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await openDeck(page, `./${hash}`);
}

/** Id of the slide on screen. */
export async function presentSlideId(page: Page): Promise<string> {
  return (await deckState(page)).id;
}

/** Waits until the present slide's transitions have finished, so sizes are final. */
export async function settleAnimations(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document
        .querySelector('.reveal .slides section.slide.present')
        ?.getAnimations({ subtree: true })
        .some((animation) => animation.playState === 'running'),
  );
  await settle(page);
}

/** Ids of the slides that show a diagram, in order. */
export async function diagramSlideIds(page: Page): Promise<string[]> {
  return page
    .locator('.reveal .slides section.slide:has(figure.diagram svg)')
    .evaluateAll((sections) => sections.map((section) => section.id));
}

/** Goes to a slide by its link and waits until it is on screen and its transition has finished. */
export async function goToSlide(page: Page, id: string): Promise<void> {
  await page.goto(`./#/${id}`);
  await expect.poll(async () => (await deckState(page)).id).toBe(id);
  await settleAnimations(page);
}

export async function slideIds(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides section.slide').evaluateAll((sections) => sections.map((section) => section.id));
}

export async function deckState(page: Page): Promise<DeckState> {
  return (await page.evaluate(stateIn, null)) ?? { id: '', index: -1, hiddenSteps: 0, v: 0, below: 0 };
}

/** Two animation frames: reveal.js has applied its classes and the browser has laid the page out again. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Presses a key and waits until the deck has moved (another slide, or another step of this one).
 * `before`, when the caller knows it, saves reading the state again; walks press hundreds of times.
 */
export async function pressAndWait(page: Page, key: string, before?: DeckState): Promise<DeckState> {
  const from = before ?? (await deckState(page));
  await page.keyboard.press(key);
  // reveal.js sets its classes in the key's own handler, so the state it returns once moved is final; settle is for layout.
  const moved = await page.waitForFunction(stateIn, { id: from.id, hiddenSteps: from.hiddenSteps });
  const state = (await moved.jsonValue()) as DeckState;
  await moved.dispose();
  await settle(page);
  return state;
}

/**
 * Reads the pages stacked under the slide on show with ↓, calling `visit` on each, then goes back
 * up with ↑ to where it was: how a reader reaches the reference pages → passes (the Sources list).
 */
export async function readStackBelow(
  page: Page,
  state: DeckState,
  visit: (state: DeckState) => Promise<void>,
): Promise<DeckState> {
  let here = state;
  while (here.below > 0) {
    here = await pressAndWait(page, 'ArrowDown', here);
    await visit(here);
  }
  while (here.v > state.v) here = await pressAndWait(page, 'ArrowUp', here);
  return here;
}

/**
 * Walks the whole deck with → alone, as a speaker would, and calls `visit` once per
 * slide when it is in its final state (every step shown); the reference pages stacked
 * under a slide, which → passes, are read with ↓ where they stand. Starts from the first slide.
 */
export async function walkDeck(page: Page, visit: (id: string, index: number) => Promise<void>): Promise<string[]> {
  const ids = await slideIds(page);
  let state = await deckState(page);
  expect(state.index, 'the walk starts on the first slide').toBe(0);
  const visited: string[] = [];
  const see = async (seen: DeckState): Promise<void> => {
    visited.push(seen.id);
    await visit(seen.id, seen.index);
  };
  for (;;) {
    if (state.hiddenSteps === 0 && !visited.includes(state.id)) {
      await see(state);
      state = await readStackBelow(page, state, see);
    }
    if (state.index + state.below === ids.length - 1 && state.hiddenSteps === 0) break;
    state = await pressAndWait(page, 'ArrowRight', state);
  }
  expect(visited, '→ alone reaches every slide, in order, and ↓ the pages stacked under one').toEqual(ids);
  return visited;
}
