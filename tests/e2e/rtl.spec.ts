import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import { HANDOUT_LAYOUT, printSearch, READY_FLAGS } from '../../src/contract.ts';
import { exportPdf } from '../../src/export/export-pdf.ts';
import { type RunningServer, serveFolder } from '../../src/server/static-server.ts';
import { buildTalk, FIELD_FIXTURE_SKIPS } from '../fixtures/build-talk.ts';
import { withEveryText } from '../fixtures/every-text.ts';
import { guildsTalk } from '../fixtures/guilds-talk.ts';
import { mutate } from '../fixtures/mutate.ts';
import { waitForDeck } from './support/deck.ts';
import { badLinks, pdfLinks } from './support/pdf-links.ts';

/**
 * Urdu and Pashto in every text field. Text from the data must keep to itself: a
 * right-to-left label must not pull the number after it into its own order, so that
 * "300 police officers · 200 from …" never shows as "200 · police officers 300 from …".
 */
const URDU = 'کوئٹہ';
const PASHTO = 'پولیس افسران';

const talk = mutate(
  withEveryText(guildsTalk, (value, field) => `${field.field.length % 2 === 0 ? URDU : PASHTO} ${value}`),
  (t) => {
    // A figure labelled wholly right-to-left, then one with no hedge: " · 200" would join the label's run.
    const fair = t.events[2]!;
    fair.figures[0]!.label = PASHTO;
    fair.figures[1]!.hedge = null;
    fair.figures[1]!.source.excerpt = '200 from Millbrook';
  },
);

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** Runs in the page: text nodes holding Arabic script with no isolating element (bdi, or dir="auto") between them and `root`. */
function unisolated(root: Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!/[\u0600-\u06FF]/.test(text) || node.parentElement?.closest('svg, title, desc, [hidden]')) continue;
    if (!node.parentElement?.closest('bdi, [dir="auto"]')) found.push(text.trim().slice(0, 60));
  }
  return found;
}

/** Runs in the page: where an event's first figure's right-to-left label and the next figure's number sit, left to right. */
function labelAndNextNumber(facts: Element): { label: number; number: number } {
  const [first, second] = [...facts.querySelectorAll('.figure')];
  const label = first!.querySelector('bdi')!.getBoundingClientRect();
  const text = [...second!.childNodes].find(
    (node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.textContent ?? ''),
  )!;
  const range = document.createRange();
  const at = (text.textContent ?? '').search(/\d/);
  range.setStart(text, at);
  range.setEnd(text, at + 1);
  return { label: label.left, number: range.getBoundingClientRect().left };
}

test.describe('right-to-left text from the data', () => {
  test.describe.configure({ mode: 'default' });
  let folder = '';
  let server: RunningServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    folder = mkdtempSync(join(tmpdir(), 'rtl-deck-'));
    await buildTalk(talk, join(folder, 'dist'), { skipRules: FIELD_FIXTURE_SKIPS });
    server = await serveFolder(join(folder, 'dist'));
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function open(page: Page, path = ''): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await waitForDeck(page);
  }

  test('every piece of data text on every slide, notes included, is isolated for direction', async ({ page }) => {
    await open(page);
    const loose = await page.locator('.reveal .slides').evaluate(unisolated);
    expect(loose).toEqual([]);
    const rtl = await page
      .locator('.reveal .slides bdi')
      .evaluateAll(
        (elements, pattern) => elements.filter((element) => new RegExp(pattern).test(element.textContent ?? '')).length,
        ARABIC_SCRIPT.source,
      );
    expect(rtl).toBeGreaterThan(60);
  });

  test('a figure after a right-to-left label keeps its place after it', async ({ page }) => {
    // The line of facts left the stage for the notes: the handout's page prints it.
    await page.goto(`${server.url}?print-pdf&layout=handout`);
    await page.waitForFunction(() => document.documentElement.dataset['printReady'] === 'true');
    const facts = page.locator('.pdf-page:has(section[id="2003"]) .handout-notes li[data-event="fair"] .event-facts');
    await expect(facts).toContainText(PASHTO);
    const { label, number } = await facts.evaluate(labelAndNextNumber);
    expect(number, 'the next number stands to the right of the label, as written').toBeGreaterThan(label);
  });

  test('the speaker view shows the notes isolated too', async ({ page }) => {
    await open(page, '#/who');
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popup;
    const notes = speaker.locator('.speaker-notes');
    await expect(notes).toContainText(ARABIC_SCRIPT, { timeout: 10_000 });
    expect(await notes.evaluate(unisolated)).toEqual([]);
    await speaker.close();
  });

  test('the PDF handout is printed from isolated text, right-to-left words and all', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${server.url}${printSearch(HANDOUT_LAYOUT)}`);
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    expect(await page.locator('.reveal .slides').evaluate(unisolated)).toEqual([]);
    const { label, number } = await page
      .locator('.pdf-page:has(section[id="2003"]) .handout-notes li[data-event="fair"] .event-facts')
      .evaluate(labelAndNextNumber);
    expect(number).toBeGreaterThan(label);
    const { file } = await exportPdf({
      distDir: join(folder, 'dist'),
      out: join(folder, 'handout.pdf'),
      layout: 'handout',
    });
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 26 });
    expect(stdout).toMatch(ARABIC_SCRIPT);
    expect(badLinks(await pdfLinks(file))).toEqual([]);
  });
});
