import { expect, test } from './support/talk.ts';

/**
 * On a phone (reveal.js would shrink the 1280×720 slide to a third, in its scroll view) the deck hands over to
 * the reading edition at the slide it was sent to: one column of text made for a narrow screen.
 */
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;

for (const viewport of PHONES) {
  test.describe(`on a ${viewport.width}×${viewport.height} phone @smoke`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test('a link to a slide opens its part of the reading edition, readable without sideways scrolling', async ({
      page,
      talk,
    }) => {
      const slide = talk.sections.flatMap((section) => section.slides).find((spec) => spec.kind === 'diagram');
      expect(slide, 'a diagram slide to open').toBeDefined();
      await page.goto(`./#/${slide!.id}`);
      await page.waitForURL(/\/read\/(index\.html)?#slide-/);
      expect(new URL(page.url()).hash).toBe(`#slide-${slide!.id}`);
      const heading = page.locator(`[id="slide-${slide!.id}"]`);
      await expect(heading).toBeInViewport();
      const layout = await page.evaluate(() => {
        const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
        const drawings = [...document.querySelectorAll('figure.diagram svg')].map(
          (svg) => svg.getBoundingClientRect().right,
        );
        return {
          scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
          width: window.innerWidth,
          body,
          widestDrawing: Math.max(...drawings),
        };
      });
      expect(layout.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(layout.width);
      expect(layout.widestDrawing, 'every drawing scaled to the width').toBeLessThanOrEqual(layout.width);
      expect(layout.body, 'body text at a phone’s reading size').toBeGreaterThanOrEqual(16);
    });

    test('?deck keeps the slides, as reveal.js’s scroll view, with no sideways scrolling', async ({ page }) => {
      await page.goto('./?deck');
      await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
      expect(new URL(page.url()).pathname).not.toMatch(/\/read\//);
      await expect(page.locator('.reveal-viewport.reveal-scroll')).toHaveCount(1);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
        width: window.innerWidth,
      }));
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    });
  });
}
