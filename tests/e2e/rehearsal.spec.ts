import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readRehearsalCsv } from '../../src/rehearsal/csv.ts';
import { openDeck, slideIds, waitForDeck } from './support/deck.ts';
import { expect, test } from './support/talk.ts';

/**
 * A rehearsal recorded in the browser, with Playwright's fake clock standing in for the speaker's pace:
 * the time on each slide and step is kept, T shows it against the plan, and its CSV is what
 * `npm run rehearsal` reads.
 */
/** The seconds in the section table's "spent" column, added up. */
async function spentBySection(page: Page): Promise<number> {
  const cells = await page
    .getByRole('dialog')
    .locator('table')
    .first()
    .locator('tbody tr td:nth-of-type(2)')
    .allTextContents();
  return cells.reduce((sum, cell) => {
    const [minutes = 0, seconds = 0] = cell.split(':').map(Number);
    return sum + minutes * 60 + seconds;
  }, 0);
}

test.describe('a rehearsal', () => {
  test('records the time on each slide and step, shows it against the plan, and exports it as CSV', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') });
    await openDeck(page);
    const [first, second] = await slideIds(page);
    // Start from nothing: what loading the deck took is not the speaker's.
    await page.clock.pauseAt(new Date('2026-01-05T09:01:00Z'));
    await page.keyboard.press('t');
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    await panel.getByRole('button').nth(1).click();
    await page.keyboard.press('t');
    await expect(panel).toBeHidden();

    await page.clock.fastForward(20_000);
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward(45_000);
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward(5_000);
    await page.keyboard.press('t');
    await expect(panel).toBeVisible();
    // By section, the time spent adds up to the run: 20 s, 45 s, then 5 s.
    expect(await spentBySection(page)).toBe(70);

    const download = page.waitForEvent('download');
    await panel.getByRole('button').first().click();
    const file = await (await download).path();
    const rows = readRehearsalCsv(readFileSync(file, 'utf8'));
    expect(rows[0]).toMatchObject({ slide: first, step: -1, spentSeconds: 20 });
    expect(rows[1]).toMatchObject({ slide: second, step: -1, spentSeconds: 45 });
    // Then 5 s on the next step: the second slide's first step, or the third slide when the second has none.
    expect(rows.reduce((sum, row) => sum + row.spentSeconds, 0)).toBe(70);
    for (const row of rows) expect(row.plannedSeconds).toBeGreaterThan(0);
    expect(rows.every((row) => row.section !== '')).toBe(true);

    // Kept in the browser for this talk: a reload finds it; the speaker clears it.
    await page.clock.resume();
    await page.reload();
    await waitForDeck(page);
    await page.keyboard.press('t');
    await expect(panel.locator('table')).not.toHaveCount(0);
    // The same 70 s, and the moment the reload took on the slide it opened at.
    expect(await spentBySection(page)).toBeGreaterThanOrEqual(70);
    expect(await spentBySection(page)).toBeLessThanOrEqual(72);
    await panel.getByRole('button').nth(1).click();
    await expect(panel.locator('table')).toHaveCount(0);
  });

  test('T in the speaker view shows the table there, on the speaker’s screen, not on the audience’s', async ({
    page,
  }) => {
    await openDeck(page);
    await page.keyboard.press('ArrowRight');
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.locator('.speaker-notes').waitFor();
    await speaker.keyboard.press('t');
    await expect(speaker.getByRole('dialog')).toBeVisible();
    await expect(speaker.getByRole('dialog').locator('table').first()).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await speaker.keyboard.press('t');
    await expect(speaker.getByRole('dialog')).toBeHidden();
    await speaker.close();
  });
});
