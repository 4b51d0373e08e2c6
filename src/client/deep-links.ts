import type { RevealApi } from 'reveal.js';
import { SLIDE_SELECTOR } from '../contract.ts';

/**
 * Where a link points, as reveal.js counts: `h`, the slide's place on the talk's path; `v`, its
 * place in a vertical stack under that slide (0: the slide on the path itself); optionally a
 * step within it (-1: no step shown yet).
 */
export interface DeepLinkTarget {
  readonly h: number;
  readonly v: number;
  readonly fragment?: number;
  /** True when the link named a slide this cut leaves out, and lands on the nearest one it has. */
  readonly leftOut?: boolean;
}

/** What a link can land on: each slide's id and how many steps it has, in the deck's order. */
export interface LinkableSlide {
  readonly id: string;
  readonly steps: number;
  /** Its place in a vertical stack: 0 or absent for a slide on the talk's path, 1, 2… for the pages under it. */
  readonly v?: number;
}

/** Each slide with its reveal.js indices: a slide with `v` 0 starts a new place on the path. */
function placed(slides: readonly LinkableSlide[]): Array<LinkableSlide & { readonly h: number; readonly v: number }> {
  let h = -1;
  return slides.map((slide) => {
    const v = slide.v ?? 0;
    if (v === 0) h += 1;
    return { ...slide, h: Math.max(h, 0), v };
  });
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

/** The slide a target lands on, by the same count of places and stacks. */
export function slideAt(slides: readonly LinkableSlide[], target: DeepLinkTarget): LinkableSlide | undefined {
  return placed(slides).find((slide) => slide.h === target.h && slide.v === target.v);
}

/**
 * Resolves `#/2016`, `#/2016/2` (reveal.js's own form: slide id, then step),
 * `#/2016/0/2` or `#/7` (and `#/7/1`, a page of the stack at 7) against the deck's slides.
 * reveal.js reads a purely numeric name as a slide index, so `#/2016` would land on the last
 * slide; slide ids win here, and bare numbers fall back to indexes, clamped to the deck. Steps
 * are clamped to the slide's. A slide the deck's cut leaves out (`leftOut`: its id, and the id
 * of the slide of the cut nearest to it) lands on that slide, with no step shown and `leftOut`
 * set. An element's own address (`#source-12`, no slash) lands on the slide that holds the
 * element (`holder`: the id of that slide). Null when the address names no slide (`#/nowhere`,
 * `#/%`, `#/-3`): the caller decides where that lands. Never throws.
 */
export function resolveDeepLink(
  hash: string,
  slides: readonly LinkableSlide[],
  leftOut: ReadonlyMap<string, string> = new Map(),
  holder: (elementId: string) => string | undefined = () => undefined,
): DeepLinkTarget | null {
  if (slides.length === 0 || !hash.startsWith('#') || hash === '#') return null;
  const deck = placed(slides);
  if (!hash.startsWith('#/')) {
    const slideId = holder(decodePart(hash.slice(1)));
    const found = deck.find((slide) => slide.id === slideId);
    return found ? { h: found.h, v: found.v } : null;
  }
  const [rawName = '', ...rest] = hash.slice(2).split('/');
  const name = decodePart(rawName);
  const landing = slides.some((slide) => slide.id === name) ? undefined : leftOut.get(name);
  if (landing !== undefined) {
    const found = deck.find((slide) => slide.id === landing);
    return found ? { h: found.h, v: found.v, leftOut: true } : null;
  }
  const named = deck.find((slide) => slide.id === name);
  const slide = named ?? byIndex(deck, name, rest[0]);
  if (slide === undefined) return null;
  // A named slide's step comes right after its name (reveal.js writes `#/id/3`); `#/h/v/f` has it third.
  const step = stepNumber(named !== undefined && rest.length === 1 ? rest[0] : rest[1]);
  const fragment = nearestStep(step, slide.steps);
  return fragment === undefined ? { h: slide.h, v: slide.v } : { h: slide.h, v: slide.v, fragment };
}

/** `#/7` or `#/7/1`: the slide at those indexes, each clamped to the deck (the last place, the stack's last page). */
function byIndex<T extends { readonly h: number; readonly v: number }>(
  deck: readonly T[],
  name: string,
  vertical: string | undefined,
): T | undefined {
  if (!/^\d{1,9}$/.test(name)) return undefined;
  const h = Math.min(Number(name), deck.at(-1)?.h ?? 0);
  const stack = deck.filter((slide) => slide.h === h);
  const v = vertical !== undefined && /^\d{1,9}$/.test(vertical) ? Number(vertical) : 0;
  return stack[Math.min(v, stack.length - 1)];
}

/** The deck's slides in order, each with its place in a vertical stack (a stack's first slide is its place on the path). */
export function linkableSlides(doc: Document): LinkableSlide[] {
  return [...doc.querySelectorAll<HTMLElement>(SLIDE_SELECTOR)].map((slide) => {
    const stack = slide.parentElement?.classList.contains('stack') ? slide.parentElement : null;
    const v = stack ? [...stack.children].filter((child) => child.matches(SLIDE_SELECTOR)).indexOf(slide) : 0;
    return { id: slide.id, steps: slide.querySelectorAll('.fragment').length, v: Math.max(v, 0) };
  });
}

/** The id of the slide that holds the element with this id (`source-12` is on a page of the Sources list). */
export function slideHolding(doc: Document): (elementId: string) => string | undefined {
  return (elementId) => doc.getElementById(elementId)?.closest<HTMLElement>(SLIDE_SELECTOR)?.id;
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
  if (!hash.startsWith('#')) return;
  const doc = win.document;
  const target = resolveDeepLink(hash, linkableSlides(doc), leftOutSlides(doc), slideHolding(doc));
  // An address of no slide that is not a slide link (`#top`) is the page's own business.
  if (target === null && !hash.startsWith('#/')) return;
  win.history.replaceState(win.history.state, '', revealAddress(target));
  if (target?.leftOut) showLeftOutNotice(doc);
}

/** The address reveal.js reads: `#/h`, `#/h/v` for a stacked page, `#/h/v/f` with a step; `#/` for none. */
function revealAddress(target: DeepLinkTarget | null): string {
  if (target === null) return '#/';
  if (target.fragment !== undefined) return `#/${target.h}/${target.v}/${target.fragment}`;
  return target.v > 0 ? `#/${target.h}/${target.v}` : `#/${target.h}`;
}

function go(deck: RevealApi, target: DeepLinkTarget): void {
  const current = deck.getIndices();
  const here = current.h === target.h && (current.v ?? 0) === target.v;
  if (here && (target.fragment === undefined || current.f === target.fragment)) return;
  deck.slide(target.h, target.v, target.fragment);
}

/**
 * Follows in-deck links such as the year axis and the footnote markers. reveal.js's
 * own hash handling is off (`respondToHashChanges: false`), and its click handler for
 * `#/…` links would read `#/2019` as slide index 2019, so clicks are taken first, in the capture phase.
 * An address that names no slide leaves the deck where it is.
 */
export function followDeepLinks(deck: RevealApi, win: Window): void {
  win.addEventListener('hashchange', () => {
    const doc = win.document;
    const target = resolveDeepLink(win.location.hash, linkableSlides(doc), leftOutSlides(doc), slideHolding(doc));
    if (target) go(deck, target);
    if (target?.leftOut) showLeftOutNotice(win.document);
  });
  win.document.addEventListener(
    'click',
    (event) => {
      const doc = win.document;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
      const href = link?.getAttribute('href') ?? '';
      // An element's address (`#source-12`) would make the browser scroll the deck itself; it goes to its slide instead.
      const target = link ? resolveDeepLink(href, linkableSlides(doc), new Map(), slideHolding(doc)) : null;
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      go(deck, target);
    },
    { capture: true },
  );
}
