import { printSearch, READY_FLAGS } from '../../src/contract.ts';
import { overflowIn } from './support/overflow.ts';
import { expect, test } from './support/talk.ts';

/**
 * Nothing on a slide may leave its 1280×720 box or be cut off, on a 4:3 projector,
 * on a 16:9 one at the design size and at full HD, nor in the print view the PDF is made from.
 */
// Every slide at 1024×768, 1280×720 and 1920×1080 is checked in the walk (tests/e2e/walk.spec.ts, support/walk.ts).

test.describe('print view', { tag: '@smoke' }, () => {
  test('every page holds its whole slide, every step shown', async ({ page }) => {
    await page.goto(`./${printSearch('slides')}`);
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pages = page.locator('.reveal .slides .pdf-page');
    expect(await pages.count(), 'one page per slide').toBe(await page.locator('.reveal .slides section.slide').count());
    // Every page measured in one call: the measurement is put into the page once, as its own source.
    await page.evaluate(`window.deckOverflowIn = ${overflowIn.toString()}`);
    const failures = await pages.evaluateAll((pdfPages) => {
      const measure = (window as unknown as { deckOverflowIn: (root: Element) => string[] }).deckOverflowIn;
      return pdfPages.flatMap((pdfPage) => {
        const slide = pdfPage.querySelector('section');
        const id = slide?.id ?? '';
        // The print view shows every step at once; a step still faded out would be missing from the PDF.
        const faded = [...pdfPage.querySelectorAll('.fragment')].filter(
          (step) => Number(getComputedStyle(step).opacity) < 1,
        ).length;
        return [
          ...(faded > 0 ? [`${id}: ${faded} step(s) not shown`] : []),
          ...measure(pdfPage).map((problem) => `${id}: ${problem}`),
          ...(slide ? measure(slide) : []).map((problem) => `${id}: ${problem}`),
        ];
      });
    });
    expect(failures, 'overflow in the print view').toEqual([]);
  });
});
