import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { allPages } from '../../src/deck/specs.ts';
import { allSlides } from '../../src/model/talk-index.ts';
import { buildCutForSpec, DECK_COMMAND, run } from './support/built-cut.ts';
import { deckState, waitForDeck, walkDeck } from './support/deck.ts';

/**
 * The real talk's 40-minute cut, built as a speaker builds it (`npm run build -- --cut 40`): it
 * walks by → alone through every slide of the 20 and its further pages, its timings add up to
 * forty minutes, its title slide and handout say which cut it is, and its longer notes — the
 * 20's and then what the 20 leaves to the handout — fit the speaker view unscrolled on a laptop.
 */
const { cut, server } = buildCutForSpec('40');
const CUT = '40';

test('walks by → alone through every slide of the 20, whose timings add up to forty minutes', async ({ page }) => {
  await page.goto(server().url);
  await waitForDeck(page);
  await expect(page.locator('.reveal .slides section.slide.present .talk-cut')).toHaveText('40-minute version');
  const visited = await walkDeck(page, async () => undefined);
  expect(visited).toEqual(allPages(cut, allSlides(cut)).map((entry) => entry.id));
  expect(visited).toEqual(expect.arrayContaining(['who-is-who', '2016-2', 'network-2023', 'regional-reach']));
  const timings = await page
    .locator('.reveal .slides section.slide')
    .evaluateAll((slides) => slides.map((slide) => Number(slide.getAttribute('data-timing'))));
  const total = timings.reduce((sum, seconds) => sum + seconds, 0);
  expect(Math.abs(total - 2400)).toBeLessThanOrEqual(120);
});

/** The deck page's slide id and steps shown. */
function standing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const present = document.querySelector('.reveal .slides section.slide.present');
    return present ? `${present.id}/${present.querySelectorAll('.fragment.visible').length}` : '';
  });
}

test('says every step’s longer notes in the speaker view unscrolled at 1366×768', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(server().url);
  await waitForDeck(page);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.setViewportSize({ width: 1366, height: 768 });
  await expect(speaker.locator('.speaker-notes')).not.toBeEmpty();
  const slides = await page.locator('.reveal .slides section.slide').count();
  const overflowing: string[] = [];
  let state = await deckState(page);
  for (;;) {
    const step = await standing(page);
    await expect(speaker.locator('.speaker-notes')).not.toBeEmpty();
    await speaker.evaluate(() => document.fonts.ready.then(() => undefined));
    const scrolls = await speaker
      .locator('.speaker-notes')
      .evaluate((notes) => notes.scrollHeight > notes.clientHeight + 1);
    if (scrolls) overflowing.push(step);
    if (state.index + state.below === slides - 1 && state.hiddenSteps === 0) break;
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => standing(page)).not.toBe(step);
    state = await deckState(page);
  }
  expect(overflowing, 'steps whose notes overflow').toEqual([]);
  await speaker.close();
});

test('prints with npm run pdf -- --cut 40 to a handout named after the cut', async () => {
  test.setTimeout(180_000);
  const scratch = mkdtempSync(join(tmpdir(), 'cut-40-pdf-'));
  try {
    const out = join(scratch, 'handout-40min.pdf');
    const printed = await run(process.execPath, [DECK_COMMAND, 'pdf', '--cut', CUT, '--out', out], {
      maxBuffer: 16 * 1024 * 1024,
    });
    // The longer notes still fit each handout page: the export warns of any it cuts off.
    expect(`${printed.stdout}${printed.stderr}`).not.toContain('Warning');
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', out, '-']);
    const text = stdout.replace(/\s+/g, ' ');
    expect(text).toContain('40-minute version');
    // A sentence only the 40 says, from the notes that the handout prints.
    expect(text).toContain('Jamestown also names the governor’s deputy, Abdul Rauf Khadim.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
