/**
 * The instrument put into every measured page (deck and floor alike) before any of the
 * page's own code runs. It times, from navigation start (performance.now()'s origin):
 *
 * - first slide: the first painted frame from which the first slide stays visible
 *   (rendered box of non-zero size inside the viewport, not hidden by display,
 *   visibility or opacity) at the place and size it has once the deck is ready, with
 *   the web fonts it asked for loaded. For the floor that is its first visible frame;
 *   for the deck the walk goes on until `data-deck-ready` is set (reveal.js has started)
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
function probe(kind: PageKind, key: string, timeoutMs: number): void {
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
      if (document.documentElement.dataset['deckReady'] === 'true') return since;
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
  const args = [kind, PROBE_KEY, PROBE_TIMEOUT_MS].map((value) => JSON.stringify(value)).join(', ');
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
