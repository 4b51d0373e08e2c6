import type { Browser, Page } from 'playwright-core';
import { type PdfLayout, printSearch, READY_FLAGS, SLIDE_SELECTOR } from '../contract.ts';

/** What the deck's print view handed over: the PDF bytes and the facts the metadata and checks need. */
export interface PrintedDeck {
  readonly pdf: Uint8Array;
  /** Top-level `<section>` slides in the deck. */
  readonly slides: number;
  /** Pages reveal.js laid out for print (one `.pdf-page` per slide when all is well). */
  readonly printPages: number;
  /** The page `<title>`: the talk's title. */
  readonly title: string;
  /** The page's `<meta name="description">`: the talk's subtitle. */
  readonly description: string;
  /** `<meta name="author">`, or '' when the deck names none. */
  readonly author: string;
  /** The `lang` of `<html>`, e.g. `en`. */
  readonly lang: string;
  /** Slides whose handout notes do not fit under them even at the smallest size (handout only). */
  readonly overflowing: readonly string[];
}

/** How long the print view may take to lay itself out before the export gives up. */
export const PRINT_READY_TIMEOUT_MS = 60_000;

/** Paper per layout: the slide's own 16:9 size, or A4 for the handout (its CSS is written for 210 mm × 297 mm). */
const PAPER: Record<PdfLayout, { width: string; height: string }> = {
  slides: { width: '1280px', height: '720px' },
  handout: { width: '210mm', height: '297mm' },
};

/** The print view's address under the served deck: reveal.js's `?print-pdf`, plus the handout switch. */
export function printUrl(baseUrl: string, layout: PdfLayout): string {
  const url = new URL('index.html', baseUrl);
  url.search = printSearch(layout);
  return url.toString();
}

/**
 * Opens the deck's print view, waits until it says it is laid out and its fonts are
 * loaded, and prints it. Page errors are collected so a timeout can say what broke.
 * Once printed, the page is left to the caller's closing of the browser, which it does
 * while the PDF is finished (export-pdf.ts): closing the page first kept the PDF waiting.
 */
export async function printDeck(browser: Browser, baseUrl: string, layout: PdfLayout): Promise<PrintedDeck> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(printUrl(baseUrl, layout), { waitUntil: 'load' });
    await waitForPrintReady(page, problems);
    const facts = await readDeckFacts(page);
    const pdf = await page.pdf({
      ...PAPER[layout],
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      printBackground: true,
      outline: true,
      tagged: true,
      preferCSSPageSize: false,
    });
    return { pdf, ...facts };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

async function waitForPrintReady(page: Page, problems: readonly string[]): Promise<void> {
  try {
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print, {
      timeout: PRINT_READY_TIMEOUT_MS,
    });
  } catch {
    const seen = problems.length > 0 ? ` The page reported: ${problems.join(' | ')}` : '';
    throw new Error(
      `The deck's print view did not finish its layout within ${PRINT_READY_TIMEOUT_MS / 1000} s (html[data-print-ready] never became 'true'). Rebuild with \`npm run build\` and open ${page.url()} in a browser to see what fails.${seen}`,
    );
  }
}

/** The facts the metadata and the checks need, read once the fonts are in (in the same call: one round trip less). */
async function readDeckFacts(page: Page): Promise<Omit<PrintedDeck, 'pdf'>> {
  return page.evaluate(
    // Text printed before the bundled fonts arrive would be laid out in a fallback font.
    async (slideSelector) => {
      await document.fonts.ready;
      return {
        slides: document.querySelectorAll(slideSelector).length,
        printPages: document.querySelectorAll('.reveal .slides .pdf-page').length,
        title: document.title.trim(),
        description: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content.trim() ?? '',
        author: document.querySelector<HTMLMetaElement>('meta[name="author"]')?.content.trim() ?? '',
        lang: document.documentElement.lang,
        overflowing: [
          ...document.querySelectorAll('.pdf-page:has(.handout-panel[data-overflow="true"]) > section'),
        ].map((slide) => slide.id),
      };
    },
    SLIDE_SELECTOR,
  );
}
