import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBrowser } from '../../../src/browser/build-browser.ts';
import { CHROMIUM_ENV, NoBrowserError } from '../../../src/browser/chromium.ts';
import { SHARED_CHROMIUM_ENV } from '../../../src/browser/prepared-page.ts';
import { fitCheckPlugin } from '../../../src/pipeline/fit-check.ts';

// These tests are about a build's own browser: the run's shared one ($DECK_SHARED_CHROMIUM) is set aside.
const saved = { shared: process.env[SHARED_CHROMIUM_ENV], chromium: process.env[CHROMIUM_ENV] };
beforeEach(() => {
  delete process.env[SHARED_CHROMIUM_ENV];
});
afterEach(() => {
  for (const [name, value] of [
    [SHARED_CHROMIUM_ENV, saved.shared],
    [CHROMIUM_ENV, saved.chromium],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
const folder = mkdtempSync(join(tmpdir(), 'deck-build-browser-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let preparations = 0;
const prepare = async (page: Page): Promise<void> => {
  preparations += 1;
  await page.setContent('<p>ready</p>');
};

describe('one browser for a whole build', () => {
  it('prepares a page once and hands it to every step until closed', async () => {
    preparations = 0;
    const session = buildBrowser();
    const first = await session.open('drawing', prepare);
    await first.release();
    const again = await session.open('drawing', prepare);
    expect(again.page).toBe(first.page);
    expect(await again.page.textContent('p')).toBe('ready');
    expect(preparations).toBe(1);
    // The fit check's browser is the one the page is in.
    const browser = await session.browser();
    expect(browser.contexts().flatMap((context) => context.pages())).toContain(first.page);
    await session.close();
    expect(browser.isConnected()).toBe(false);
    await session.close();
  });

  it('gives the advice for a missing browser at its first use, and still closes', async () => {
    process.env[CHROMIUM_ENV] = join(folder, 'no-such-browser');
    const session = buildBrowser();
    await expect(session.open('drawing', prepare)).rejects.toThrow(NoBrowserError);
    await expect(session.browser()).rejects.toThrow(NoBrowserError);
    await expect(session.close()).resolves.toBeUndefined();
  });

  it('is closed by the fit check, the build’s last step, whether the build wrote a deck or failed before', async () => {
    for (const ending of ['closeBundle', 'buildEnd'] as const) {
      const session = buildBrowser();
      const browser = await session.browser();
      const plugin = fitCheckPlugin({ cacheDir: folder, browser: session });
      // Nothing was written, so nothing is measured; the browser is closed all the same.
      if (ending === 'closeBundle') await callHook(plugin.closeBundle);
      else await callHook(plugin.buildEnd, new Error('a rule was broken'));
      expect(browser.isConnected(), ending).toBe(false);
    }
  });
});

/** Calls a Vite hook given as a function or as `{ handler }`, with no plugin context (these hooks use none). */
async function callHook(hook: unknown, ...args: unknown[]): Promise<void> {
  const handler = typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler;
  await (handler as (...a: unknown[]) => unknown).call(undefined, ...args);
}
