import type { Page } from '@playwright/test';

/** Opens the built deck (optionally at a `#/…` link) and waits until reveal.js is ready. */
export async function openDeck(page: Page, hash = ''): Promise<void> {
  // A fresh load each time: a hash-only change would not reload, and the test would race the navigation.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
}

/** Id of the slide on screen. */
export function presentSlideId(page: Page): Promise<string> {
  return page.locator('.reveal .slides > section.present').getAttribute('id').then((id) => id ?? '');
}

/** Ids of all slides, in order. */
export function slideIds(page: Page): Promise<string[]> {
  return page.locator('.reveal .slides > section').evaluateAll((slides) => slides.map((slide) => slide.id));
}

/** Waits for the slide transition to settle, so sizes and visibility are final. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.reveal .slides > section.present')?.getAnimations({ subtree: true }).some((animation) => animation.playState === 'running'));
}
