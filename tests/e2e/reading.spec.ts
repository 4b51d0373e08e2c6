import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeOverPage } from './support/axe.ts';
import { expect, test } from './support/talk.ts';

/** The reading edition beside each built deck: read/index.html, from the same data. */
const READ = 'read/index.html';

test.describe('the reading edition @smoke', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`is axe-clean in the ${scheme} look`, async ({ page }) => {
      // The page holds every diagram: axe checks the contrast of each of their labels.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(READ);
      const results = await (await axeOverPage(page)).analyze();
      const lines = results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`),
      );
      expect(lines).toEqual([]);
    });
  }

  test('reads whole with scripts off: every section, slide, event and source is there, each event once', async ({
    browser,
    talk,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(READ);
    for (const section of talk.sections) {
      await expect(page.locator(`h2#section-${section.id}`)).toHaveText(section.title);
      for (const slide of section.slides) await expect(page.locator(`h3#slide-${slide.id}`)).toBeVisible();
    }
    for (const event of talk.events) {
      await expect(page.locator(`article[id="${event.id}"]`), `event '${event.id}'`).toHaveCount(1);
      await expect(page.locator(`article[id="${event.id}"] h4`)).toContainText(event.title);
    }
    await expect(page.locator('ol.bibliography > li')).toHaveCount(talk.sources.length);
    // The search needs a script: without one its form stays out of the way.
    await expect(page.locator('#search')).toBeHidden();
    await context.close();
  });

  test('gives every event a permalink that lands on it', async ({ page, talk }) => {
    const event = talk.events.at(-1);
    if (!event) throw new Error('the talk has no events');
    await page.goto(`${READ}#${event.id}`);
    await expect(page.locator(`article[id="${event.id}"]`)).toBeInViewport();
  });

  test('sets every diagram beside a table of its data', async ({ page, talk }) => {
    await page.goto(READ);
    const diagramSlides = talk.sections.flatMap((section) =>
      section.slides.filter((slide) => slide.kind === 'diagram' || ('diagram' in slide && slide.diagram)),
    );
    for (const slide of diagramSlides) {
      const part = page.locator(`section:has(> h3#slide-${slide.id})`);
      await expect(part.locator('figure svg'), slide.id).toHaveCount(1);
      await expect(part.locator('table tbody tr').first(), slide.id).toBeAttached();
    }
  });

  test('searches events and sources as the reader types, and leaves nothing of its origin', async ({ page, talk }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(READ);
    const event = talk.events.find((candidate) => candidate.place);
    if (!event?.place) throw new Error('the talk has no event with a place');
    await page.getByRole('searchbox').fill(event.place.name.split(/[ ,]/)[0] ?? '');
    await expect(page.locator(`#search-results a[href="#${event.id}"]`)).toBeVisible();
    await page.getByRole('searchbox').fill(talk.sources[0]?.publisher ?? '');
    await expect(page.locator('#search-results a[href^="#source-"]').first()).toBeVisible();
    await expect(page.getByRole('status')).not.toBeEmpty();
    const origin = new URL(page.url()).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  test('opens from the deck with R, at the event on show', async ({ page, marks }) => {
    await page.goto(`index.html#/${marks.busyYear}`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    await page.keyboard.press('ArrowRight');
    const event = await page
      .locator('.reveal .slides section.present .fragment.visible[data-event]')
      .first()
      .getAttribute('data-event');
    await page.keyboard.press('r');
    await expect(page).toHaveURL(new RegExp(`read/index\\.html#${event}$`));
    await expect(page.locator(`article[id="${event}"]`)).toBeInViewport();
  });

  test('is linked from the deck: each event card to its entry, the Sources slide to the edition', async ({
    page,
    marks,
  }) => {
    await page.goto(`index.html#/${marks.busyYear}`);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true');
    const cards = page.locator('.reveal .slides .event-card[data-event]');
    const unlinked = await cards.evaluateAll((all) =>
      all
        .filter((card) => {
          const href = card.querySelector<HTMLAnchorElement>('.card-title a.reading-entry')?.getAttribute('href');
          return href !== `read/index.html#${(card as HTMLElement).dataset['event']}`;
        })
        .map((card) => (card as HTMLElement).dataset['event']),
    );
    expect(await cards.count()).toBeGreaterThan(5);
    expect(unlinked).toEqual([]);
    await expect(page.locator('section.slide--sources a.reading-link')).toHaveAttribute('href', 'read/index.html');
    await page.keyboard.press('ArrowRight');
    const card = page.locator('.reveal .slides section.present .event-card.current-fragment');
    const event = await card.getAttribute('data-event');
    await card.locator('a.reading-entry').click();
    await expect(page).toHaveURL(new RegExp(`read/index\\.html#${event}$`));
    await expect(page.locator(`article[id="${event}"]`)).toBeInViewport();
  });

  test('prints the bibliography the deck prints: the same citation processor entries', async ({ page, decks }) => {
    await page.goto(READ);
    const deck = readFileSync(join(decks.deckDir, 'index.html'), 'utf8');
    const first = await page.locator('ol.bibliography > li').first().textContent();
    const inDeck = deck.match(/<span class="csl-entry">([\s\S]*?)<\/span>/)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
    expect(first).toContain(inDeck.slice(0, 40));
  });
});
