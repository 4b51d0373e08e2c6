import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedOrOwnChromium } from '../../../src/browser/prepared-page.ts';
import { HANDOUT_LAYOUT, printSearch, READY_FLAGS } from '../../../src/contract.ts';
import { TALK_ENV } from '../../../src/pipeline/talk-folder.ts';
import { type RunningServer, serveFolder } from '../../../src/server/static-server.ts';
import { HOSTILE } from '../../fixtures/hostile.ts';

/**
 * Hostile text in the talk's names, titles, captions and interface words, through the real
 * build (vite.config.ts, as `npm run build` runs it) and the deck's own scripts in Chromium:
 * on stage, and in the handout the print view lays out. No string may become markup or run,
 * and every one must show as typed. Each payload would set the page title to "pwned".
 */
const root = resolve('.');
const outDir = mkdtempSync(join(tmpdir(), 'hostile-deck-'));
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const before = process.env[TALK_ENV];
  process.env[TALK_ENV] = 'tests/fixtures/hostile-talk';
  try {
    await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir } });
  } finally {
    if (before === undefined) delete process.env[TALK_ENV];
    else process.env[TALK_ENV] = before;
  }
  server = await serveFolder(outDir);
  // The run's one Chromium (it drew the diagrams during the build, too).
  browser = await sharedOrOwnChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Opens the built deck at `query` and collects what would show an injection: refusals by the policy, errors. */
async function open(
  query: string,
  ready: (typeof READY_FLAGS)[keyof typeof READY_FLAGS],
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP refused ${event.effectiveDirective}`),
    ),
  );
  await page.goto(new URL(`index.html${query}`, server.url).href);
  await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', ready);
  return { page, problems };
}

/** What the page shows as text, with the zero-width spaces diagram labels carry taken out. */
function shownText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replace(/\u200B/g, '')).join(' '));
}

describe('a deck built from hostile text', () => {
  it('on stage: shows every string as typed, makes none of it markup, runs none of it', async () => {
    const { page, problems } = await open('', READY_FLAGS.deck);
    try {
      expect(await page.title()).not.toBe('pwned');
      expect(await page.locator('.slides script, .slides img, .slides iframe, .slides [onerror]').count()).toBe(0);
      const slides = await shownText(page, '.reveal .slides section.slide');
      for (const value of [HOSTILE.quotes, HOSTILE.script, HOSTILE.image, HOSTILE.urdu, HOSTILE.pashto])
        expect(slides).toContain(value);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('in the handout: the captions the deck’s script places from the talk’s words stay text', async () => {
    const { page, problems } = await open(printSearch(HANDOUT_LAYOUT), READY_FLAGS.print);
    try {
      expect(await page.title()).not.toBe('pwned');
      const labels = await page.locator('.handout-label').allTextContents();
      expect(labels).toContain(HOSTILE.script);
      expect(labels).toContain(HOSTILE.image);
      expect(await page.locator('.handout-panel script, .handout-panel img').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
