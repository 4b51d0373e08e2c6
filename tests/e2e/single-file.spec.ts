import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { READY_FLAGS } from '../../src/contract.ts';
import { deckState, pressAndWait, waitForDeck } from './support/deck.ts';
import { parsePolicy, watchForProblems } from './support/problems.ts';
import { expect, test } from './support/talk.ts';

/**
 * The deck a speaker carries on a USB stick: `npm run build:single` writes one HTML file,
 * opened here straight from disk with every request that is not the file itself refused.
 */
/** The talk's one-file deck, where the project under test (see playwright.config.ts) has it built. */
function oneFile(decks: { readonly singleDir: string }): { file: string; url: string } {
  const file = resolve(decks.singleDir, 'index.html');
  return { file, url: pathToFileURL(file).href };
}

/** Tests tagged @smoke run on every talk (see playwright.config.ts); the speaker view from disk on the main talk. */
const SMOKE = { tag: '@smoke' };

/** Refuses and records every request other than file: and data: ones; records the file: ones too. */
async function offline(context: BrowserContext): Promise<{ refused: string[]; files: string[] }> {
  const seen = { refused: [] as string[], files: [] as string[] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:')) return route.continue();
    if (url.startsWith('file:')) {
      seen.files.push(url);
      return route.continue();
    }
    seen.refused.push(url);
    return route.abort('internetdisconnected');
  });
  return seen;
}

test.describe('one offline file', () => {
  test.beforeAll(({ decks }) => {
    const { file } = oneFile(decks);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:single\` first.`);
  });

  test(
    'the file holds everything, and its policy allows its own inline script by hash and its fonts as data',
    SMOKE,
    ({ decks }) => {
      const html = readFileSync(oneFile(decks).file, 'utf8');
      // Nothing is fetched: no script or stylesheet file, no url() to a file, no link to a sibling.
      expect(html).not.toMatch(/<script[^>]+\bsrc=/);
      expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload|preload)"/);
      // The one link that is no data: URI is the reading edition's, beside the file (`rel="alternate"`), which the deck never loads.
      expect(html).not.toMatch(/<link(?![^>]*rel="alternate")[^>]+href="(?!data:)/);
      expect(html).not.toMatch(/url\(\s*["']?(?!data:|#)[^)"']+\.(woff2?|ttf|svg|png|css)/);
      // Source Sans 3 (three faces) and Noto Naskh Arabic (two), see src/client/deck.css.
      expect(html.match(/url\(\s*["']?data:font\/woff2;base64,/g)?.length, 'five font files inline').toBe(5);
      expect(html.match(/<svg\b[^>]*\bid="diagram-/g)?.length ?? 0, 'diagrams inline as SVG').toBeGreaterThan(0);

      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta).not.toBeNull();
      const policy = parsePolicy(meta![1]!);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('font-src')).toEqual(['data:']);
      expect(policy.get('connect-src')).toEqual(["'none'"]);
      const inlineScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
      expect(inlineScripts.length).toBeGreaterThan(0);
      for (const script of inlineScripts) {
        const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
        expect(policy.get('script-src'), 'each inline script is allowed by its hash').toContain(hash);
      }
      expect(
        policy.get('script-src')?.every((source) => /^'sha256-/.test(source)),
        'and nothing else',
      ).toBe(true);
    },
  );

  test(
    'opens from file:// with no network: it runs, → navigates, diagrams show, fonts come from data: URIs',
    SMOKE,
    async ({ page, context, marks, decks }) => {
      const fileUrl = oneFile(decks).url;
      const network = await offline(context);
      const problems = await watchForProblems(context);
      await page.goto(fileUrl);
      await waitForDeck(page);

      expect((await deckState(page)).id).toBe(marks.pageIds[0]);
      const next = await pressAndWait(page, 'ArrowRight');
      expect(next.index).toBe(1);

      // A diagram slide, reached by its link, shows its drawing.
      await page.goto(`${fileUrl}#/${marks.diagramSlide}`);
      await expect.poll(async () => (await deckState(page)).id).toBe(marks.diagramSlide);
      const diagram = page.locator('section.present figure.diagram svg >> visible=true');
      await expect(diagram).toBeVisible();
      const box = await diagram.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);

      // The deck's own face, loaded from the file: every @font-face source is a data: URI, and each face is in.
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        const sources = [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule) => rule instanceof CSSFontFaceRule)
          .map((rule) => (rule as CSSFontFaceRule).style.getPropertyValue('src'));
        const faces = [...document.fonts]
          .filter((face) => face.family.replace(/"/g, '') === 'Source Sans 3')
          .map((face) => `${face.weight} ${face.style} ${face.status}`);
        return {
          sources,
          faces,
          inUse: document.fonts.check('700 42px "Source Sans 3"') && document.fonts.check('400 21px "Source Sans 3"'),
        };
      });
      expect(fonts.sources.length).toBe(5);
      for (const source of fonts.sources) expect(source).toMatch(/^url\("?data:font\/woff2;base64,/);
      expect(fonts.faces.sort()).toEqual(['400 italic loaded', '400 normal loaded', '700 normal loaded']);
      expect(fonts.inUse).toBe(true);

      expect(network.refused, 'no request leaves the file').toEqual([]);
      expect(
        new Set(network.files.map((url) => url.split(/[?#]/)[0])),
        'the only file read is the deck itself',
      ).toEqual(new Set([fileUrl]));
      expect(problems, 'no CSP refusal or error: the inline script ran by its hash, the fonts loaded as data').toEqual(
        [],
      );
    },
  );

  test('the speaker view opens from file:// too, with notes and the clock', async ({ page, context, marks, decks }) => {
    const fileUrl = oneFile(decks).url;
    // Chromium lets a file:// page open its about:blank speaker window, write it and frame the file in it. Only
    // Chromium is tested; Firefox treats every file as its own origin by default and may refuse the speaker view from disk.
    const network = await offline(context);
    const problems = await watchForProblems(context);
    await page.goto(`${fileUrl}#/${marks.busyYear}`);
    await waitForDeck(page);
    expect((await deckState(page)).id).toBe(marks.busyYear);

    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popupOpened;
    const say = await page
      .locator('section.present > aside.notes > p')
      .first()
      .evaluate((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
    await expect(speaker.locator('.speaker-notes')).toContainText(say);
    await expect(speaker.locator('.speaker-elapsed')).toHaveText(/[1-9]/, { timeout: 5_000 });
    await expect(speaker.locator('.speaker-pace')).not.toBeEmpty();
    // The previews are the file itself, framed: still no network.
    await expect
      .poll(() => speaker.frames().filter((frame) => frame.url().startsWith(`${fileUrl}?receiver`)).length)
      .toBe(2);

    await speaker.close();
    expect(network.refused).toEqual([]);
    expect(new Set(network.files.map((url) => url.split(/[?#]/)[0]))).toEqual(new Set([fileUrl]));
    expect(problems).toEqual([]);
  });
  /** Where a deck page (the deck, or a preview framed in the speaker view) stands: slide id and steps shown. */
  const standing = (frame: Page | Frame): Promise<string> =>
    frame.evaluate(() => {
      const present = document.querySelector('.reveal .slides section.slide.present');
      return present ? `${present.id}/${present.querySelectorAll('.fragment.visible').length}` : '';
    });

  test('from file://, the speaker view’s previews follow the deck and its keys move the deck', async ({
    page,
    marks,
    decks,
  }) => {
    const fileUrl = oneFile(decks).url;
    await page.goto(`${fileUrl}#/${marks.busyYear}`);
    await waitForDeck(page);
    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popupOpened;
    await expect(speaker.locator('.speaker-notes')).not.toBeEmpty();
    const currentFrame = await (await speaker.locator('.speaker-current').elementHandle())?.contentFrame();
    const current = (): Frame | undefined => currentFrame ?? undefined;
    await expect
      .poll(() => current()?.evaluate((flag) => document.documentElement.dataset[flag], READY_FLAGS.deck))
      .toBe('true');
    await expect
      .poll(() => standing(current()!), 'the current preview starts where the deck is')
      .toBe(await standing(page));

    // The deck moves a step: the preview follows (it stayed on its first state when its origin read 'null').
    const before = await standing(page);
    const stepped = await pressAndWait(page, 'ArrowRight');
    expect(stepped.id).toBe(marks.busyYear);
    const afterDeck = await standing(page);
    expect(afterDeck).not.toBe(before);
    await expect.poll(() => standing(current()!), 'the preview follows the deck').toBe(afterDeck);

    // The speaker view's → moves the deck itself.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => standing(page), 'the speaker view drives the deck').not.toBe(afterDeck);
    const afterSpeaker = await standing(page);
    await expect.poll(() => standing(current()!)).toBe(afterSpeaker);
    await speaker.close();
  });

  test('from file://, a window the deck did not open cannot drive it', async ({ page, marks, decks }) => {
    const fileUrl = oneFile(decks).url;
    // Another local page that opens the deck, and so holds a handle on its window, and sends it commands.
    const folder = mkdtempSync(join(tmpdir(), 'opener-'));
    const opener = join(folder, 'opener.html');
    writeFileSync(opener, '<!doctype html><title>Another file</title><body></body>');
    try {
      await page.goto(pathToFileURL(opener).href);
      const deckOpened = page.waitForEvent('popup');
      await page.evaluate((url) => {
        (window as Window & { deck?: Window | null }).deck = window.open(url, 'deck');
      }, `${fileUrl}#/${marks.busyYear}`);
      const deck = await deckOpened;
      await waitForDeck(deck);
      const before = await standing(deck);
      await page.evaluate(() => {
        const target = (window as Window & { deck?: Window | null }).deck!;
        for (const command of [
          { method: 'slide', args: [0] },
          { method: 'next' },
          { method: 'triggerKey', args: [39] },
        ])
          target.postMessage(JSON.stringify(command), '*');
      });
      await deck.waitForTimeout(500);
      expect(await standing(deck), 'commands from a window the deck did not open are ignored').toBe(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
