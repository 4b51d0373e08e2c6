import { expect, test } from './support/talk.ts';

test.describe('the deck with a screen reader', () => {
  test('is a document, not an application; a slide reads line by line; keys still work; the slide is announced', async ({
    page,
    marks,
  }) => {
    await page.goto(`index.html#/${marks.busyYear}`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    await expect(page.locator('.reveal')).not.toHaveAttribute('role', 'application');
    await expect(page.locator('[role="application"]')).toHaveCount(0);
    // The year slide's heading is in the accessibility tree as a heading a reader can reach line by line.
    const snapshot = await page.locator('.reveal .slides section.slide.present').ariaSnapshot();
    expect(snapshot).toMatch(/- heading /);
    const status = page.locator('.reveal .aria-status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(status).not.toBeEmpty();
    await page.goto(`index.html#/${marks.diagramSlide}`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    const diagram = await page.locator('.reveal .slides section.slide.present').ariaSnapshot();
    expect(diagram).toMatch(/- (img|figure)/);
  });
});
