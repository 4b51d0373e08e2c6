import type { RevealApi } from 'reveal.js';
import { PREVIEW_PARAM, PREVIEW_READY } from '../contract.ts';
import { paletteCss } from '../look/theme-css.ts';
import type { Words } from '../words/types.ts';
import { previewTarget } from './messages.ts';
import { REHEARSAL_KEY, toggleRehearsalTable } from './rehearsal.ts';
import { fillTime, type Pace, paceAt } from './speaker-pacing.ts';
import { applyTheme, currentTheme } from './theme.ts';

/**
 * The speaker view, written by the deck itself rather than by reveal.js's notes plugin.
 *
 * Why not the stock plugin: its window is a page of reveal.js's own, whose inline script had
 * to be allowed by a hash read out of the plugin's bundled source (a guess that breaks on
 * any reveal.js update), which talks to the deck through a half-second handshake of
 * messages (the step that failed intermittently in the full end-to-end run), which lays out
 * labels over its previews, stays white in the dark look, and brings a Markdown parser the
 * deck does not use. Here the window is an about:blank page that shares the deck's origin
 * (served or from a file), so the deck's own code builds it and updates it directly: no
 * script runs in it (nothing to allow in the Content-Security-Policy, which it inherits),
 * no handshake, and the notes, clock and look follow the deck's events as they happen.
 * Only the two previews, which are the deck itself in frames, are driven by message, with
 * the commands and trust rules of messages.ts.
 */

/** The name the window is opened under: pressing S again finds it instead of opening another. */
const WINDOW_NAME = 'deck-speaker-view';
/** Keys the speaker view keeps for itself: Tab (focus), F5 (a reload would empty the window). */
const TAB = 9;
const F5 = 116;
const R_KEY = 82;

/** The speaker view's words, its title filled in with the talk's (src/words/types.ts `speakerView`). */
type SpeakerWords = Omit<Words['speakerView'], 'title'> & { readonly title: string };

/** The words, from the `data-speaker-*` attributes the build writes on `.reveal` (deck-plugin.ts). */
function wordsOf(doc: Document): SpeakerWords {
  const data = doc.querySelector<HTMLElement>('.reveal')?.dataset ?? {};
  const word = (name: string): string => data[`speaker${name}`] ?? '';
  return {
    title: word('Title') || doc.title,
    current: word('Current'),
    upcoming: word('Upcoming'),
    notes: word('Notes'),
    time: word('Time'),
    elapsed: word('Elapsed'),
    remaining: word('Remaining'),
    ahead: word('Ahead'),
    behind: word('Behind'),
    onTime: word('OnTime'),
    restart: word('Restart'),
  };
}

/**
 * The layout, for a laptop screen (1366×768, 1280×800): the two previews side by side along
 * the top with the time beside them, the notes across the full width below, at 22 px (never
 * smaller: tests/e2e/speaker-view.spec.ts checks every step of every slide fits unscrolled).
 */
const STYLE = `
html, body { margin: 0; height: 100%; background: var(--paper); color: var(--ink); }
body { font-family: "Source Sans 3", "Noto Naskh Arabic", system-ui, sans-serif; overflow: hidden; }
.speaker { box-sizing: border-box; height: 100vh; padding: 10px 14px; display: grid; gap: 10px 14px;
  grid-template-columns: min(31vw, 29rem) min(31vw, 29rem) minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr); }
.speaker-preview { display: block; box-sizing: border-box; width: 100%; aspect-ratio: 16 / 9; height: auto;
  border: 1px solid var(--border); background: var(--paper); pointer-events: none; }
.speaker-time { align-self: start; margin: 0; font-size: 24px; line-height: 1.3; }
.speaker-time p { margin: 0 0 4px; }
.speaker-elapsed { font-size: 34px; font-weight: 700; font-variant-numeric: tabular-nums; }
.speaker-remaining, .speaker-clock { color: var(--muted); font-variant-numeric: tabular-nums; }
.speaker-pace { font-weight: 700; }
.speaker-pace[data-status="behind"] { color: var(--warning); }
.speaker-restart { font: inherit; font-size: 20px; margin-top: 6px; padding: 4px 12px; color: var(--ink);
  background: var(--panel); border: 1px solid var(--border); border-radius: 4px; cursor: pointer; }
.speaker-restart:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.speaker-notes { grid-column: 1 / -1; margin: 0; overflow: hidden; border-top: 1px solid var(--rule);
  padding-top: 6px; font-size: 22px; line-height: 1.25; }
.speaker-notes * { font-size: inherit; }
.speaker-notes p, .speaker-notes ol { margin: 0 0 6px; }
.speaker-notes ol { padding: 0; list-style: none; }
.speaker-notes .notes-next { color: var(--muted); }
.speaker-notes .cite { color: var(--muted); text-decoration: none; }
.speaker-notes .badge { font-weight: 700; color: var(--muted); }
.speaker-step { border-left: 4px solid var(--accent); padding-left: 10px; }
`;

/** The page's skeleton; every word in it is set as text afterwards, never parsed as markup. */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title></title><style class="speaker-palette"></style><style class="speaker-fonts"></style><style class="speaker-style"></style></head>
<body><main class="speaker" id="speaker-view">
<iframe class="speaker-preview speaker-current"></iframe>
<iframe class="speaker-preview speaker-next"></iframe>
<section class="speaker-time" aria-live="off"><p class="speaker-elapsed"></p><p class="speaker-pace" data-status="on-time"></p><p class="speaker-remaining"></p><p class="speaker-clock"></p><button type="button" class="speaker-restart"></button></section>
<section class="speaker-notes"></section>
</main></body></html>`;

/** The deck's font faces, with their addresses made absolute, so the notes are set in the deck's type. */
function fontFaces(doc: Document): string {
  const rules: string[] = [];
  for (const sheet of [...doc.styleSheets]) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue;
    }
    const base = sheet.href ?? doc.baseURI;
    for (const rule of [...cssRules]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      rules.push(
        rule.cssText.replace(/url\("?([^")]+)"?\)/g, (_, address: string) => `url("${new URL(address, base).href}")`),
      );
    }
  }
  return rules.join('\n');
}

/** Everything a slide or a step shows in the speaker view, as the open window's elements. */
interface SpeakerPage {
  readonly doc: Document;
  readonly current: HTMLIFrameElement;
  readonly next: HTMLIFrameElement;
  readonly elapsed: HTMLElement;
  readonly pace: HTMLElement;
  readonly remaining: HTMLElement;
  readonly clock: HTMLElement;
  readonly restart: HTMLButtonElement;
  readonly notes: HTMLElement;
}

function element<T extends Element>(doc: Document, selector: string): T {
  const found = doc.querySelector<T>(selector);
  if (!found)
    throw new Error(`speaker view: ${selector} missing from its page; see PAGE in src/client/speaker-page.ts`);
  return found;
}

function writePage(speaker: Window, deckDoc: Document, words: SpeakerWords): SpeakerPage {
  const doc = speaker.document;
  doc.open();
  doc.write(PAGE);
  doc.close();
  doc.documentElement.lang = deckDoc.documentElement.lang;
  doc.documentElement.dir = deckDoc.documentElement.dir;
  doc.title = words.title;
  element(doc, '.speaker-palette').textContent = paletteCss();
  element(doc, '.speaker-fonts').textContent = fontFaces(deckDoc);
  element(doc, '.speaker-style').textContent = STYLE;
  const page: SpeakerPage = {
    doc,
    current: element(doc, '.speaker-current'),
    next: element(doc, '.speaker-next'),
    elapsed: element(doc, '.speaker-elapsed'),
    pace: element(doc, '.speaker-pace'),
    remaining: element(doc, '.speaker-remaining'),
    clock: element(doc, '.speaker-clock'),
    restart: element(doc, '.speaker-restart'),
    notes: element(doc, '.speaker-notes'),
  };
  page.current.title = words.current;
  page.next.title = words.upcoming;
  page.notes.setAttribute('aria-label', words.notes);
  element(doc, '.speaker-time').setAttribute('aria-label', words.time);
  page.restart.textContent = words.restart;
  return page;
}

/**
 * The address of a preview: the deck itself, quiet (no controls, keys, touch, transitions or
 * slide number) and in the look on show; `receiver` marks it as a preview (view.ts).
 */
function previewAddress(deckWin: Window): string {
  const url = new URL(deckWin.location.href);
  url.hash = '';
  const quiet: Record<string, string> = {
    controls: 'false',
    progress: 'false',
    keyboard: 'false',
    touch: 'false',
    help: 'false',
    transition: 'none',
    backgroundTransition: 'none',
    slideNumber: 'false',
    // reveal.js turns a deck narrower than 435 px into a scrolling page, where steps are scrolled to, not set.
    scrollActivationWidth: 'false',
    theme: currentTheme(deckWin.document),
  };
  const params = new URLSearchParams(url.search);
  params.set(PREVIEW_PARAM, '');
  for (const [name, value] of Object.entries(quiet)) params.set(name, value);
  url.search = params.toString();
  return url.href;
}

/**
 * The notes of the step on show. A slide's own notes (`:scope > aside.notes`) are what the
 * speaker says, stresses and bridges with; what left the stage (`.notes-detail`, record
 * lines) is the handout's, except where the deck split it by step: a step's own aside
 * (reveal.js's convention, an `aside.notes` inside the fragment) shows under what to say
 * while that step is the current one. During such a step the bridge to the next slide gives
 * way to the step's notes until the slide's last step, when → leaves the slide: so every
 * step fits the screen at 22 px.
 */
export function notesOfStep(slide: Element): { readonly spoken: Element[]; readonly step: Element[] } {
  const aside = slide.querySelector(':scope > aside.notes');
  const own = aside ? [...aside.children].filter((child) => !child.matches('.notes-detail, .notes-record')) : [];
  // A step may bring several elements on at once (a year's card and its mark on the strip): the one with notes speaks for it.
  const stepAside = slide.querySelector('.fragment.current-fragment > aside.notes');
  if (!stepAside) return { spoken: own, step: [] };
  const leaving = slide.querySelector('.fragment:not(.visible)') === null;
  const spoken = leaving ? own : own.filter((child) => !child.matches('.notes-next'));
  return { spoken, step: [...stepAside.children] };
}

function showNotes(page: SpeakerPage, slide: Element): void {
  const { spoken, step } = notesOfStep(slide);
  const copy = (node: Element): Element => {
    const clone = page.doc.importNode(node, true);
    // Citation numbers stay as text: a link would navigate the speaker window itself.
    for (const link of clone.querySelectorAll('a[href]')) link.removeAttribute('href');
    return clone;
  };
  const parts: Node[] = spoken.map(copy);
  if (step.length > 0) {
    const block = page.doc.createElement('div');
    block.className = 'speaker-step';
    block.append(...step.map(copy));
    parts.push(block);
  }
  page.notes.replaceChildren(...parts);
}

function showPace(page: SpeakerPage, words: SpeakerWords, pace: Pace, now: Date, lang: string): void {
  page.elapsed.textContent = fillTime(words.elapsed, pace.elapsed);
  page.remaining.textContent = fillTime(words.remaining, pace.remaining, pace.plan);
  const status = { ahead: words.ahead, behind: words.behind, 'on-time': words.onTime }[pace.status];
  page.pace.textContent = fillTime(status, pace.by);
  page.pace.dataset['status'] = pace.status;
  page.clock.textContent = now.toLocaleTimeString(lang || undefined, { hour: '2-digit', minute: '2-digit' });
}

/** The deck's state without what a preview must not copy: the overview and the pause. */
function previewState(deck: RevealApi): object {
  const { overview: _overview, paused: _paused, ...state } = deck.getState();
  return state;
}

/** The open speaker view, if any: pressing S again focuses it. */
let openView: { readonly window: Window; readonly close: () => void } | null = null;

/** Opens (or focuses) the speaker view of `deck`, running in `deckWin`. */
export function openSpeakerView(deck: RevealApi, deckWin: Window): void {
  if (openView && !openView.window.closed) {
    openView.window.focus();
    return;
  }
  openView?.close();
  const speaker = deckWin.open('', WINDOW_NAME, 'popup,width=1366,height=768');
  if (!speaker) {
    console.warn('Speaker view: the browser blocked its window; allow pop-ups for this page and press S again.');
    return;
  }
  openView = runSpeakerView(deck, deckWin, speaker);
}

/** The deck's keys, pressed in the speaker view, go to the deck: → moves on, D switches the look. */
function forwardKeys(page: SpeakerPage, deck: RevealApi): void {
  page.doc.addEventListener('keydown', (event) => {
    if (event.keyCode === F5 || ((event.metaKey || event.ctrlKey) && event.keyCode === R_KEY)) {
      event.preventDefault();
      return;
    }
    if (event.keyCode === TAB || event.metaKey || event.ctrlKey || event.altKey) return;
    // The view's one button keeps Enter and Space.
    if (event.target === page.restart && (event.key === 'Enter' || event.key === ' ')) return;
    event.preventDefault();
    // T opens the rehearsal table here, on the speaker's screen, not on the one the audience sees.
    if (event.keyCode === REHEARSAL_KEY && toggleRehearsalTable(page.doc)) return;
    deck.triggerKey(event.keyCode);
  });
}

function runSpeakerView(deck: RevealApi, deckWin: Window, speaker: Window): { window: Window; close: () => void } {
  const deckDoc = deckWin.document;
  const words = wordsOf(deckDoc);
  const page = writePage(speaker, deckDoc, words);
  const timings = deck.getSlides().map((slide) => Number(slide.dataset['timing'] ?? 0) || 0);
  let started = Date.now();
  const target = previewTarget(deckWin);
  const ready = new Set<Window>();

  const post = (frame: HTMLIFrameElement, method: string, args: unknown[] = []): void => {
    frame.contentWindow?.postMessage(JSON.stringify({ method, args }), target);
  };
  const syncPreviews = (): void => {
    const state = previewState(deck);
    if (page.current.contentWindow && ready.has(page.current.contentWindow)) post(page.current, 'setState', [state]);
    if (page.next.contentWindow && ready.has(page.next.contentWindow)) {
      post(page.next, 'setState', [state]);
      // What → shows next: a step, or the next slide on the path (never the pages stacked under this one).
      post(page.next, 'right');
    }
  };
  const tick = (): void => {
    if (speaker.closed) return;
    const pace = paceAt(timings, deck.getSlidePastCount(), (Date.now() - started) / 1000);
    showPace(page, words, pace, new Date(), deckDoc.documentElement.lang);
  };
  const follow = (): void => {
    if (speaker.closed) return;
    showNotes(page, deck.getCurrentSlide());
    syncPreviews();
    tick();
  };

  speaker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.data !== PREVIEW_READY) return;
    const source = [page.current.contentWindow, page.next.contentWindow].find((win) => win && win === event.source);
    if (!source) return;
    ready.add(source);
    syncPreviews();
  });
  forwardKeys(page, deck);
  page.restart.addEventListener('click', () => {
    started = Date.now();
    tick();
  });

  const events = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;
  for (const name of events) deck.on(name, follow);
  const looks = new MutationObserver(() => applyTheme(page.doc, currentTheme(deckDoc)));
  looks.observe(deckDoc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  applyTheme(page.doc, currentTheme(deckDoc));
  const clock = deckWin.setInterval(() => (speaker.closed ? close() : tick()), 1000);
  function close(): void {
    deckWin.clearInterval(clock);
    looks.disconnect();
    for (const name of events) deck.off(name, follow);
  }

  const address = previewAddress(deckWin);
  page.current.src = address;
  page.next.src = address;
  follow();
  return { window: speaker, close };
}
