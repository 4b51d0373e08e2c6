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
