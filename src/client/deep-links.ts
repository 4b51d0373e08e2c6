import type { RevealApi } from 'reveal.js';

/** Where a `#/…` link points: a slide index and, optionally, a step within it. */
export interface DeepLinkTarget {
  readonly index: number;
  readonly fragment?: number;
}

/**
 * Resolves `#/2016`, `#/2016/0/2` or `#/7` against the deck's slides. reveal.js reads
 * a purely numeric name as a slide index, so `#/2016` would land on the last slide;
 * slide ids win here, and bare numbers fall back to indexes.
 */
export function resolveDeepLink(hash: string, slideIds: readonly string[]): DeepLinkTarget | null {
  const match = /^#\/([^/]+)(?:\/(\d+))?(?:\/(-?\d+))?$/.exec(hash);
  if (!match?.[1]) return null;
  const name = decodeURIComponent(match[1]);
  const byId = slideIds.indexOf(name);
  const index = byId >= 0 ? byId : /^\d+$/.test(name) ? Math.min(Number(name), slideIds.length - 1) : -1;
  if (index < 0) return null;
  return match[3] === undefined ? { index } : { index, fragment: Number(match[3]) };
}

function slideIds(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((slide) => slide.id);
}

/** Rewrites a year link to its slide index before reveal.js reads the address, so the deck opens on the right slide. */
export function normaliseInitialHash(win: Window): void {
  const target = resolveDeepLink(win.location.hash, slideIds(win.document));
  if (!target) return;
  const suffix = target.fragment === undefined ? '' : `/0/${target.fragment}`;
  win.history.replaceState(win.history.state, '', `#/${target.index}${suffix}`);
}

function go(deck: RevealApi, target: DeepLinkTarget): void {
  const current = deck.getIndices();
  if (current.h === target.index && (target.fragment === undefined || current.f === target.fragment)) return;
  deck.slide(target.index, 0, target.fragment);
}

/**
 * Follows in-deck links such as the year axis and the footnote markers. reveal.js's
 * own hash handling is off (`respondToHashChanges: false`), and its click handler for
 * `#/…` links would read `#/2019` as slide index 2019, so clicks are taken first, in the capture phase.
 */
export function followDeepLinks(deck: RevealApi, win: Window): void {
  win.addEventListener('hashchange', () => {
    const target = resolveDeepLink(win.location.hash, slideIds(win.document));
    if (target) go(deck, target);
  });
  win.document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
      const target = link ? resolveDeepLink(link.getAttribute('href') ?? '', slideIds(win.document)) : null;
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      go(deck, target);
    },
    { capture: true },
  );
}
