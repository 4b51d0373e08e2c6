import { REFERENCE_CLASS } from '../contract.ts';

/**
 * Turns reveal.js's print view into the A4 handout: each page shows the slide on
 * top, then its speaker notes and the sources of its facts, and a footer with the
 * talk's title and the slide number. Everything is moved or cloned from the deck's
 * own DOM, so no text is parsed as markup here.
 */
export async function layOutHandout(doc: Document): Promise<void> {
  const words = handoutWords(doc);
  doc.documentElement.classList.add('handout');
  // reveal.js sizes the page to one slide; the handout's pages are A4.
  doc.body.style.removeProperty('width');
  doc.body.style.removeProperty('height');
  const pageStyle = doc.createElement('style');
  pageStyle.textContent = '@page { size: A4 portrait; margin: 0; }';
  doc.head.append(pageStyle);
  const sourceEntries = new Map(
    [...doc.querySelectorAll<HTMLLIElement>('ol.sources > li[id^="source-"]')].map((entry) => [entry.value, entry]),
  );
  const pages = [...doc.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')];
  const panels = pages.flatMap((page, index) => {
    const slide = page.querySelector<HTMLElement>('section');
    if (!slide) return [];
    const panel = handoutPanel(doc, words, slide, sourceEntries);
    page.append(panel, handoutFooter(doc, words, index + 1, pages.length));
    return [{ page, panel, slideId: slide.id } satisfies HandoutPage];
  });
  const cover = panels[0];
  if (cover) summariseOnCover(doc, cover.panel);
  // Measured in a fallback font the fit would be off: the pages are laid out once, so that the fonts their text
  // uses are asked for, and fitted when those have arrived (fitting twice took a second of the PDF command).
  doc.body.getBoundingClientRect();
  await doc.fonts.ready;
  fitPanels(panels);
}

/**
 * The handout's first page summarises the talk: the closing slide's takeaways, in full and with their
 * citations (as its notes give them), under the closing slide's own heading. A reader who keeps only
 * the first page keeps what the talk concludes.
 */
function summariseOnCover(doc: Document, panel: HTMLElement): void {
  const closing = doc.querySelector<HTMLElement>('.reveal .slides section.slide--closing');
  const heading = closing?.querySelector('h2');
  const takeaways =
    closing?.querySelector('aside.notes .notes-detail ul.notes-points') ?? closing?.querySelector('ul.points');
  if (!heading?.textContent || !takeaways) return;
  // The heading's own nodes, so its words stay isolated for direction (<bdi>) as on the slide.
  const caption = label(doc, '');
  caption.append(...[...heading.childNodes].map((node) => node.cloneNode(true)));
  const summary = doc.createElement('div');
  summary.className = 'handout-summary';
  // Where the talk is published, as the closing slide shows it (a QR code and the address), when it declares one.
  const published = closing?.querySelector('figure.published');
  summary.append(caption, takeaways.cloneNode(true), ...(published ? [published.cloneNode(true)] : []));
  panel.prepend(summary);
}

/**
 * Font sizes the notes may shrink through, largest first, before a panel counts as too long.
 * The smallest (10 px, 7.5 pt on paper) is reached only by a slide citing two dozen sources,
 * such as a map of every attack with each claim's source.
 */
export const PANEL_FONT_SIZES = [13.5, 13, 12.5, 12, 11.5, 11, 10.5, 10] as const;

/**
 * Scales of the printed slide, largest first (0.5578 is the slide at the page's text width).
 * A page whose notes carry much of what left the stage prints its slide smaller before its
 * notes go below a comfortable reading size.
 */
export const HANDOUT_SLIDE_SCALES = [0.5578, 0.47, 0.4, 0.34] as const;
/** The smallest notes size tried before the slide shrinks, except at the last scale. */
const COMFORTABLE_FONT_SIZE = 11.5;

/** The sizes a panel tries, in order: each scale of the slide with the notes' sizes it allows. */
const FIT_STEPS: ReadonlyArray<{ readonly scale: number; readonly size: number }> = HANDOUT_SLIDE_SCALES.flatMap(
  (scale) =>
    PANEL_FONT_SIZES.filter((size) => scale === HANDOUT_SLIDE_SCALES.at(-1) || size >= COMFORTABLE_FONT_SIZE).map(
      (size) => ({ scale, size }),
    ),
);

interface HandoutPage {
  readonly page: HTMLElement;
  readonly panel: HTMLElement;
  readonly slideId: string;
}

/**
 * Long notes shrink a step at a time until they fit the space under the slide, so
 * nothing is cut off at the page edge: first the notes' size, then the printed slide's.
 * Notes too long even at the smallest sizes are marked and reported, so the export can
 * tell the author which slide to shorten.
 *
 * Every page takes each step together: the sizes of all the pages still too long are set, then
 * all are measured, so the browser lays the handout out once per step rather than once per page
 * and step (which took most of the PDF command's time). The pages do not affect each other's fit.
 */
function fitPanels(pages: readonly HandoutPage[]): void {
  for (const { panel } of pages) delete panel.dataset['overflow'];
  let tooLong = pages;
  for (const { scale, size } of FIT_STEPS) {
    for (const { page, panel } of tooLong) {
      page.style.setProperty('--handout-slide-scale', String(scale));
      panel.style.setProperty('--handout-font-size', `${size}px`);
    }
    tooLong = tooLong.filter(({ panel }) => panel.scrollHeight > panel.clientHeight);
    if (tooLong.length === 0) return;
  }
  for (const { panel, slideId } of tooLong) {
    panel.dataset['overflow'] = 'true';
    console.warn(`Handout: the notes and sources of slide '${slideId}' do not fit under the slide; shorten its notes.`);
  }
}

/** The handout's captions, in the talk's words: the build writes them on the deck's root element. */
interface HandoutWords {
  readonly notes: string;
  readonly sources: string;
  /** With `{number}` and `{total}` to fill in. */
  readonly slideOf: string;
}

function handoutWords(doc: Document): HandoutWords {
  const root = doc.querySelector<HTMLElement>('.reveal');
  const { handoutNotes, handoutSources, handoutSlideOf } = root?.dataset ?? {};
  if (handoutNotes === undefined || handoutSources === undefined || handoutSlideOf === undefined) {
    throw new Error(
      'The deck page carries no handout words (data-handout-* on .reveal); rebuild it with npm run build.',
    );
  }
  return { notes: handoutNotes, sources: handoutSources, slideOf: handoutSlideOf };
}

function handoutPanel(
  doc: Document,
  words: HandoutWords,
  slide: HTMLElement,
  sourceEntries: ReadonlyMap<number, HTMLLIElement>,
): HTMLElement {
  const panel = doc.createElement('div');
  panel.className = 'handout-panel';
  // A reference page off the talk's path (a page of the Sources list) has nothing said on it: its page prints the list alone.
  const notes = slide.classList.contains(REFERENCE_CLASS) ? null : slide.querySelector(':scope > aside.notes');
  if (notes) {
    const body = doc.createElement('div');
    body.className = 'handout-notes';
    body.append(...[...notes.children].map((child) => child.cloneNode(true)));
    panel.append(label(doc, words.notes), body);
  }
  // A Sources slide already prints its entries in full (the citation processor's, addresses included):
  // repeating them under it printed the list twice.
  const isSourcesSlide = slide.querySelector('ol.sources, ul.credits') !== null;
  const entries = isSourcesSlide ? [] : slideSources(slide, sourceEntries);
  if (entries.length > 0) {
    const list = doc.createElement('ol');
    list.className = 'handout-sources';
    for (const entry of entries) {
      const item = entry.cloneNode(true) as HTMLLIElement;
      // The Sources slides keep the ids; a second copy would break their footnote links.
      item.removeAttribute('id');
      list.append(item);
    }
    panel.append(label(doc, words.sources), list);
  }
  return panel;
}

function slideSources(slide: HTMLElement, sourceEntries: ReadonlyMap<number, HTMLLIElement>): HTMLLIElement[] {
  const numbers = (slide.dataset['sources'] ?? '').split(' ').filter(Boolean).map(Number);
  return numbers.flatMap((number) => {
    const entry = sourceEntries.get(number);
    return entry ? [entry] : [];
  });
}

/**
 * A paragraph rather than a heading: Chromium turns every heading into a PDF bookmark,
 * and two per page would bury the section and year bookmarks.
 */
function label(doc: Document, text: string): HTMLElement {
  const element = doc.createElement('p');
  element.className = 'handout-label';
  element.textContent = text;
  return element;
}

function handoutFooter(doc: Document, words: HandoutWords, number: number, total: number): HTMLElement {
  const footer = doc.createElement('footer');
  footer.className = 'handout-footer';
  const title = doc.createElement('span');
  // The talk's title is data: isolated for direction, like every data text of the deck.
  const isolated = doc.createElement('bdi');
  isolated.textContent = doc.title;
  title.append(isolated);
  const position = doc.createElement('span');
  position.className = 'handout-page-number';
  position.textContent = words.slideOf.replace('{number}', String(number)).replace('{total}', String(total));
  footer.append(title, position);
  return footer;
}
