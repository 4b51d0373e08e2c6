import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The R key's code. */
const R_KEY = 82;

/**
 * The reading edition's address, as the build links it in the page's head
 * (`<link rel="alternate" type="text/html" data-reading>`), with its title in the talk's words.
 */
export function readingLink(doc: Document): HTMLLinkElement | null {
  return doc.querySelector<HTMLLinkElement>('link[rel="alternate"][data-reading]');
}

/** Where R leads: the entry of the event on show (the step the speaker is on), else the slide's part of the page. */
export function readingTarget(base: string, slide: HTMLElement | undefined): string {
  const event = slide?.querySelector<HTMLElement>(
    '.fragment.current-fragment[data-event], .fragment.visible[data-event]',
  );
  const events = slide ? [...slide.querySelectorAll<HTMLElement>('.fragment.visible[data-event]')] : [];
  const current = event?.classList.contains('current-fragment') ? event : events.at(-1);
  const id = current?.dataset['event'] ?? (slide?.id ? `slide-${slide.id}` : '');
  return id ? `${base}#${id}` : base;
}

/** R opens the reading edition at what is on show; a speaker's audience can follow the same link afterwards. */
export function readingKey(win: Window): RevealPlugin {
  return {
    id: 'reading-key',
    init(deck: RevealApi) {
      const link = readingLink(win.document);
      if (!link) return;
      deck.addKeyBinding({ keyCode: R_KEY, key: 'R', description: link.title }, () => {
        win.location.assign(readingTarget(link.getAttribute('href') ?? '', deck.getCurrentSlide()));
      });
    },
  };
}
