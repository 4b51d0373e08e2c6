import type { RevealApi, RevealPlugin } from 'reveal.js';

const S_KEY = 83;

/** The name reveal.js's notes plugin opens its window under. */
const SPEAKER_WINDOW = 'reveal.js - Notes';

/** The speaker view's words, written into the page by the build (deck-plugin.ts). */
interface SpeakerViewWords {
  readonly title: string;
  readonly current: string;
  readonly upcoming: string;
  readonly layout: string;
}

function wordsOf(doc: Document): SpeakerViewWords {
  const data = doc.querySelector<HTMLElement>('.reveal')?.dataset ?? {};
  return {
    title: data['speakerTitle'] ?? doc.title,
    current: data['speakerCurrent'] ?? '',
    upcoming: data['speakerUpcoming'] ?? '',
    layout: data['speakerLayout'] ?? '',
  };
}

/**
 * Registers the speaker view's key (S) and loads reveal.js's notes plugin only when it
 * is pressed. The plugin bundles a Markdown parser that would otherwise be parsed and
 * set up before the first slide shows, for a window most audiences never open.
 */
export function lazySpeakerView(): RevealPlugin {
  return {
    id: 'speaker-view-loader',
    init(deck: RevealApi) {
      labelSpeakerWindows(window);
      deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: 'Speaker notes view' }, () => {
        void openSpeakerView(deck);
      });
    },
  };
}

async function openSpeakerView(deck: RevealApi): Promise<void> {
  const { default: Notes } = await import('reveal.js/plugin/notes');
  const notes = Notes();
  // The plugin takes over the S key from here on, and keeps the speaker window in sync.
  await notes.init?.(deck);
  notes.open();
}

/**
 * reveal.js writes its speaker window itself, in English, with unnamed previews and an
 * unnamed layout menu, and timer digits too faint to read. The deck cannot change that
 * page, but it opens it: each time it does, the window gets the talk's language and
 * title, names for its previews and menu, and readable digits.
 */
function labelSpeakerWindows(win: Window): void {
  const open = win.open.bind(win);
  win.open = (...args: Parameters<Window['open']>): Window | null => {
    const opened = open(...args);
    // The notes plugin writes the window's page right after this returns, in the same task.
    if (opened && args[1] === SPEAKER_WINDOW) win.setTimeout(() => labelSpeakerWindow(win.document, opened.document));
    return opened;
  };
}

const SPEAKER_STYLE = [
  // reveal.js mutes leading zeros at 30% opacity, below AA contrast; muted grey keeps them legible.
  '.speaker-controls-time span.mute { opacity: 1; color: #595959; }',
  '.speaker-controls-time .label, .speaker-controls-notes .label { color: #595959; }',
].join('\n');

function labelSpeakerWindow(deck: Document, speaker: Document): void {
  const words = wordsOf(deck);
  speaker.documentElement.lang = deck.documentElement.lang;
  speaker.title = words.title;
  const style = speaker.createElement('style');
  style.textContent = SPEAKER_STYLE;
  speaker.head.append(style);
  speaker.querySelector('.speaker-layout-dropdown')?.setAttribute('aria-label', words.layout);
  const nameFrames = (): void => {
    speaker.querySelector('#current-slide iframe')?.setAttribute('title', words.current);
    speaker.querySelector('#upcoming-slide iframe')?.setAttribute('title', words.upcoming);
  };
  nameFrames();
  // The previews are added once the window has connected to the deck.
  const view = speaker.defaultView;
  if (view) new view.MutationObserver(nameFrames).observe(speaker.body, { childList: true, subtree: true });
}
