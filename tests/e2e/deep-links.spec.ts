import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { deckState, pressAndWait, slideIds, waitForDeck } from './support/deck.ts';

/**
 * Addresses a speaker may be handed or mistype: malformed escapes, unknown names,
 * negative and out-of-range numbers. Each must open a working deck, served or from
 * the one-file build, on the title or on the nearest valid step of the slide it names.
 */
const ONE_FILE = pathToFileURL(resolve('dist-single/index.html')).href;

type Landing = { readonly slide: 'title' | 'last' | string; readonly shown: 'none' | 'all' };

const CASES: ReadonlyArray<readonly [hash: string, landing: Landing]> = [
  ['#/%', { slide: 'title', shown: 'none' }],
  ['#/%E0%A4%A', { slide: 'title', shown: 'none' }],
  ['#/2016%', { slide: 'title', shown: 'none' }],
  ['#/nowhere', { slide: 'title', shown: 'none' }],
  ['#/-3', { slide: 'title', shown: 'none' }],
  ['#/99999', { slide: 'last', shown: 'none' }],
  ['#/2016/0/%ZZ', { slide: '2016', shown: 'none' }],
  ['#/2016/-5/-5', { slide: '2016', shown: 'none' }],
  ['#/2016/0/99', { slide: '2016', shown: 'all' }],
];

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
  const steps = await page.locator('.reveal .slides > section.present .fragment').count();
  expect(state.hiddenSteps, 'steps still hidden').toBe(landing.shown === 'all' ? 0 : steps);
  // The controls work: the arrows show, and → or ← moves the deck.
  const atEnd = state.id === ids.at(-1) && state.hiddenSteps === 0;
  await expect(page.locator(`.reveal .controls .navigate-${atEnd ? 'left' : 'right'}.enabled`)).toBeVisible();
  const moved = await pressAndWait(page, atEnd ? 'ArrowLeft' : 'ArrowRight');
  expect(moved.id !== state.id || moved.hiddenSteps !== state.hiddenSteps).toBe(true);
  expect(errors).toEqual([]);
}

test.describe('served deck', () => {
  for (const [hash, landing] of CASES) {
    test(`${hash} opens a working deck on ${landing.slide}`, async ({ page, baseURL }) => {
      await landsWell(page, `${baseURL}${hash}`, landing);
    });
  }

  test('a mistyped link clicked inside the deck leaves it where it is, and it still works', async ({ page }) => {
    await page.goto('./#/2016');
    await waitForDeck(page);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '#/%E0%A4%A';
      link.textContent = 'broken';
      document.querySelector('.reveal .slides > section.present')?.append(link);
      link.click();
      window.location.hash = '#/%';
    });
    expect((await deckState(page)).id).toBe('2016');
    expect((await pressAndWait(page, 'ArrowRight')).id).toBeTruthy();
  });
});

test.describe('one-file deck', () => {
  for (const [hash, landing] of CASES) {
    test(`${hash} opens a working deck on ${landing.slide}`, async ({ page }) => {
      await landsWell(page, `${ONE_FILE}${hash}`, landing);
    });
  }
});
