import type { RevealApi } from 'reveal.js';

/** Where a `#/…` link points: a slide index and, optionally, a step within it (-1: no step shown yet). */
export interface DeepLinkTarget {
  readonly index: number;
  readonly fragment?: number;
  /** True when the link named a slide this cut leaves out, and lands on the nearest one it has. */
  readonly leftOut?: boolean;
}

/** What a link can land on: each slide's id and how many steps it has. */
export interface LinkableSlide {
  readonly id: string;
  readonly steps: number;
}

/** A part of an address, decoded; as typed when it holds a malformed escape (`%`, `%E0%A4%A`), which must never throw. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A step number as written, or undefined when the part is not a whole number. */
function stepNumber(part: string | undefined): number | undefined {
  return part !== undefined && /^-?\d{1,9}$/.test(part) ? Number(part) : undefined;
}

/** The nearest step a slide has: before its first step for negatives, its last for numbers past the end. */
function nearestStep(step: number | undefined, steps: number): number | undefined {
  if (step === undefined || steps === 0) return undefined;
  return Math.min(Math.max(step, -1), steps - 1);
}

/**
 * Resolves `#/2016`, `#/2016/2` (reveal.js's own form: slide id, then step),
 * `#/2016/0/2` or `#/7` against the deck's slides. reveal.js reads a purely numeric
 * name as a slide index, so `#/2016` would land on the last slide; slide ids win
 * here, and bare numbers fall back to indexes, clamped to the deck. Steps are
 * clamped to the slide's. A slide the deck's cut leaves out (`leftOut`: its id, and the
 * id of the slide of the cut nearest to it) lands on that slide, with no step shown and
 * `leftOut` set. Null when the address names no slide (`#/nowhere`,
 * `#/%`, `#/-3`): the caller decides where that lands. Never throws.
 */
export function resolveDeepLink(
  hash: string,
  slides: readonly LinkableSlide[],
  leftOut: ReadonlyMap<string, string> = new Map(),
): DeepLinkTarget | null {
  if (!hash.startsWith('#/') || slides.length === 0) return null;
  const [rawName = '', ...rest] = hash.slice(2).split('/');
  const name = decodePart(rawName);
  const landing = slides.some((slide) => slide.id === name) ? undefined : leftOut.get(name);
  if (landing !== undefined) {
    const index = slides.findIndex((slide) => slide.id === landing);
    return index < 0 ? null : { index, leftOut: true };
  }
  const byId = slides.findIndex((slide) => slide.id === name);
  const index = byId >= 0 ? byId : /^\d{1,9}$/.test(name) ? Math.min(Number(name), slides.length - 1) : -1;
  if (index < 0) return null;
  // A named slide's step comes right after its name (reveal.js writes `#/id/3`); `#/h/v/f` has it third.
  const step = stepNumber(byId >= 0 && rest.length === 1 ? rest[0] : rest[1]);
  const fragment = nearestStep(step, slides[index]?.steps ?? 0);
  return fragment === undefined ? { index } : { index, fragment };
}

export function linkableSlides(doc: Document): LinkableSlide[] {
  return [...doc.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((slide) => ({
    id: slide.id,
    steps: slide.querySelectorAll('.fragment').length,
  }));
}

/**
 * The slides this deck's cut leaves out, with where a link to each lands: the build writes
 * them on `.reveal` (src/pipeline/deck-plugin.ts); none in a deck without cuts. A damaged
 * list is read as none, so a bad attribute can never stop the deck.
 */
export function leftOutSlides(doc: Document): ReadonlyMap<string, string> {
  const raw = doc.querySelector<HTMLElement>('.reveal')?.dataset['cutLeftOut'];
  if (raw === undefined) return new Map();
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** How long the notice of a left-out slide stays, long enough to read one sentence. */
const NOTICE_MS = 8000;

/** Says, for a while, that the slide linked to is not in this cut and this is the nearest one. */
export function showLeftOutNotice(doc: Document): void {
  const text = doc.querySelector<HTMLElement>('.reveal')?.dataset['cutNotice'];
  if (text === undefined || doc.body === null) return;
  doc.querySelector('.cut-notice')?.remove();
  const notice = doc.createElement('p');
  notice.className = 'cut-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = text;
  doc.body.append(notice);
  doc.defaultView?.setTimeout(() => notice.remove(), NOTICE_MS);
}

/**
 * Rewrites the address to a plain slide index before reveal.js reads it, so the deck
 * opens on the right slide: a year link on its year, a link to no slide on the title, a
 * link to a slide this cut leaves out on the nearest one it has, with a notice.
 */
export function normaliseInitialHash(win: Window): void {
  const hash = win.location.hash;
  if (!hash.startsWith('#/')) return;
  const target = resolveDeepLink(hash, linkableSlides(win.document), leftOutSlides(win.document));
  const address =
    target === null ? '#/' : `#/${target.index}${target.fragment === undefined ? '' : `/0/${target.fragment}`}`;
  win.history.replaceState(win.history.state, '', address);
  if (target?.leftOut) showLeftOutNotice(win.document);
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
 * An address that names no slide leaves the deck where it is.
 */
export function followDeepLinks(deck: RevealApi, win: Window): void {
  win.addEventListener('hashchange', () => {
    const target = resolveDeepLink(win.location.hash, linkableSlides(win.document), leftOutSlides(win.document));
    if (target) go(deck, target);
    if (target?.leftOut) showLeftOutNotice(win.document);
  });
  win.document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#/"]') : null;
      const target = link ? resolveDeepLink(link.getAttribute('href') ?? '', linkableSlides(win.document)) : null;
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      go(deck, target);
    },
    { capture: true },
  );
}
