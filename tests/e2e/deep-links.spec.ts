import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { DEEP_LINK_CASES, type Landing } from '../fixtures/deep-link-cases.ts';
import { deckState, pressAndWait, slideIds, waitForDeck } from './support/deck.ts';

/**
 * Addresses a speaker may be handed or mistype must open a working deck. Where each of them
 * lands is resolved by the deck's own code in the unit tests (tests/unit/deck/deep-links.test.ts,
 * every case of tests/fixtures/deep-link-cases.ts); here the real deck opens at one of them
 * served and at another from the one-file build: the deck starts, lands, shows its controls
 * and moves, with no error.
 */
const ONE_FILE = pathToFileURL(resolve('dist-single/index.html')).href;

/** The case whose address the browser itself must not choke on: a malformed escape. */
const SERVED = caseFor('#/%E0%A4%A');
/** The case that needs the deck's own steps: a step past the slide's last. */
const FROM_FILE = caseFor('#/2016/0/99');

function caseFor(hash: string): readonly [string, Landing] {
  const found = DEEP_LINK_CASES.find(([candidate]) => candidate === hash);
  if (!found) throw new Error(`${hash} is not in DEEP_LINK_CASES`);
  return found;
}

async function landsWell(page: Page, url: string, landing: Landing): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('about:blank');
  await page.goto(url);
  // A deck whose script threw before reveal.js started never gets here.
  await waitForDeck(page);
  const ids = await slideIds(page);
  const expected = landing.slide === 'title' ? ids[0] : landing.slide === 'last' ? ids.at(-1) : landing.slide;
  const state = await deckState(page);
  expect(state.id).toBe(expected);
  const steps = await page.locator('.reveal .slides section.slide.present .fragment').count();
  expect(state.hiddenSteps, 'steps still hidden').toBe(landing.shown === 'all' ? 0 : steps);
  // The controls work: the arrows show, and → or ← moves the deck.
  const atEnd = state.id === ids.at(-1) && state.hiddenSteps === 0;
  await expect(page.locator(`.reveal .controls .navigate-${atEnd ? 'left' : 'right'}.enabled`)).toBeVisible();
  const moved = await pressAndWait(page, atEnd ? 'ArrowLeft' : 'ArrowRight');
  expect(moved.id !== state.id || moved.hiddenSteps !== state.hiddenSteps).toBe(true);
  expect(errors).toEqual([]);
}

test.describe('served deck', () => {
  const [hash, landing] = SERVED;
  test(`${hash} opens a working deck on ${landing.slide}`, async ({ page, baseURL }) => {
    await landsWell(page, `${baseURL}${hash}`, landing);
  });

  test('a mistyped link clicked inside the deck leaves it where it is, and it still works', async ({ page }) => {
    await page.goto('./#/2016');
    await waitForDeck(page);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#/%E0%A4%A';
      link.textContent = 'broken';
      document.querySelector('.reveal .slides section.slide.present')?.append(link);
      link.click();
      window.location.hash = '#/%';
    });
    expect((await deckState(page)).id).toBe('2016');
    expect((await pressAndWait(page, 'ArrowRight')).id).toBeTruthy();
  });
});

test.describe('one-file deck', () => {
  const [hash, landing] = FROM_FILE;
  test(`${hash} opens a working deck on ${landing.slide}`, async ({ page }) => {
    await landsWell(page, `${ONE_FILE}${hash}`, landing);
  });
});
