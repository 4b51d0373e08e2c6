import type { Browser } from 'playwright-core';
import { type PageKind, PROBE_KEY, parseProbeResult, probeScript } from './page-probe.ts';
import { waitForQuietBrowser } from './settle.ts';

/** One page load, timed by the probe (see page-probe.ts for what each time means). */
export interface PageRun {
  readonly firstSlideMs: number;
  /** When the last diagram was shown: the "all diagrams" figure. */
  readonly allDiagramsMs: number;
  readonly diagrams: number;
}

/** The deck's design size; the deck then fills the window as in a presentation, and the floor lays each slide out at 1:1. */
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Opens url in a fresh browser context (empty HTTP cache, new connection, as a first
 * visit), once the browser has gone quiet after making it (see settle.ts), and waits
 * for the probe's result. Any error the page throws fails the run, so a broken deck
 * never yields a flattering number.
 */
export async function measurePage(browser: Browser, url: string, kind: PageKind): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    await context.addInitScript({ content: probeScript(kind) });
    const page = await context.newPage();
    await waitForQuietBrowser();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url, { waitUntil: 'commit' });
    // Functions, not source strings: Playwright would eval a string, which the deck's Content-Security-Policy forbids.
    await page.waitForFunction(
      (key) => (window as unknown as Record<string, { done?: boolean } | undefined>)[key]?.done === true,
      PROBE_KEY,
      { timeout: 60_000, polling: 50 },
    );
    const result = parseProbeResult(
      await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], PROBE_KEY),
    );
    if (pageErrors.length > 0) throw new Error(`The ${kind} page threw: ${pageErrors.join('; ')}`);
    if (result.diagramMs.length === 0)
      throw new Error(`The ${kind} page has no diagrams (figure.diagram svg) to time.`);
    return {
      firstSlideMs: result.firstSlideMs,
      allDiagramsMs: Math.max(...result.diagramMs),
      diagrams: result.diagramMs.length,
    };
  } finally {
    await context.close();
  }
}
