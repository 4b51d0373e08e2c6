import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Plugin } from 'vite';
import type { BuildBrowser } from '../browser/build-browser.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveFolder } from '../server/static-server.ts';
import { hashFolder } from './cache-files.ts';
import { MIN_LABEL_PX, measureSlides, type SlideOverflow } from './fit-measure.ts';

/** The rule's name, first in its message. */
export const FIT_RULE = 'slide-fit';

/** The window sizes a deck is shown at: a 4:3 projector, a 16:9 one at the design size, full HD. */
export const FIT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Bumped when the measurement changes, so that no earlier pass is trusted. */
const MEASURE_VERSION = 3;

/** What to cut, by slide kind: the parts a slide of that kind adds per item. */
const CUT_HINTS: Readonly<Record<string, string>> = {
  year: "give this year fewer events on one slide, or fewer figures, claims, record lines or spans per event (the detail can go to the speaker notes and the handout), or shorten the events' titles",
  points: 'give the slide fewer or shorter points',
  groups: 'give the slide fewer groups, or shorter summaries',
  record: 'give the record fewer lines, or shorter summaries',
  sources: 'list fewer sources on one page',
  diagram: 'shorten the caption, or give the diagram fewer items',
  title: 'shorten the title, subtitle or byline',
};

/** Slides that do not fit at some window size: the build stops with one line per slide and size. */
export class SlideFitError extends Error {
  constructor(readonly failures: ReadonlyArray<SlideOverflow & { readonly size: string }>) {
    super(
      `${FIT_RULE}: ${failures.length} slide(s) do not fit, every step shown:\n${failures.map(fitLine).join('\n')}`,
    );
    this.name = 'SlideFitError';
  }
}

/** What to do when a diagram's labels come out too small: it holds too much for its place on the slide. */
const LABEL_HINT =
  'draw less in one diagram: an overview timeline with many events per year takes fewer years per slide (set diagram.from and diagram.to, and add a slide for the rest); any other diagram takes fewer items or a shorter caption';

function fitLine(failure: SlideOverflow & { readonly size: string }): string {
  if (failure.problem === 'labels')
    return `  - ${FIT_RULE}: slide '${failure.id}': its diagram is scaled down until its labels are ${failure.px} px at ${failure.size} ("${failure.beyond[0] ?? ''}"), under the ${MIN_LABEL_PX} px a back row can read. Fix: ${LABEL_HINT}.`;
  const hint = CUT_HINTS[failure.kind] ?? 'put less on it';
  const texts = failure.beyond.map((text) => `"${text}"`).join(', ');
  return `  - ${FIT_RULE}: slide '${failure.id}' overflows by ${failure.px} px past the ${failure.side} at ${failure.size}${texts ? ` (past the edge: ${texts})` : ''}. Fix: ${hint}.`;
}

/** A hash of every file of the built deck: the slides' markup, the CSS, the script and the fonts decide the layout. */
export function builtDeckHash(folder: string): string {
  return hashFolder(createHash('sha256').update(`fit-v${MEASURE_VERSION}`), folder).digest('hex');
}

export interface FitReport {
  /** True when an earlier build measured this very deck, so no browser was started. */
  readonly fromCache: boolean;
}

/**
 * Measures every slide of the built deck in `folder`, every step shown, at each of `FIT_SIZES`,
 * and throws a `SlideFitError` if any runs past its box. A deck measured before (same files)
 * is not measured again: its pass is remembered in `cacheDir`. Measured in `browser` when given
 * (left open), else in a Chromium started for it.
 */
export async function checkFit(folder: string, cacheDir: string, browser?: () => Promise<Browser>): Promise<FitReport> {
  const key = builtDeckHash(folder);
  const passed = join(cacheDir, `${key}.fits`);
  if (existsSync(passed)) return { fromCache: true };
  const failures = browser ? await measureDeck(folder, await browser()) : await measureInOwnBrowser(folder);
  if (failures.length > 0) throw new SlideFitError(failures);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(passed, `${new Date().toISOString()}\n`);
  return { fromCache: false };
}

async function measureInOwnBrowser(folder: string): Promise<Array<SlideOverflow & { size: string }>> {
  const browser = await launchChromium();
  try {
    return await measureDeck(folder, browser);
  } finally {
    await browser.close();
  }
}

async function measureDeck(folder: string, browser: Browser): Promise<Array<SlideOverflow & { size: string }>> {
  const server = await serveFolder(folder);
  try {
    const failures: Array<SlideOverflow & { size: string }> = [];
    const [first] = FIT_SIZES;
    const context = await browser.newContext({ viewport: first, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Loaders that keep function names (tsx, for the benchmark) wrap them in `__name`, which the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset['deckReady'] === 'true', undefined, {
      timeout: 60_000,
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // One page, resized: reveal.js lays the deck out again for each window, as it does when a projector is plugged in.
    for (const viewport of FIT_SIZES) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const size = `${viewport.width}×${viewport.height}`;
      // Each layout shows a drawing made for it (src/diagrams/diagram-kind.ts DIAGRAM_FRAMES): one floor for both.
      for (const overflow of await page.evaluate(measureSlides, MIN_LABEL_PX)) failures.push({ ...overflow, size });
    }
    await context.close();
    return failures;
  } finally {
    await server.close();
  }
}

/**
 * After the deck is written, measures it (see `checkFit`); a slide that does not fit fails the build.
 * `DECK_FIT=skip` turns the check off, for an author who wants to look at the slide that does not fit.
 * Measured in the build's browser when given (the one the diagrams were drawn in), which this, the
 * build's last step, then closes, whether the build succeeded or not.
 */
export function fitCheckPlugin(options: { cacheDir: string; browser?: BuildBrowser }): Plugin {
  const { browser } = options;
  let outDir = '';
  let written = false;
  return {
    name: 'deck:fit',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Only a build that wrote its files has a deck to measure: a failed build still closes, and its own
    // error must not be hidden behind "no built deck". Measured at the close, after every plugin has written.
    writeBundle() {
      written = true;
    },
    // A build that failed before writing (a talk that breaks a rule, say) may never close its bundle.
    async buildEnd(error) {
      if (error) await browser?.close();
    },
    async closeBundle() {
      try {
        if (!written || process.env['DECK_FIT'] === 'skip') return;
        await checkFit(outDir, options.cacheDir, browser && (() => browser.browser()));
      } finally {
        await browser?.close();
      }
    },
  };
}
