import type { TestInfo } from '@playwright/test';
import { expect, test } from './support/talk.ts';
import { type WalkRecord, walkTheDeck } from './support/walk.ts';

/**
 * The deck walked once per viewport with → alone, as a speaker would, every concern watching
 * the same walk (tests/e2e/support/walk.ts); then one test per concern, so a failure says which.
 * At 1024×768 (a 4:3 projector), 1280×720 (the design size) and 1920×1080 (full HD). Motion off:
 * rectangles are measured at rest, not half-way through a transition; layout is the same either way.
 */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Tests tagged @smoke run on every talk (see playwright.config.ts); the others on the main talk. */
const SMOKE = { tag: '@smoke' };

/** Whether this project runs every test, not only the @smoke ones (the walk then leaves out what only those need). */
function runsEveryTest(testInfo: TestInfo): boolean {
  return ![testInfo.project.grep].flat().some((pattern) => pattern.source.includes('@smoke'));
}

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}×${viewport.height}`;
  test.describe(`the deck walked at ${size}`, () => {
    // One walk for the tests below, which run in order in one worker; a failed one does not stop the others.
    test.describe.configure({ mode: 'default' });
    let walk: WalkRecord;

    test.beforeAll(async ({ browser, marks }, testInfo) => {
      // A walk visits each slide at every step, and at the design size runs axe on each: a minute or two, many on a busy machine.
      test.setTimeout(600_000);
      const baseURL = testInfo.project.use.baseURL ?? '';
      const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce' });
      try {
        walk = await walkTheDeck(context, { viewport, baseURL, marks, full: runsEveryTest(testInfo) });
      } finally {
        await context.close();
      }
    });

    test('every slide, every step shown, fits its 1280×720 box with nothing cut off', SMOKE, () => {
      expect(walk.findings['layout'], `overflow at ${size}`).toEqual([]);
    });

    test('→ alone walks every slide in order, the years among them, one event per step', SMOKE, ({ marks }) => {
      expect(walk.visited, 'every page of the talk, in its order').toEqual(marks.pageIds);
      expect(walk.findings['steps']).toEqual([]);
    });

    test(
      `runs with no console error or warning, no CSP violation and no request leaving its origin${viewport.width === 1280 ? ': every slide, and on the main talk the overview, help and both print layouts' : ''}`,
      SMOKE,
      () => {
        expect(walk.findings['console']).toEqual([]);
      },
    );

    if (viewport.width === 1280)
      test('axe finds no serious or critical violation on any slide, colour contrast (AA) included', () => {
        expect(walk.findings['axe']).toEqual([]);
      });
  });
}
