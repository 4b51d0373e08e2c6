import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HANDOUT_LAYOUT, printSearch, READY_FLAGS } from '../../src/contract.ts';
import { type RunningServer, serveFolder } from '../../src/server/static-server.ts';
import { buildTalk } from '../fixtures/build-talk.ts';
import { guildsTalk } from '../fixtures/guilds-talk.ts';
import { mutate } from '../fixtures/mutate.ts';
import { waitForDeck } from './support/deck.ts';

/** A talk that declares where it is published shows it as a QR code: closing, the Sources slide, handout cover. */
const ADDRESS = 'https://talks.example.org/guilds/read/';
const talk = mutate(guildsTalk, (draft) => {
  draft.publishedAt = ADDRESS;
});

test.describe('a talk that declares its published address', () => {
  test.describe.configure({ mode: 'default' });
  let folder = '';
  let server: RunningServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    folder = mkdtempSync(join(tmpdir(), 'published-deck-'));
    await buildTalk(talk, folder);
    server = await serveFolder(folder);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('shows its QR code and address on the closing slide and the Sources slide', async ({ page }) => {
    await page.goto(server.url);
    await waitForDeck(page);
    for (const slide of ['section.slide--closing', 'section#sources']) {
      const figure = page.locator(`${slide} figure.published`);
      await expect(figure.locator('a')).toHaveAttribute('href', ADDRESS);
      await expect(figure.locator('svg.qr')).toHaveAttribute('aria-label', ADDRESS);
    }
  });

  test('prints it on the handout’s first page, with the talk’s takeaways', async ({ page }) => {
    await page.goto(`${server.url}${printSearch(HANDOUT_LAYOUT)}`);
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    const cover = page.locator('.pdf-page').first().locator('.handout-summary');
    await expect(cover.locator('figure.published a')).toHaveAttribute('href', ADDRESS);
    await expect(cover.locator('figure.published svg.qr')).toBeVisible();
  });
});
