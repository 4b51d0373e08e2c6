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
    return [{ slide, panel, slideId: slide.id } satisfies HandoutPage];
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

/** The notes' sizes a printed slide's scale allows, largest first: the comfortable ones, all of them at the last scale. */
function sizesAt(scale: number): readonly number[] {
  return PANEL_FONT_SIZES.filter((size) => scale === HANDOUT_SLIDE_SCALES.at(-1) || size >= COMFORTABLE_FONT_SIZE);
}

interface HandoutPage {
  readonly slide: HTMLElement;
  readonly panel: HTMLElement;
  readonly slideId: string;
}

/** A printed slide's scale and its notes' font size in px. */
type Sizing = readonly [scale: number, size: number];

function applySizing({ slide, panel }: HandoutPage, [scale, size]: Sizing): void {
  // On the slide (its size) and the panel (its top): the property is not inherited (deck.css), so no descendant restyles.
  slide.style.setProperty('--handout-slide-scale', String(scale));
  panel.style.setProperty('--handout-slide-scale', String(scale));
  panel.style.setProperty('--handout-font-size', `${size}px`);
}

/**
 * For each page, the first of its sizings under which its notes fit, or null when none does. The sizings run
 * from larger to smaller, so a page's notes stop being too long at one of them and stay fitting after it: each
 * page's is found by halving its list, all pages at once, so the browser lays the handout out once per round
 * (about four), not once per page and sizing. Every page is left at the sizing found.
 */
function firstFitting(
  pages: readonly HandoutPage[],
  sizings: (page: HandoutPage) => readonly Sizing[],
): Map<HandoutPage, Sizing | null> {
  const search = new Map(pages.map((each) => [each, { low: 0, high: sizings(each).length - 1, found: -1 }]));
  for (;;) {
    const open = pages.filter((each) => {
      const state = search.get(each);
      return state !== undefined && state.low <= state.high;
    });
    if (open.length === 0) break;
    const middle = (each: HandoutPage): number => {
      const state = search.get(each);
      return state ? Math.floor((state.low + state.high) / 2) : 0;
    };
    for (const each of open) applySizing(each, sizings(each)[middle(each)] ?? [1, 0]);
    // Reads after all the writes: one layout for every page of this round.
    const fits = open.map((each) => each.panel.scrollHeight <= each.panel.clientHeight);
    open.forEach((each, index) => {
      const state = search.get(each);
      if (!state) return;
      const tried = middle(each);
      if (fits[index]) Object.assign(state, { found: tried, high: tried - 1 });
      else state.low = tried + 1;
    });
  }
  const result = new Map<HandoutPage, Sizing | null>();
  for (const each of pages) {
    const list = sizings(each);
    const found = list[search.get(each)?.found ?? -1];
    applySizing(each, found ?? list.at(-1) ?? [1, 0]);
    result.set(each, found ?? null);
  }
  return result;
}

/**
 * Long notes shrink until they fit the space under the slide, so nothing is cut off at the page
 * edge: first the notes' size, then the printed slide's, the largest of each that fits. Notes too
 * long even at the smallest sizes are marked and reported, so the export can tell the author which
 * slide to shorten.
 *
 * Most pages fit at the largest sizes, which all pages try first, in one layout. For the rest: the
 * first scale at which the page fits at that scale's smallest size, then at that scale the largest
 * size that fits (smaller notes are shorter, a smaller slide leaves more room), each found by halving.
 */
function fitPanels(pages: readonly HandoutPage[]): void {
  for (const { panel } of pages) delete panel.dataset['overflow'];
  const [largestScale = 1] = HANDOUT_SLIDE_SCALES;
  const largest: Sizing = [largestScale, sizesAt(largestScale)[0] ?? 0];
  for (const each of pages) applySizing(each, largest);
  const tooLong = pages.filter(({ panel }) => panel.scrollHeight > panel.clientHeight);
  const byScale = HANDOUT_SLIDE_SCALES.map((scale): Sizing => [scale, sizesAt(scale).at(-1) ?? 0]);
  const scaleFound = firstFitting(tooLong, () => byScale);
  const fitting = tooLong.filter((each) => scaleFound.get(each));
  firstFitting(fitting, (each) => {
    const [scale] = scaleFound.get(each) ?? largest;
    return sizesAt(scale).map((size): Sizing => [scale, size]);
  });
  for (const each of tooLong.filter((page) => !scaleFound.get(page))) {
    each.panel.dataset['overflow'] = 'true';
    console.warn(
      `Handout: the notes and sources of slide '${each.slideId}' do not fit under the slide; shorten its notes.`,
    );
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
