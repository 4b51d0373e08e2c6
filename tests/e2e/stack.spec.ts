import { readFileSync } from 'node:fs';
import { HANDOUT_LAYOUT, printSearch, READY_FLAGS } from '../../src/contract.ts';
import { SOURCES_PER_SLIDE, sourceEntryId } from '../../src/deck/kinds/sources/spec.ts';
import { pageId } from '../../src/deck/slide-kind.ts';
import { readRehearsalCsv } from '../../src/rehearsal/csv.ts';
import { deckState, goToSlide, openDeck, openDeckAt, pressAndWait, settle } from './support/deck.ts';
import { expect, test } from './support/talk.ts';

/**
 * The Sources off the talk's path: one slide on the path says how many sources there are and
 * where; the list is a vertical stack under it that → passes and ↓ reads (src/deck/render-deck.ts,
 * `deckMarkup`). Links, the handout and the rehearsal treat the stack's pages as slides.
 */

/** Tests tagged @smoke run on every talk: how many sources, and how they are paged, depend on the talk. */
const SMOKE = { tag: '@smoke' };

/** The page of the list that holds source `number`: the Sources slide is `sources`, its list `sources-2` on. */
const listPageOf = (number: number): string => pageId('sources', 1 + Math.floor((number - 1) / SOURCES_PER_SLIDE));

test.describe('the Sources slide and its list', () => {
  test(
    'says how many sources there are and where; → passes the list, ↓ reads it',
    SMOKE,
    async ({ page, talk, words }) => {
      await openDeck(page);
      await goToSlide(page, 'sources');
      const slide = page.locator('section#sources');
      await expect(slide.locator('.sources-count')).toContainText(String(talk.sources.length));
      await expect(slide.locator('ol.sources')).toHaveCount(0);
      // The reading edition's line is its link, made in the browser from the address the build wrote.
      await expect(slide.locator('[data-reading-slot] a.reading-link')).toHaveAttribute('href', 'read/index.html');
      await expect(slide).toContainText(words.sourcesStage.below);

      // → stays on the path: the Sources slide is its last, so → leaves the deck where it is.
      await page.keyboard.press('ArrowRight');
      await settle(page);
      await page.waitForTimeout(300);
      expect((await deckState(page)).id, '→ does not enter the list').toBe('sources');

      let state = await pressAndWait(page, 'ArrowDown');
      expect(state.id, '↓ opens the list').toBe('sources-2');
      await expect(page.locator('section#sources-2 ol.sources > li').first()).toHaveAttribute('id', 'source-1');
      while (state.below > 0) state = await pressAndWait(page, 'ArrowDown', state);
      const pages = await page.locator('section.stack > section.slide').count();
      expect(state.v, 'every page of the list, one ↓ each').toBe(pages - 1);
      // ← leaves the stack for the slide before it on the path, as from the Sources slide itself.
      state = await pressAndWait(page, 'ArrowLeft', state);
      await expect(page.locator('.reveal .slides section.slide.present')).toHaveClass(/slide--closing/);
      // The slide number and the progress bar follow the path: the list's pages are not counted.
      await page.keyboard.press('End');
      await expect(page.locator('.slide-number-b')).toHaveText(
        String(await page.locator('.reveal .slides section.slide:not([data-visibility="uncounted"])').count()),
      );
    },
  );

  test('a link to a source opens the page of the list that holds it', async ({ page, talk, marks }) => {
    const first = marks.pageIds[0] ?? '';
    const number = Math.min(12, talk.sources.length);
    const anchor = sourceEntryId(number);
    await openDeckAt(page, `#${anchor}`);
    await expect.poll(async () => (await deckState(page)).id).toBe(listPageOf(number));
    await expect(page.locator(`section.slide.present li#${anchor}`)).toBeVisible();
    // Once open, too: a changed address and a footnote marker's link land on the same page.
    await goToSlide(page, first);
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#${anchor}`);
    await expect.poll(async () => (await deckState(page)).id).toBe(listPageOf(number));
    await goToSlide(page, first);
    const marker = page.locator(`a.cite[data-source="${number}"]`).first();
    await expect(marker).toHaveAttribute('href', `#/${listPageOf(number)}`);
  });

  test('the handout prints the list once, each source on one page of it', SMOKE, async ({ page, talk }) => {
    await page.goto(`./${printSearch(HANDOUT_LAYOUT)}`);
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    const listed = await page
      .locator('.pdf-page ol.sources > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-source-id') ?? ''));
    expect(listed).toEqual(talk.sources.map((source) => source.id));
    // Neither the Sources slide nor a page of the list repeats entries under itself as "sources of this slide".
    const repeated = await page.locator('.pdf-page:has(section.slide--sources) .handout-sources').count();
    expect(repeated).toBe(0);
    // A page of the list prints the list alone: nothing is said on it; and paper has no key to press.
    await expect(page.locator('.pdf-page:has(section.slide--reference) .handout-notes')).toHaveCount(0);
    await expect(page.locator('section#sources .sources-below')).toBeHidden();
    // Every page of the stack is a page of the handout, in the deck's order.
    const printed = await page.locator('.pdf-page > section.slide').evaluateAll((slides) => slides.map((s) => s.id));
    expect(printed.filter((id) => id.startsWith('sources'))).toEqual([
      'sources',
      ...Array.from({ length: printed.filter((id) => id.startsWith('sources-')).length }, (_, i) =>
        pageId('sources', i + 1),
      ),
    ]);
  });

  test('a rehearsal records the time spent on a page of the list, with no time planned for it', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') });
    await openDeck(page);
    await goToSlide(page, 'sources');
    await page.clock.pauseAt(new Date('2026-01-05T09:01:00Z'));
    await page.keyboard.press('t');
    const panel = page.getByRole('dialog');
    await panel.getByRole('button').nth(1).click();
    await page.keyboard.press('t');
    await page.clock.fastForward(10_000);
    // The paused clock holds animation frames too: wait on the deck's classes, not on a frame.
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await deckState(page)).id).toBe('sources-2');
    await page.clock.fastForward(7_000);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('t');
    await expect(panel).toBeVisible();
    const download = page.waitForEvent('download');
    await panel.getByRole('button').first().click();
    const rows = readRehearsalCsv(readFileSync(await (await download).path(), 'utf8'));
    expect(rows.find((row) => row.slide === 'sources')).toMatchObject({ spentSeconds: 10 });
    expect(rows.find((row) => row.slide === 'sources-2')).toMatchObject({ spentSeconds: 7, plannedSeconds: 0 });
  });
});
