import type { Browser, CDPSession } from 'playwright-core';
import { READY_FLAGS } from '../../src/contract.ts';
import { serveFolder } from '../../src/server/static-server.ts';
import { alternate, type BenchOptions, figure, formatValue, type Phase } from './report.ts';

/**
 * The instrument put into every measured page (deck and floor alike) before any of the
 * page's own code runs. It times, from navigation start (performance.now()'s origin):
 *
 * - first slide: the first painted frame from which the first slide stays visible
 *   (rendered box of non-zero size inside the viewport, not hidden by display,
 *   visibility or opacity) at the place and size it has once the deck is ready, with
 *   the web fonts it asked for loaded. For the floor that is its first visible frame;
 *   for the deck the walk goes on until the deck's ready flag (contract.ts `READY_FLAGS.deck`, `data-deck-ready`) is set (reveal.js has started)
 *   and the time is where the last unbroken run of such frames began — a slide that
 *   shows early but then moves or rescales counts only from where it settled. Content
 *   the browser skips under `content-visibility: auto` does not count as visible. The
 *   time is taken just after that frame is painted: a task queued from the frame's
 *   requestAnimationFrame callback runs after the frame's paint.
 * - each diagram: starting once the first slide is shown, the diagrams are brought on
 *   screen one after another, each as soon as the previous one was painted: the deck
 *   through its own API (`Reveal.slide(i)`, reached through reveal.js's postMessage
 *   interface because the deck does not expose its instance), the floor by scrolling
 *   the slide into view. A diagram counts as shown at the first painted frame in which
 *   its <svg> is visible by the same test. "All diagrams" is the last of these times.
 *
 * The pages are opened with `prefers-reduced-motion: reduce`, so the deck's slide
 * transition (a fixed 0.4 s animation, by design) is off: the figure is what it costs
 * to get a diagram on screen, not how long the animation is set to last.
 */

/** Which page is measured: the deck (reveal.js, our script) or the floor (static, no script). */
export type PageKind = 'deck' | 'floor';

/** What the probe leaves on window, all times in ms since navigation start. */
export interface ProbeResult {
  readonly done: boolean;
  readonly firstSlideMs: number;
  /** When each diagram was shown, in slide order. */
  readonly diagramMs: readonly number[];
  /** Set instead of the times when the page could not be measured. */
  readonly error: string | null;
}

/** Name of the window property the probe writes its result to. */
export const PROBE_KEY = '__deckBench';

/** Gives up on a page that never shows what it should, so the benchmark fails instead of hanging. */
const PROBE_TIMEOUT_MS = 30_000;

/**
 * Runs in the page. Self-contained on purpose: Playwright sends it as source text,
 * so it may use nothing from this module's scope except its arguments.
 */
function probe(kind: PageKind, key: string, timeoutMs: number, readyFlag: string): void {
  const host = window as unknown as Record<string, ProbeResult>;
  const publish = (result: ProbeResult): void => {
    host[key] = result;
  };
  const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterPaint = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const visible = (element: Element | null | undefined): boolean => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const inViewport = box.right > 0 && box.bottom > 0 && box.left < window.innerWidth && box.top < window.innerHeight;
    return (
      box.width > 0 &&
      box.height > 0 &&
      inViewport &&
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
    );
  };
  // Layout is forced by visible() first, so any font the frame needs has started loading before the status is read.
  const shown = (element: Element | null | undefined): boolean =>
    visible(element) && document.fonts.status === 'loaded';
  const waitUntil = async (condition: () => boolean): Promise<number> => {
    for (;;) {
      await nextFrame();
      if (performance.now() > timeoutMs) throw new Error(`not shown within ${timeoutMs} ms`);
      if (condition()) return afterPaint();
    }
  };
  const slides = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const bringOnScreen = (slide: HTMLElement, index: number): void => {
    if (kind === 'deck') window.postMessage(JSON.stringify({ method: 'slide', args: [index] }), '*');
    else slide.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  const boxOf = (element: Element): string => {
    const box = element.getBoundingClientRect();
    return [box.left, box.top, box.width, box.height].map((value) => value.toFixed(1)).join(' ');
  };
  // The start of the unbroken run of painted frames, ending once the deck is ready, in which the first slide showed with the same box.
  const settledFirstSlide = async (): Promise<number> => {
    let since: number | null = null;
    let box = '';
    for (;;) {
      await nextFrame();
      if (performance.now() > timeoutMs) throw new Error(`not shown within ${timeoutMs} ms`);
      const first = slides()[0];
      if (!shown(first)) {
        since = null;
        continue;
      }
      const current = boxOf(first as Element);
      const paintedAt = await afterPaint();
      if (since === null || current !== box) {
        since = paintedAt;
        box = current;
      }
      if (document.documentElement.dataset[readyFlag] === 'true') return since;
    }
  };
  const run = async (): Promise<void> => {
    const firstSlideMs = kind === 'floor' ? await waitUntil(() => shown(slides()[0])) : await settledFirstSlide();
    const diagramMs: number[] = [];
    const all = slides();
    for (const [index, slide] of all.entries()) {
      const svg = slide.querySelector('figure.diagram svg');
      if (!svg) continue;
      bringOnScreen(slide, index);
      diagramMs.push(await waitUntil(() => (kind === 'floor' || slide.classList.contains('present')) && shown(svg)));
    }
    publish({ done: true, firstSlideMs, diagramMs, error: null });
  };
  run().catch((error: unknown) =>
    publish({ done: true, firstSlideMs: Number.NaN, diagramMs: [], error: String(error) }),
  );
}

/**
 * The probe as an init script. tsx (esbuild with keepNames) wraps local functions in
 * calls to a `__name` helper that exists only in Node, so the script defines a
 * do-nothing one in its own scope rather than on the page's window.
 */
export function probeScript(kind: PageKind): string {
  const args = [kind, PROBE_KEY, PROBE_TIMEOUT_MS, READY_FLAGS.deck].map((value) => JSON.stringify(value)).join(', ');
  return `(() => { const __name = (target) => target; (${probe.toString()})(${args}); })();`;
}

/** Checks what came back from the page, since it crosses the process boundary untyped. */
export function parseProbeResult(value: unknown): ProbeResult {
  if (typeof value !== 'object' || value === null) throw new Error(`The page probe returned ${String(value)}.`);
  const record = value as Record<string, unknown>;
  if (typeof record['error'] === 'string') throw new Error(`The page probe failed: ${record['error']}`);
  const { firstSlideMs, diagramMs } = record;
  if (
    typeof firstSlideMs !== 'number' ||
    !Array.isArray(diagramMs) ||
    !diagramMs.every((ms) => typeof ms === 'number')
  ) {
    throw new Error(`The page probe returned an unexpected shape: ${JSON.stringify(value)}`);
  }
  return { done: true, firstSlideMs, diagramMs: diagramMs as number[], error: null };
}

/**
 * Chromium 15x loads two "omnibox popup" WebUI pages for every new browser window, so each
 * fresh context keeps both cores of this machine busy for about a second. A page load timed
 * in that second measures Chromium's own chrome as much as the page; so each measured load
 * first waits until Chromium's processes (as Chromium itself counts their CPU time) go quiet.
 */
const QUIET_CPU_MS = 10;
const WINDOW_MS = 100;
/** Quiet windows in a row that count as settled. */
const QUIET_WINDOWS = 2;
const MAX_WAIT_MS = 5000;

/** True once the last `QUIET_WINDOWS` samples of CPU ms per window are all quiet. */
export function settled(cpuPerWindow: readonly number[]): boolean {
  const recent = cpuPerWindow.slice(-QUIET_WINDOWS);
  return recent.length === QUIET_WINDOWS && recent.every((ms) => ms <= QUIET_CPU_MS);
}

/** CPU time all of Chromium's processes have used so far, in ms. */
async function chromiumCpuMs(session: CDPSession): Promise<number> {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return processInfo.reduce((sum, process) => sum + process.cpuTime, 0) * 1000;
}

/** Waits until the browser has been quiet for a moment, or MAX_WAIT_MS have passed. */
async function waitForQuietBrowser(browser: Browser): Promise<void> {
  const session = await browser.newBrowserCDPSession();
  try {
    const samples: number[] = [];
    let before = await chromiumCpuMs(session);
    const started = performance.now();
    while (!settled(samples) && performance.now() - started < MAX_WAIT_MS) {
      await new Promise((done) => setTimeout(done, WINDOW_MS));
      const now = await chromiumCpuMs(session);
      samples.push(Math.max(0, now - before));
      before = now;
    }
  } finally {
    await session.detach();
  }
}

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
    await waitForQuietBrowser(browser);
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

/** Page loads of deck and floor, alternating, in one browser. */
export async function pagePhase(
  context: { readonly options: BenchOptions; readonly log: (line: string) => void },
  browser: Browser,
  deckDir: string,
  floorDir: string,
): Promise<Phase> {
  const { options, log } = context;
  const deck = await serveFolder(deckDir);
  const floor = await serveFolder(floorDir);
  try {
    const measureSide =
      (side: 'deck' | 'floor', url: string) =>
      async (round: number): Promise<PageRun> => {
        const run = await measurePage(browser, url, side);
        log(
          `page ${round === 0 ? 'warm-up' : `${round}/${options.runs}`}: ${side} first slide ${formatValue(run.firstSlideMs, 'ms')}, all ${run.diagrams} diagrams ${formatValue(run.allDiagramsMs, 'ms')}`,
        );
        return run;
      };
    const runs = await alternate(options.runs, true, {
      deck: measureSide('deck', deck.url),
      floor: measureSide('floor', floor.url),
    });
    const counts = new Set([...runs.deck, ...runs.floor].map((run) => run.diagrams));
    const notes = [`Diagrams timed per load: ${[...counts].join(', ')} (deck and floor must agree).`];
    if (counts.size !== 1)
      throw new Error(`The deck and the floor showed different numbers of diagrams: ${[...counts].join(', ')}.`);
    return {
      figures: [
        figure(
          'firstSlide',
          'ms',
          runs.deck.map((run) => run.firstSlideMs),
          runs.floor.map((run) => run.firstSlideMs),
        ),
        figure(
          'allDiagrams',
          'ms',
          runs.deck.map((run) => run.allDiagramsMs),
          runs.floor.map((run) => run.allDiagramsMs),
        ),
      ],
      notes,
    };
  } finally {
    await Promise.all([deck.close(), floor.close()]);
  }
}
