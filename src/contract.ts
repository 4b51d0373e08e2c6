/**
 * What the page, the build, the PDF export, the bench and the tests agree on, written once:
 * the flags the page raises when it is ready, the PDF layouts and their print addresses, the
 * talk identity stamped in the built page, and the output and cache paths. Browser-safe (no
 * Node import): the page's own script imports it too.
 */
export { CACHE_PATHS, cutSuffix, DEFAULT_OUTPUTS, outputName, outputPaths } from './contract-paths.mjs';

/**
 * The `data-*` flags on `<html>` (as `dataset` keys) that the page raises: `deck` once
 * reveal.js has started, `print` once the print view is laid out for the PDF. Functions
 * run in the page take the key as an argument: `page.waitForFunction((flag) => …, READY_FLAGS.deck)`.
 */
export const READY_FLAGS = { deck: 'deckReady', print: 'printReady' } as const;

/**
 * Every slide of the deck, wherever it sits: on the talk's path, or a reference page in a
 * vertical stack under one (src/deck/render-deck.ts, `deckMarkup`); never the stack that holds
 * them. What counts, times, links or prints slides selects them by this, not `.slides > section`.
 */
export const SLIDE_SELECTOR = '.reveal .slides section.slide';

/** The class of a reference page off the talk's path (a page of the Sources list), stacked under a slide. */
export const REFERENCE_CLASS = 'slide--reference';

/** The two page layouts of the PDF: A4 handout with notes and sources, or one slide per page. */
export const PDF_LAYOUTS = ['handout', 'slides'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

/** The handout layout: A4 pages with each slide, its notes and its sources. */
export const HANDOUT_LAYOUT = 'handout' satisfies PdfLayout;

/** The query parameter that switches the print view to a layout other than one slide per page. */
export const LAYOUT_PARAM = 'layout';

/** reveal.js's print view switch (`?print-pdf`). */
export const PRINT_PARAM = 'print-pdf';

/** The query parameter of a deck framed as a preview in the speaker view (reveal.js's own name, which also quiets it). */
export const PREVIEW_PARAM = 'receiver';

/** What a preview sends the window that frames it once its reveal.js is ready to take commands. */
export const PREVIEW_READY = '{"namespace":"deck-speaker-view","type":"ready"}';

/** The print view's query string for a layout: `?print-pdf` or `?print-pdf&layout=handout`. */
export function printSearch(layout: PdfLayout): string {
  return layout === HANDOUT_LAYOUT ? `?${PRINT_PARAM}&${LAYOUT_PARAM}=${HANDOUT_LAYOUT}` : `?${PRINT_PARAM}`;
}

/**
 * The `<meta name>` under which the build stamps the talk a page was built from (its folder
 * relative to the project, e.g. `talks/atlas`): the build refuses to overwrite another talk's
 * output, and the PDF command checks it prints the talk it was asked for.
 */
export const TALK_META = 'deck-talk';

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The stamp the build writes into the page's head: `<meta name="deck-talk" content="talks/atlas">`. */
export function talkStampTag(talkId: string): string {
  const content = talkId.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
  return `<meta name="${TALK_META}" content="${content}">`;
}

/** The talk a built page says it was made from (`talkStampTag`), or null when it carries no stamp. */
export function stampedTalk(html: string): string | null {
  const match = new RegExp(`<meta name="${TALK_META}" content="([^"]*)">`).exec(html);
  if (!match) return null;
  return (match[1] ?? '').replace(/&(amp|quot|lt|gt);/g, (entity) => {
    const found = Object.entries(ATTRIBUTE_ESCAPES).find(([, escaped]) => escaped === entity);
    return found ? found[0] : entity;
  });
}
