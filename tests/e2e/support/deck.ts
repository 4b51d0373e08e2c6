import { expect, type Page } from '@playwright/test';
import { READY_FLAGS } from '../../../src/contract.ts';

/** Where the built deck's reveal.js stands: the slide on show and how many of its steps are still hidden. */
export interface DeckState {
  readonly id: string;
  readonly index: number;
  readonly hiddenSteps: number;
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
        .querySelector('.reveal .slides > section.present')
        ?.getAnimations({ subtree: true })
        .some((animation) => animation.playState === 'running'),
  );
  await settle(page);
}

/** Ids of the slides that show a diagram, in order. */
export async function diagramSlideIds(page: Page): Promise<string[]> {
  return page
    .locator('.reveal .slides > section:has(figure.diagram svg)')
    .evaluateAll((sections) => sections.map((section) => section.id));
}

/** Goes to a slide by its link and waits until it is on screen and its transition has finished. */
export async function goToSlide(page: Page, id: string): Promise<void> {
  await page.goto(`./#/${id}`);
  await expect.poll(async () => (await deckState(page)).id).toBe(id);
  await settleAnimations(page);
}

export async function slideIds(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((section) => section.id));
}

export async function deckState(page: Page): Promise<DeckState> {
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    const present = document.querySelector<HTMLElement>('.reveal .slides > section.present');
    return {
      id: present?.id ?? '',
      index: present ? sections.indexOf(present) : -1,
      hiddenSteps: present ? present.querySelectorAll('.fragment:not(.visible)').length : 0,
    };
  });
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
  const moved = await page.waitForFunction(({ id, hiddenSteps }) => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    const present = document.querySelector<HTMLElement>('.reveal .slides > section.present');
    if (!present) return null;
    const hidden = present.querySelectorAll('.fragment:not(.visible)').length;
    if (present.id === id && hidden === hiddenSteps) return null;
    return { id: present.id, index: sections.indexOf(present), hiddenSteps: hidden };
  }, from);
  const state = (await moved.jsonValue()) as DeckState;
  await moved.dispose();
  await settle(page);
  return state;
}

/**
 * Walks the whole deck with → alone, as a speaker would, and calls `visit` once per
 * slide when it is in its final state (every step shown). Starts from the first slide.
 */
export async function walkDeck(page: Page, visit: (id: string, index: number) => Promise<void>): Promise<string[]> {
  const ids = await slideIds(page);
  let state = await deckState(page);
  expect(state.index, 'the walk starts on the first slide').toBe(0);
  const visited: string[] = [];
  for (;;) {
    if (state.hiddenSteps === 0 && !visited.includes(state.id)) {
      visited.push(state.id);
      await visit(state.id, state.index);
    }
    if (state.index === ids.length - 1 && state.hiddenSteps === 0) break;
    state = await pressAndWait(page, 'ArrowRight', state);
  }
  expect(visited, '→ alone reaches every slide, in order').toEqual(ids);
  return visited;
}
