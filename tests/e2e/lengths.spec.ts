import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { RULES, validateTalk } from '../../src/rules/index.ts';
import { type RunningServer, serveFolder } from '../../src/server/static-server.ts';
import { buildTalk, FIELD_FIXTURE_SKIPS } from '../fixtures/build-talk.ts';
import { maxedTalk, shortOfLimit } from '../fixtures/max-talk.ts';
import { waitForDeck, walkDeck } from './support/deck.ts';
import { overflowIn } from './support/overflow.ts';

/**
 * The proof of the limits in src/model/lengths.ts: a talk with every text field at its
 * limit builds, and every slide of it fits its box at the three projector sizes, with
 * every diagram label at the readability floor (20 px, on the 1280×720 and the 1024×768 slide) or above.
 */
const talk = maxedTalk();

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The smallest label of a diagram on the present slide, in CSS px of the 1280×720 slide. */
async function smallestLabel(page: Page): Promise<{ size: number; text: string } | null> {
  return page.locator('.reveal .slides section.slide.present').evaluate((slide) => {
    // The drawing for the slide's layout; the other layout's is not displayed.
    const svg = [...slide.querySelectorAll('figure.diagram svg')].find((drawing) => drawing.checkVisibility());
    if (!(svg instanceof SVGSVGElement)) return null;
    const slideScale = slide.getBoundingClientRect().width / (slide as HTMLElement).offsetWidth;
    let smallest: { size: number; text: string } | null = null;
    for (const text of svg.querySelectorAll('text')) {
      if ((text.textContent ?? '').trim() === '') continue;
      const matrix = text.getScreenCTM();
      if (!matrix) continue;
      const size = (Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b)) / slideScale;
      if (!smallest || size < smallest.size) smallest = { size, text: (text.textContent ?? '').slice(0, 40) };
    }
    return smallest;
  });
}

test.describe('every text field at its limit', () => {
  let folder = '';
  let server: RunningServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    expect(
      validateTalk(
        talk,
        RULES.filter((rule) => !FIELD_FIXTURE_SKIPS.includes(rule.name)),
      ),
      'the talk at the limits is valid',
    ).toEqual([]);
    expect(shortOfLimit(talk), 'every text field is at its limit').toEqual([]);
    folder = mkdtempSync(join(tmpdir(), 'max-deck-'));
    await buildTalk(talk, folder, { skipRules: FIELD_FIXTURE_SKIPS });
    server = await serveFolder(folder);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const viewport of VIEWPORTS) {
    test(`fits every slide at ${viewport.width}×${viewport.height}, diagram labels at 20 px or more`, async ({
      browser,
    }) => {
      test.slow();
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForDeck(page);
      const failures: string[] = [];
      await walkDeck(page, async (id) => {
        const slide = page.locator('.reveal .slides section.slide.present');
        for (const problem of await slide.evaluate(overflowIn)) failures.push(`${id}: ${problem}`);
        const label = await smallestLabel(page);
        if (label && label.size < 19.5)
          failures.push(`${id}: diagram label "${label.text}" is ${label.size.toFixed(1)} px, under the 20 px floor`);
      });
      await context.close();
      expect(failures).toEqual([]);
    });
  }
});
