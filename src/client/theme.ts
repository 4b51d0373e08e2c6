import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The two looks: light for stage and paper, dark for dim halls. */
export type Theme = 'light' | 'dark';

/** reveal.js binds no key to D; the title slide's hint names it. */
const D_KEY = 68;
const STORAGE_KEY = 'deck-theme';
/** Every window of the deck (the speaker view's frames too) follows a switch made in any one of them. */
const CHANNEL = 'deck-theme';

function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/** The tab's own storage, or null where the browser refuses it (a file:// page in some browsers). */
function tabStorage(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

/** The look to start with: `?theme=` when the address gives one, else what this tab chose last, else light. */
export function initialTheme(search: string, stored: string | null): Theme {
  const asked = new URLSearchParams(search).get('theme');
  if (isTheme(asked)) return asked;
  return isTheme(stored) ? stored : 'light';
}

/** Shows a look; light is the absence of the attribute, so the page is light before any script runs. */
export function applyTheme(doc: Document, theme: Theme): void {
  if (theme === 'dark') doc.documentElement.setAttribute('data-theme', 'dark');
  else doc.documentElement.removeAttribute('data-theme');
}

export function currentTheme(doc: Document): Theme {
  return doc.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

/** The look's channel between the deck's windows; null where the browser has none. */
export interface ThemeLink {
  readonly theme: Theme;
  readonly channel: BroadcastChannel | null;
}

function show(win: Window, theme: Theme): void {
  applyTheme(win.document, theme);
  tabStorage(win)?.setItem(STORAGE_KEY, theme);
}

/**
 * Sets the look the page opens with, and remembers it for the tab. Print views stay light.
 * Other windows' switches are listened for from here on, before reveal.js starts: a
 * speaker view's preview that started later would otherwise miss a switch made meanwhile.
 */
export function startTheme(win: Window, print: boolean): ThemeLink {
  const storage = tabStorage(win);
  const theme = print ? 'light' : initialTheme(win.location.search, storage?.getItem(STORAGE_KEY) ?? null);
  applyTheme(win.document, theme);
  if (print) return { theme, channel: null };
  storage?.setItem(STORAGE_KEY, theme);
  const channel = 'BroadcastChannel' in win ? new BroadcastChannel(CHANNEL) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isTheme(event.data)) show(win, event.data);
  });
  return { theme, channel };
}

/**
 * The D key switches between the looks. The choice is kept for the tab (sessionStorage,
 * which a speaker window opened from the deck starts with a copy of) and sent to the
 * deck's other windows, so the speaker view's previews change with the stage.
 */
export function themeSwitch(win: Window, link: ThemeLink): RevealPlugin {
  return {
    id: 'theme-switch',
    init(deck: RevealApi) {
      deck.addKeyBinding({ keyCode: D_KEY, key: 'D', description: 'Dark or light' }, () => {
        const next: Theme = currentTheme(win.document) === 'dark' ? 'light' : 'dark';
        show(win, next);
        link.channel?.postMessage(next);
      });
    },
  };
}
