import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, test } from '@playwright/test';
import { talk } from '../../slides/index.ts';
import { READY_FLAGS } from '../../src/contract.ts';
import { type RunningServer, serveFolder } from '../../src/server/static-server.ts';
import { deckState, openDeck, pressAndWait } from './support/deck.ts';

const BLOCKING = new Set(['serious', 'critical']);

test('the speaker view passes axe with no serious or critical issue, in the talk’s language and title', async ({
  page,
}) => {
  await openDeck(page, './#/2016');
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('#connection-status')).toBeHidden({ timeout: 10_000 });
  await expect(speaker.locator('#current-slide iframe')).toHaveAttribute('title', /.+/);
  await expect(speaker.locator('#upcoming-slide iframe')).toHaveAttribute('title', /.+/);
  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  expect(await speaker.title()).toBe(`${talk.title}: speaker view`);
  expect(await speaker.evaluate(() => document.documentElement.lang)).toBe(talk.lang);
  const results = await new AxeBuilder({ page: speaker })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking).toEqual([]);
  // Still the speaker's: it follows the deck.
  const notes = speaker.locator('.speaker-controls-notes .value');
  const before = await notes.textContent();
  let state = await deckState(page);
  while (state.id === '2016') state = await pressAndWait(page, 'ArrowRight');
  await expect.poll(() => notes.textContent()).not.toBe(before);
  await speaker.close();
});

test.describe('reveal.js commands by message', () => {
  let folder = '';
  let other: RunningServer;
  test.beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'framer-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Another site</title><body></body>');
    other = await serveFolder(folder);
  });
  test.afterAll(async () => {
    await other?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const presentId = (frame: Frame): Promise<string> =>
    frame.evaluate(() => document.querySelector('.reveal .slides > section.present')?.id ?? '');

  for (const query of ['', '?postMessage=true']) {
    test(`a page of another origin that frames the deck${query ? ` at ${query}` : ''} cannot drive it; its own origin can`, async ({
      page,
      baseURL,
    }) => {
      await page.goto(other.url);
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.width = '1280';
        frame.height = '720';
        document.body.append(frame);
      }, `${baseURL}${query}#/2016`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.deck);
      expect(await presentId(frame!)).toBe('2016');
      await page.evaluate(() => {
        const target = document.querySelector('iframe')!.contentWindow!;
        for (const command of [
          { method: 'slide', args: [0] },
          { method: 'next' },
          { method: 'configure', args: [{ controls: false }] },
          { method: 'setState', args: [{ indexh: 1, indexv: 0 }] },
        ])
          target.postMessage(JSON.stringify(command), '*');
      });
      await page.waitForTimeout(500);
      expect(await presentId(frame!), 'commands from another origin are ignored').toBe('2016');
      expect(await frame!.locator('.reveal .controls .navigate-right').isVisible()).toBe(true);
      // The same command from the deck's own origin (as its speaker view sends them) is followed.
      await frame!.evaluate(() =>
        window.postMessage(JSON.stringify({ method: 'slide', args: [0] }), window.location.origin),
      );
      await expect.poll(() => presentId(frame!)).not.toBe('2016');
    });
  }
  test('a page of another origin that frames the deck at ?postMessageEvents=true does not hear its slide changes', async ({
    page,
    baseURL,
  }) => {
    await page.goto(other.url);
    await page.evaluate((src) => {
      const heard: string[] = [];
      (window as Window & { heard?: string[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(String(event.data)));
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = '1280';
      frame.height = '720';
      document.body.append(frame);
    }, `${baseURL}?postMessageEvents=true#/2016`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.deck);
    expect(frame!.url(), 'the setting is taken out of the address').not.toMatch(/postMessageEvents/i);
    await frame!.locator('.reveal').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const stepsShown = () => frame!.locator('.reveal .slides > section.present .fragment.visible').count();
    await expect.poll(stepsShown, 'the deck moved (a step, or a slide)').toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const heard = await page.evaluate(() => (window as Window & { heard?: string[] }).heard ?? []);
    expect(heard, 'no slide change reaches another origin').toEqual([]);
  });
});
