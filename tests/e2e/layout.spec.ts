import type { Page } from '@playwright/test';
import { printSearch, READY_FLAGS } from '../../src/contract.ts';
import { openDeck, walkDeck } from './support/deck.ts';
import { overflowIn } from './support/overflow.ts';
import { expect, test } from './support/talk.ts';

/**
 * Nothing on a slide may leave its 1280×720 box or be cut off, on a 4:3 projector,
 * on a 16:9 one at the design size and at full HD, nor in the print view the PDF is made from.
 */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const SLIDE = { width: 1280, height: 720 };

async function presentSlideProblems(page: Page): Promise<string[]> {
  const slide = page.locator('.reveal .slides > section.present');
  const problems = await slide.evaluate(overflowIn);
  // The whole slide box is on screen, at the design aspect ratio, whatever the window.
  const fit = await slide.evaluate((section, design) => {
    const rect = section.getBoundingClientRect();
    const scale = rect.width / design.width;
    const onScreen =
      rect.left >= -1 && rect.top >= -1 && rect.right <= innerWidth + 1 && rect.bottom <= innerHeight + 1;
    return { onScreen, ratio: Math.abs(rect.height / scale - design.height) < 2 };
  }, SLIDE);
  if (!fit.onScreen) problems.push('the slide box is not wholly inside the window');
  if (!fit.ratio) problems.push('the slide box is not 1280×720');
  return problems;
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, { tag: '@smoke' }, () => {
    // Motion off: rectangles are measured at rest, not half-way through a slide transition. Layout is the same either way.
    test.use({ viewport, reducedMotion: 'reduce' });

    test('every slide, every step shown, fits its 1280×720 box with nothing cut off', async ({ page }) => {
      await openDeck(page);
      const failures: string[] = [];
      await walkDeck(page, async (id) => {
        for (const problem of await presentSlideProblems(page)) failures.push(`${id}: ${problem}`);
      });
      expect(failures, `overflow at ${viewport.width}×${viewport.height}`).toEqual([]);
    });
  });
}

test.describe('print view', { tag: '@smoke' }, () => {
  test('every page holds its whole slide, every step shown', async ({ page }) => {
    await page.goto(`./${printSearch('slides')}`);
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pages = page.locator('.reveal .slides .pdf-page');
    expect(await pages.count(), 'one page per slide').toBe(await page.locator('.reveal .slides section.slide').count());
    const failures: string[] = [];
    for (let index = 0; index < (await pages.count()); index += 1) {
      const pdfPage = pages.nth(index);
      const id = await pdfPage.locator('section').first().getAttribute('id');
      // The print view shows every step at once; a step still faded out would be missing from the PDF.
      const faded = await pdfPage
        .locator('.fragment')
        .evaluateAll((steps) => steps.filter((step) => Number(getComputedStyle(step).opacity) < 1).length);
      if (faded > 0) failures.push(`${id}: ${faded} step(s) not shown`);
      for (const problem of await pdfPage.evaluate(overflowIn)) failures.push(`${id}: ${problem}`);
      for (const problem of await pdfPage.locator('section').first().evaluate(overflowIn))
        failures.push(`${id}: ${problem}`);
    }
    expect(failures, 'overflow in the print view').toEqual([]);
  });
});
