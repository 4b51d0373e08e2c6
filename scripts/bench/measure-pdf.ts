import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../../src/browser/chromium.ts';
import { exportPdf } from '../../src/export/export-pdf.ts';
import { serveFolder } from '../../src/server/static-server.ts';

/** One PDF written, timed from before the server and Chromium start to the file on disk, both closed again. */
export interface PdfRun {
  readonly ms: number;
  readonly pages: number;
  readonly bytes: number;
}

/** The deck's own export, handout layout, exactly as `npm run pdf` runs it. */
export async function measureDeckPdf(distDir: string, out: string): Promise<PdfRun> {
  const started = performance.now();
  const result = await exportPdf({ distDir, out, layout: 'handout' });
  return { ms: performance.now() - started, pages: result.pages, bytes: result.bytes };
}

/**
 * The floor's PDF: the same steps with nothing of ours in between (serve, start
 * Chromium, open the floor page, wait for its fonts, page.pdf at the slide size,
 * write the file). The deck's export also tags the PDF, adds bookmarks and metadata
 * and checks the page count; that work is part of what the deck costs.
 */
export async function measureFloorPdf(floorDir: string, out: string): Promise<PdfRun> {
  const started = performance.now();
  const pdf = await printFloor(floorDir);
  writeFileSync(out, pdf);
  const ms = performance.now() - started;
  return { ms, pages: await pageCount(pdf), bytes: pdf.byteLength };
}

async function printFloor(floorDir: string): Promise<Uint8Array> {
  const server = await serveFolder(floorDir);
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(server.url, { waitUntil: 'load' });
      // Print media lays out every slide, so every font the PDF needs is requested before fonts.ready settles.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      return await page.pdf({
        width: '1280px',
        height: '720px',
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
        printBackground: true,
      });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** Counted after the clock stops, as a check that the floor printed one page per slide. */
async function pageCount(pdf: Uint8Array): Promise<number> {
  const document = await PDFDocument.load(pdf);
  return document.getPageCount();
}
