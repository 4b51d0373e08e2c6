import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { type PdfLayout, stampedTalk } from '../contract.ts';
import { serveFolder } from '../server/static-server.ts';
import { assertWritable, writeFileAtomic } from './atomic-write.ts';
import { formatBytes } from './format.ts';
import { InterruptedError, throwIfInterrupted } from './interruption.ts';
import { loadPdfLib } from './pdf-lib.ts';
import { metadataFor, withMetadata } from './pdf-metadata.ts';
import type { PdfStructure } from './pdf-structure.ts';
import { type PrintedDeck, printDeck } from './print-page.ts';

/**
 * Prints the built deck to a PDF through Chromium: one browser, the deck served from
 * loopback, its own print view. The file is replaced only once the new PDF is
 * complete and checked, so a failed export leaves the previous one in place.
 *
 * - `distDir`: the built deck (`npm run build` writes `dist/`).
 * - `out`: the PDF to write; its folder is created if missing.
 * - `log`: receives one line per step; silent when left out.
 * - `signal`: stops the export (closing Chromium) with an `InterruptedError`; the previous file stays.
 * - `talk`: the talk the deck must be (its id, see talk-folder.ts); a deck stamped with another is refused.
 *
 * Returns the absolute `file`, its `pages` and `bytes`, the wall-time `seconds` of the
 * whole export (browser start included) and the deck's `slides`, equal to `pages`.
 */
export async function exportPdf(options: {
  distDir: string;
  out: string;
  layout: PdfLayout;
  log?: (line: string) => void;
  signal?: AbortSignal;
  talk?: string;
}): Promise<{ file: string; pages: number; bytes: number; seconds: number; slides: number }> {
  const started = performance.now();
  // The PDF library is needed only once Chromium has printed: loading it meanwhile costs the export no time.
  const pdfLibrary = loadPdfLib();
  const log = options.log ?? (() => undefined);
  const file = resolve(options.out);
  await assertWritable(file);
  if (options.talk !== undefined) assertTalk(options.talk, options.distDir);
  const { printed, closed } = await printWithChromium(options.distDir, options.layout, log, options.signal);
  try {
    return await finishPdf(printed, file, started, options, pdfLibrary);
  } finally {
    // Chromium shuts down while the PDF is finished, and the export ends once it has; a browser that fails to
    // close cleanly after printing spoils no PDF (Playwright still kills it as this process ends).
    await closed.catch(() => undefined);
  }
}

async function finishPdf(
  printed: PrintedDeck,
  file: string,
  started: number,
  options: { distDir: string; log?: (line: string) => void; signal?: AbortSignal },
  pdfLibrary: Promise<unknown>,
): Promise<{ file: string; pages: number; bytes: number; seconds: number; slides: number }> {
  const log = options.log ?? (() => undefined);
  assertHasSlides(printed, options.distDir);
  await pdfLibrary;
  const { pdf, structure } = await withMetadata(printed.pdf, metadataFor(printed));
  assertComplete(printed, structure);
  warnIfUnnavigable(structure, log);
  throwIfInterrupted(options.signal);
  await writeFileAtomic(file, pdf, options.signal);
  const seconds = (performance.now() - started) / 1000;
  log(
    `Wrote ${displayPath(file)}: ${structure.pages} pages, ${formatBytes(pdf.byteLength)}, ${seconds.toFixed(1)} s (${structure.tagged ? 'tagged' : 'untagged'}, ${structure.bookmarks.length} bookmarks).`,
  );
  return { file, pages: structure.pages, bytes: pdf.byteLength, seconds, slides: printed.slides };
}

/**
 * Prints the deck in a Chromium of its own. On success Chromium and the server are shut down in the
 * background (`closed`), while the caller finishes the PDF; on failure, before the error is thrown.
 */
async function printWithChromium(
  distDir: string,
  layout: PdfLayout,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<{ readonly printed: PrintedDeck; readonly closed: Promise<void> }> {
  throwIfInterrupted(signal);
  const server = await serveFolder(distDir);
  let browser: Browser | null = null;
  let closing = false;
  const closeAll = async (): Promise<void> => {
    closing = true;
    try {
      await browser?.close();
    } finally {
      await server.close();
    }
  };
  let lost: InterruptedError | null = null;
  const closeOnAbort = (): void => void browser?.close().catch(() => undefined);
  try {
    browser = await launchChromium();
    // Chromium gone while printing (a signal to one of its processes) stops the export like a signal to it.
    browser.on('disconnected', () => {
      if (!closing) lost = new InterruptedError('Chromium stopped');
    });
    signal?.addEventListener('abort', closeOnAbort, { once: true });
    throwIfInterrupted(signal);
    log(`Rendering the ${layout} layout in Chromium from ${displayPath(resolve(distDir))}…`);
    const printed = await printDeck(browser, server.url, layout);
    log(`Rendered ${printed.slides} slides.`);
    for (const slideId of printed.overflowing)
      log(
        `Warning: the handout notes of slide '${slideId}' are cut off at the page end; shorten them in the talk's data.`,
      );
    signal?.removeEventListener('abort', closeOnAbort);
    return { printed, closed: closeAll() };
  } catch (error) {
    signal?.removeEventListener('abort', closeOnAbort);
    await closeAll();
    throwIfInterrupted(signal);
    throw lost ?? error;
  }
}

/** A page with no slides is no deck: say so before anything else is read from it. */
function assertHasSlides(printed: PrintedDeck, distDir: string): void {
  if (printed.slides === 0)
    throw new Error(
      `The print view shows no slides. Check that the build put the deck into ${displayPath(resolve(distDir))}/index.html (npm run build).`,
    );
}

/**
 * The deck to print must be the talk asked for: a folder another talk wrote would print the
 * wrong talk silently. Read from the page the server will hand Chromium, before Chromium starts.
 */
function assertTalk(talk: string, distDir: string): void {
  const index = join(distDir, 'index.html');
  const stamped = existsSync(index) ? stampedTalk(readFileSync(index, 'utf8')) : null;
  if (stamped === talk) return;
  const holds = stamped ? `the deck of ${stamped}/` : 'no deck stamped with a talk (built by an older engine?)';
  throw new Error(
    `${displayPath(resolve(distDir))}/ holds ${holds}, not the deck of ${talk}/: nothing was printed. Rebuild it with \`npm run build -- --talk ${talk}\`.`,
  );
}

/** Refuses a PDF that does not match the deck page for slide, before it can replace a good one. */
function assertComplete(printed: PrintedDeck, structure: PdfStructure): void {
  if (printed.printPages !== printed.slides)
    throw new Error(
      `reveal.js laid out ${printed.printPages} print pages for ${printed.slides} slides; each slide should fill exactly one page. Check the print rules at the end of src/client/deck.css.`,
    );
  if (structure.pages !== printed.slides)
    throw new Error(
      `The PDF has ${structure.pages} pages for ${printed.slides} slides: a page's content runs over onto the next. Check the print rules at the end of src/client/deck.css.`,
    );
}

/** Chromium decides what it tags; a file without tags or bookmarks still prints, so this warns rather than fails. */
function warnIfUnnavigable(structure: PdfStructure, log: (line: string) => void): void {
  if (!structure.tagged)
    log(
      'Warning: the PDF is not tagged, so screen readers get no structure; check that this Chromium supports tagged PDFs.',
    );
  if (structure.bookmarks.length === 0)
    log("Warning: the PDF has no bookmarks; Chromium makes them from the slides' <h1>/<h2> headings.");
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || fromHere === '' ? path : fromHere;
}
