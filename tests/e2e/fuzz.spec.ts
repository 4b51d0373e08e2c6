import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { exportPdf } from '../../src/export/export-pdf.ts';
import { assertValidTalk, ContentRuleError, RULES, validateTalk } from '../../src/rules/index.ts';
import { serveFolder } from '../../src/server/static-server.ts';
import { buildTalk, FIELD_FIXTURE_SKIPS } from '../fixtures/build-talk.ts';
import { brokenTalk, validTalk } from '../fuzz/talks.ts';
import { waitForDeck, walkDeck } from './support/deck.ts';
import { overflowIn } from './support/overflow.ts';
import { badLinks, pdfLinks } from './support/pdf-links.ts';

/**
 * Random talks, with a fixed seed: every valid one builds, fits every slide at the three
 * projector sizes and exports; every broken one is refused with a message naming the item
 * and the field. `npm test` tries broken ones, `npm run test:slow` a valid one too; `npm run fuzz` (FUZZ_VALID, FUZZ_BROKEN, FUZZ_SEED) many.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261125);
const VALID = Number(process.env['FUZZ_VALID'] ?? 1);
const BROKEN = Number(process.env['FUZZ_BROKEN'] ?? 100);

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const valid = fc.sample(validTalk, { seed: SEED, numRuns: VALID });

for (const [number, talk] of valid.entries()) {
  // A build, three walks and an export per talk: @slow (`npm run test:slow`, which CI runs too; `npm run fuzz` runs many).
  test(`valid talk ${number + 1} of ${VALID} (seed ${SEED}) builds, fits at three sizes and exports`, {
    tag: '@slow',
  }, async ({ browser }) => {
    test.setTimeout(240_000);
    expect(
      validateTalk(
        talk,
        RULES.filter((rule) => !FIELD_FIXTURE_SKIPS.includes(rule.name)),
      ),
    ).toEqual([]);
    const folder = mkdtempSync(join(tmpdir(), 'fuzz-deck-'));
    const dist = join(folder, 'dist');
    try {
      await buildTalk(talk, dist, { skipRules: FIELD_FIXTURE_SKIPS });
      const server = await serveFolder(dist);
      try {
        const failures: string[] = [];
        for (const viewport of VIEWPORTS) {
          const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.goto(server.url);
          await waitForDeck(page);
          await walkDeck(page, async (id) => {
            const problems = await page.locator('.reveal .slides section.slide.present').evaluate(overflowIn);
            failures.push(...problems.map((problem) => `${viewport.width}×${viewport.height} ${id}: ${problem}`));
          });
          failures.push(...errors.map((error) => `${viewport.width}×${viewport.height}: page error ${error}`));
          await context.close();
        }
        expect(failures).toEqual([]);
      } finally {
        await server.close();
      }
      const exported = await exportPdf({ distDir: dist, out: join(folder, 'handout.pdf'), layout: 'handout' });
      expect(exported.pages).toBe(exported.slides);
      expect(badLinks(await pdfLinks(exported.file))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

test(`${BROKEN} broken talks (seed ${SEED}) are each refused, naming the item and the field`, () => {
  test.setTimeout(Math.max(60_000, BROKEN * 200));
  const missed: string[] = [];
  for (const { talk, breakage } of fc.sample(brokenTalk, { seed: SEED + 1, numRuns: BROKEN })) {
    try {
      assertValidTalk(talk);
      missed.push(`${breakage.name}: built`);
    } catch (error) {
      if (!(error instanceof ContentRuleError)) missed.push(`${breakage.name}: ${String(error)}`);
      else if (!error.message.includes(`${breakage.item}, field ${breakage.field}:`))
        missed.push(`${breakage.name}: message names neither ${breakage.item} nor ${breakage.field}`);
    }
  }
  console.log(`fuzz: ${BROKEN} broken talks tried, ${BROKEN - missed.length} refused naming item and field`);
  expect(missed).toEqual([]);
});
