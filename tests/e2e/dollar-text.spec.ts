import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { escapeHtml } from '../../src/deck/html.ts';
import { type RunningServer, serveFolder } from '../../src/server/static-server.ts';
import { buildTalk, FIELD_FIXTURE_SKIPS } from '../fixtures/build-talk.ts';
import { shownTexts, withEveryText } from '../fixtures/every-text.ts';
import { guildsTalk } from '../fixtures/guilds-talk.ts';
import { waitForDeck } from './support/deck.ts';

/**
 * `String.replace` reads `$$`, `$&`, `` $` `` and `$'` in a replacement string as
 * patterns: a title holding them would lose characters or paste a copy of the page
 * into itself. Every text field of this talk holds all four; each must reach the page as typed.
 */
// One word holding all four patterns ($$, $&, $' and $`), so spoken notes keep their length in words.
const DOLLARS = "$$$&$'$`";
const talk = withEveryText(guildsTalk, (value) => `${value} ${DOLLARS}`);

/** Text as compared: zero-width spaces (the diagram labels' escapes) and all white space out, since labels wrap. */
const squeeze = (text: string): string => text.replace(/[\s\u200B]+/g, '');

test.describe('text holding $ patterns', () => {
  test.describe.configure({ mode: 'default' });
  let folder = '';
  let server: RunningServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    folder = mkdtempSync(join(tmpdir(), 'dollar-deck-'));
    await buildTalk(talk, folder, { skipRules: FIELD_FIXTURE_SKIPS });
    server = await serveFolder(folder);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the page has one head and one title, holding the talk’s title as typed', () => {
    const page = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(page.match(/<head>/g)).toHaveLength(1);
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page.match(/<body>/g)).toHaveLength(1);
    expect(page.match(/<!--deck:slides-->/g)).toBeNull();
    expect(page).toContain(`<title>${escapeHtml(talk.title)}</title>`);
  });

  test('every text field shows verbatim, in the slides, the notes, the diagrams and the head', async ({ page }) => {
    await page.goto(server.url);
    await waitForDeck(page);
    expect(await page.title()).toBe(talk.title);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(talk.subtitle);
    expect(await page.locator('meta[name="author"]').getAttribute('content')).toBe(talk.author);
    const shown = squeeze(
      await page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides section.slide')]
          .map((slide) => slide.textContent ?? '')
          .join(' '),
      ),
    );
    // This talk has no further pages and no overview timeline, where further notes and short titles would show.
    const fields = shownTexts(talk).filter(
      (field) => field.item !== 'talk' && !field.field.startsWith('continued') && field.field !== 'shortTitle',
    );
    expect(fields.length).toBeGreaterThan(60);
    const missing = fields
      .filter((field) => !shown.includes(squeeze(field.value ?? '').replace(/"/g, '')))
      .map((field) => `${field.item} ${field.field}: ${field.value}`);
    expect(missing).toEqual([]);
    expect(
      shown.split(squeeze(DOLLARS)).length - 1,
      'the $ patterns, once per field shown or more',
    ).toBeGreaterThanOrEqual(fields.length);
  });
});
