import type { RevealApi, RevealPlugin } from 'reveal.js';

const S_KEY = 83;

/**
 * Registers the speaker view's key (S) and loads reveal.js's notes plugin only when it
 * is pressed. The plugin bundles a Markdown parser that would otherwise be parsed and
 * set up before the first slide shows, for a window most audiences never open.
 */
export function lazySpeakerView(): RevealPlugin {
  return {
    id: 'speaker-view-loader',
    init(deck: RevealApi) {
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
