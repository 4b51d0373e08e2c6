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

/**
 * Each event card's title links to the event's entry in the reading edition, and the first Sources slide to the
 * edition itself, where every source is listed once with its address. Done here, from the address the build put
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
  const sources = doc.querySelector<HTMLElement>('.reveal .slides > section.slide--sources');
  if (!sources || sources.querySelector('.reading-link')) return;
  const line = doc.createElement('p');
  line.className = 'reading-link';
  const anchor = doc.createElement('a');
  anchor.href = base;
  anchor.textContent = title;
  line.append(anchor);
  sources.querySelector('h2, h1')?.after(line);
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
