import type { RevealApi, RevealPlugin } from 'reveal.js';
import { SLIDE_SELECTOR } from '../contract.ts';

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

/**
 * Each event card's title links to the event's entry in the reading edition, and a line that names the edition
 * (`data-reading-slot`, on the Sources slide) to the edition itself, where every source is listed once with its address. Done here, from the address the build put
 * in the head, so a deck built without a reading edition links nowhere. Not in the print view: a PDF keeps only
 * http(s) links, and a relative one would lead nowhere from a file.
 */
export function linkToReading(doc: Document, base: string, title: string): void {
  for (const heading of doc.querySelectorAll<HTMLElement>('.event-card[data-event] .card-title')) {
    const id = heading.closest<HTMLElement>('[data-event]')?.dataset['event'];
    if (!id || heading.querySelector('a')) continue;
    const anchor = doc.createElement('a');
    anchor.className = 'reading-entry';
    anchor.href = `${base}#${id}`;
    anchor.append(...heading.childNodes);
    heading.append(anchor);
  }
  // A line that names the reading edition (the Sources slide's "in the reading edition") becomes its link.
  for (const slot of doc.querySelectorAll<HTMLElement>(`${SLIDE_SELECTOR} [data-reading-slot]`)) {
    if (slot.querySelector('a')) continue;
    const anchor = doc.createElement('a');
    anchor.className = 'reading-link';
    anchor.href = base;
    anchor.title = title;
    anchor.append(...slot.childNodes);
    slot.append(anchor);
  }
}

/** R opens the reading edition at what is on show; a speaker's audience can follow the same link afterwards. */
export function readingKey(win: Window, print = false): RevealPlugin {
  return {
    id: 'reading-key',
    init(deck: RevealApi) {
      const link = readingLink(win.document);
      if (!link) return;
      if (!print) linkToReading(win.document, link.getAttribute('href') ?? '', link.title);
      deck.addKeyBinding({ keyCode: R_KEY, key: 'R', description: link.title }, () => {
        win.location.assign(readingTarget(link.getAttribute('href') ?? '', deck.getCurrentSlide()));
      });
    },
  };
}
