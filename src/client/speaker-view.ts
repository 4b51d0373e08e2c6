import type { RevealApi, RevealPlugin } from 'reveal.js';

const S_KEY = 83;

/**
 * Registers the speaker view's key (S) and loads the speaker view's code only when it is
 * pressed: most audiences' browsers never open it, so the first slide does not wait for it.
 * The view itself, and why it is the deck's own page rather than reveal.js's notes plugin:
 * speaker-page.ts.
 */
export function lazySpeakerView(): RevealPlugin {
  return {
    id: 'speaker-view-loader',
    init(deck: RevealApi) {
      deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: 'Speaker view' }, () => {
        void import('./speaker-page.ts').then(({ openSpeakerView }) => openSpeakerView(deck, window));
      });
    },
  };
}
