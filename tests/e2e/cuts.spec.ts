import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { allPages } from '../../src/deck/specs.ts';
import { allSlides } from '../../src/model/talk-index.ts';
import { buildCutForSpec, DECK_COMMAND, run } from './support/built-cut.ts';
import { deckState, waitForDeck, walkDeck } from './support/deck.ts';

/**
 * The real talk's 10-minute cut, built once as a speaker builds it (`npm run build -- --cut 10`)
 * into its own folder beside the default cut's: it walks by → alone, its slides are the cut's,
 * its timings add up to ten minutes, its title slide says which cut it is, a link to a slide it
 * leaves out lands on the nearest one with a notice, and `npm run pdf -- --cut 10` prints it to
 * a file named after it. The rules hold in every cut of both talks in the unit tests
 * (tests/unit/rules/cuts.test.ts); the 20-minute cut is the default deck every other spec tests.
 */
const { cut, outputs, server } = buildCutForSpec('10');
const CUT = '10';

test('builds into its own folder, beside the default cut’s', () => {
  expect(outputs.deckDir).toBe(resolve('dist-10min'));
  expect(existsSync(join(outputs.deckDir, 'index.html'))).toBe(true);
  expect(existsSync(join(outputs.deckDir, 'read', 'index.html'))).toBe(true);
});

test('walks by → alone through the cut’s slides, whose timings add up to its length', async ({ page }) => {
  await page.goto(server().url);
  await waitForDeck(page);
  const visited = await walkDeck(page, async () => undefined);
  expect(visited).toEqual(allPages(cut, allSlides(cut)).map((page) => page.id));
  expect(visited).not.toContain('who-is-who');
  const timings = await page
    .locator('.reveal .slides section.slide')
    .evaluateAll((slides) => slides.map((slide) => Number(slide.getAttribute('data-timing'))));
  const total = timings.reduce((sum, seconds) => sum + seconds, 0);
  expect(Math.abs(total - 600)).toBeLessThanOrEqual(30);
  // Each year's cards are the cut's: 2016 shows three, on one slide.
  await page.goto(`${server().url}#/2016`);
  await waitForDeck(page);
  await expect(page.locator('.reveal .slides section.slide.present .event-card')).toHaveCount(3);
});

test('says on the title slide, and so on the handout’s cover, which cut it is', async ({ page }) => {
  await page.goto(server().url);
  await waitForDeck(page);
  await expect(page.locator('.reveal .slides section.slide.present .talk-cut')).toHaveText('10-minute version');
});

test('lands a link to a slide the cut leaves out on the nearest slide it has, with a notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [link, landing] of [
    ['#/who-is-who', 'the-warning'],
    ['#/2016-2', '2016'],
    ['#/network-2023', 'toll-chart'],
  ] as const) {
    await page.goto('about:blank');
    await page.goto(`${server().url}${link}`);
    await waitForDeck(page);
    expect((await deckState(page)).id, link).toBe(landing);
    await expect(page.getByRole('status')).toHaveText(
      'The 10-minute version leaves that slide out: this is the nearest one.',
    );
  }
  // A slide the cut has opens with no notice.
  await page.goto('about:blank');
  await page.goto(`${server().url}#/2019`);
  await waitForDeck(page);
  expect((await deckState(page)).id).toBe('2019');
  await expect(page.locator('.cut-notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('prints with npm run pdf -- --cut 10 to a handout named after the cut', async () => {
  test.setTimeout(180_000);
  const scratch = mkdtempSync(join(tmpdir(), 'cut-pdf-'));
  try {
    const out = join(scratch, 'handout-10min.pdf');
    await run(process.execPath, [DECK_COMMAND, 'pdf', '--cut', CUT, '--out', out], { maxBuffer: 16 * 1024 * 1024 });
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', out, '-']);
    expect(stdout.replace(/\s+/g, ' ')).toContain('10-minute version');
    const { stdout: info } = await run('pdfinfo', [out]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(10);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
