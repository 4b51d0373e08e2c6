import { describe, expect, it } from 'vitest';
import { normaliseInitialHash, resolveDeepLink, slideAt } from '../../../src/client/deep-links.ts';
import { DEEP_LINK_CASES } from '../../fixtures/deep-link-cases.ts';

const SLIDES = [
  { id: 'title', steps: 0 },
  { id: 'the-warning', steps: 0 },
  { id: '2014', steps: 3 },
  { id: '2015', steps: 4 },
  { id: 'sources', steps: 0 },
];

describe('deep links', () => {
  it('land a slide the cut leaves out on the nearest slide it has, and say so', () => {
    const leftOut = new Map([
      ['who-is-who', 'the-warning'],
      ['2015-2', '2015'],
    ]);
    expect(resolveDeepLink('#/who-is-who', SLIDES, leftOut)).toEqual({ h: 1, v: 0, leftOut: true });
    expect(resolveDeepLink('#/2015-2/0/3', SLIDES, leftOut)).toEqual({ h: 3, v: 0, leftOut: true });
    // A slide the deck has wins over the list; a landing the deck lacks names no slide.
    expect(resolveDeepLink('#/2015', SLIDES, new Map([['2015', 'title']]))).toEqual({ h: 3, v: 0 });
    expect(resolveDeepLink('#/gone', SLIDES, new Map([['gone', 'missing']]))).toBeNull();
  });

  it('read a year as a slide id, not as an index', () => {
    expect(resolveDeepLink('#/2015', SLIDES)).toEqual({ h: 3, v: 0 });
    expect(resolveDeepLink('#/2015/0/2', SLIDES)).toEqual({ h: 3, v: 0, fragment: 2 });
  });

  it('read a step after a slide id, as reveal.js writes it', () => {
    expect(resolveDeepLink('#/2015/2', SLIDES)).toEqual({ h: 3, v: 0, fragment: 2 });
  });

  it('fall back to indexes for bare numbers that are no slide id', () => {
    expect(resolveDeepLink('#/1', SLIDES)).toEqual({ h: 1, v: 0 });
    expect(resolveDeepLink('#/99', SLIDES)).toEqual({ h: 4, v: 0 });
  });

  it('resolve named slides and name no slide for unknown ones', () => {
    expect(resolveDeepLink('#/sources', SLIDES)).toEqual({ h: 4, v: 0 });
    expect(resolveDeepLink('#/nowhere', SLIDES)).toBeNull();
    expect(resolveDeepLink('', SLIDES)).toBeNull();
  });

  it.each([
    '#/%',
    '#/%E0%A4%A',
    '#/2016%',
    '#/%ZZ/0/1',
    '#/-3',
    '#/',
    '#//',
    '#/../..',
    '#/1e3',
    '#/99999999999999999999',
  ])('never throw on %s', (hash) => {
    expect(() => resolveDeepLink(hash, SLIDES)).not.toThrow();
    const target = resolveDeepLink(hash, SLIDES);
    if (target) expect(target.h).toBeLessThan(SLIDES.length);
  });

  it('take the nearest step a slide has', () => {
    expect(resolveDeepLink('#/2014/-5/-5', SLIDES)).toEqual({ h: 2, v: 0, fragment: -1 });
    expect(resolveDeepLink('#/2014/0/99', SLIDES)).toEqual({ h: 2, v: 0, fragment: 2 });
    expect(resolveDeepLink('#/2014/0/%ZZ', SLIDES)).toEqual({ h: 2, v: 0 });
    expect(resolveDeepLink('#/title/0/3', SLIDES)).toEqual({ h: 0, v: 0 });
    expect(resolveDeepLink('#/2/0/1', SLIDES)).toEqual({ h: 2, v: 0, fragment: 1 });
  });

  // The deck's Sources: one slide on the path, its list stacked under it (src/deck/render-deck.ts, deckMarkup).
  const STACKED = [
    { id: 'title', steps: 0 },
    { id: 'closing', steps: 2 },
    { id: 'sources', steps: 0 },
    { id: 'sources-2', steps: 0, v: 1 },
    { id: 'sources-3', steps: 0, v: 2 },
  ];
  const holding = (id: string): string | undefined =>
    ({ 'source-1': 'sources-2', 'source-12': 'sources-3', 'fig-1': 'closing' })[id];

  it('land a stacked page by its id, its place, or an element on it', () => {
    expect(resolveDeepLink('#/sources', STACKED)).toEqual({ h: 2, v: 0 });
    expect(resolveDeepLink('#/sources-3', STACKED)).toEqual({ h: 2, v: 2 });
    expect(resolveDeepLink('#/2/1', STACKED)).toEqual({ h: 2, v: 1 });
    expect(resolveDeepLink('#/2/9', STACKED)).toEqual({ h: 2, v: 2 });
    expect(resolveDeepLink('#/99', STACKED)).toEqual({ h: 2, v: 0 });
    expect(resolveDeepLink('#source-12', STACKED, new Map(), holding)).toEqual({ h: 2, v: 2 });
    expect(resolveDeepLink('#fig-1', STACKED, new Map(), holding)).toEqual({ h: 1, v: 0 });
    expect(resolveDeepLink('#source-99', STACKED, new Map(), holding)).toBeNull();
    expect(slideAt(STACKED, { h: 2, v: 1 })?.id).toBe('sources-2');
  });
});

/** A window holding a deck of these slides, opened at `hash`: what normaliseInitialHash reads and rewrites. */
function windowAt(
  hash: string,
  slides: typeof DECK,
  cut: Readonly<Record<string, string>> = {},
): { win: Window; address: () => string; notices: string[] } {
  let address = hash;
  const notices: string[] = [];
  const sections = slides.map(({ id, steps }) => ({ id, querySelectorAll: () => ({ length: steps }) }));
  const reveal = { dataset: cut };
  const body = { append: (notice: { textContent: string }) => notices.push(notice.textContent) };
  const win = {
    location: { hash },
    document: {
      querySelectorAll: () => sections,
      querySelector: (selector: string) => (selector === '.reveal' ? reveal : null),
      createElement: () => ({ setAttribute: () => undefined, remove: () => undefined, textContent: '' }),
      body,
      defaultView: { setTimeout: () => 0 },
    },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        address = url;
      },
    },
  };
  return { win: win as unknown as Window, address: () => address, notices };
}

/** A deck like the talk's: a title, years with steps, sources last. */
const DECK = [
  { id: 'title', steps: 0 },
  { id: 'the-warning', steps: 0 },
  { id: '2015', steps: 2 },
  { id: '2016', steps: 4 },
  { id: 'sources', steps: 0 },
];

describe('a deck opened at a mistyped or hostile link', () => {
  // The address reveal.js then reads: `#/index`, with `/0/step` for a step (-1: none shown yet).
  it.each(DEEP_LINK_CASES)('%s opens on the slide and step it should', (hash, landing) => {
    const { win, address } = windowAt(hash, DECK);
    expect(() => normaliseInitialHash(win)).not.toThrow();
    const slide =
      landing.slide === 'title'
        ? 0
        : landing.slide === 'last'
          ? DECK.length - 1
          : DECK.findIndex((s) => s.id === landing.slide);
    const steps = DECK[slide]!.steps;
    const opened = address();
    if (landing.slide === 'title') expect(opened).toBe('#/');
    else if (landing.shown === 'all') expect(opened).toBe(`#/${slide}/0/${steps - 1}`);
    else expect(opened).toMatch(new RegExp(`^#/${slide}(/0/-1)?$`));
  });
});

describe('a cut deck opened at a slide it leaves out', () => {
  const cut = {
    cutLeftOut: JSON.stringify({ 'who-is-who': 'the-warning' }),
    cutNotice: 'The 10-minute version leaves that slide out: this is the nearest one.',
  };

  it('opens on the nearest slide of the cut with the notice', () => {
    const { win, address, notices } = windowAt('#/who-is-who', DECK, cut);
    normaliseInitialHash(win);
    expect(address()).toBe('#/1');
    expect(notices).toEqual([cut.cutNotice]);
  });

  it('shows no notice for a slide the cut has', () => {
    const { win, address, notices } = windowAt('#/2016', DECK, cut);
    normaliseInitialHash(win);
    expect(address()).toBe('#/3');
    expect(notices).toEqual([]);
  });

  it('reads a damaged list as none, and still opens a deck', () => {
    const { win, address } = windowAt('#/who-is-who', DECK, { cutLeftOut: '{not json', cutNotice: 'x' });
    expect(() => normaliseInitialHash(win)).not.toThrow();
    expect(address()).toBe('#/');
  });
});
