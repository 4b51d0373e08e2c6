import { type PdfStructure, structureOf } from './pdf-structure.ts';

/** The document information a reader sees under File › Properties, and a screen reader announces. */
export interface PdfMetadata {
  /** The talk's title; shown in the viewer's title bar instead of the file name. */
  readonly title: string;
  /** One line on what the talk is about. */
  readonly subject: string;
  readonly author: string;
  /** The tool that made the content. */
  readonly creator: string;
  /** BCP 47 language of the text, e.g. `en`; '' leaves Chromium's value. */
  readonly lang: string;
}

/** Shown as Creator: what laid the pages out, so a reader can tell how the file was made. */
export const PDF_CREATOR = 'Timeline deck engine: reveal.js print view, printed by Chromium';

/** Metadata for a printed deck: Title, Subject and Author from its `<title>`, description and author, all from the talk. */
export function metadataFor(deck: { title: string; description: string; author: string; lang: string }): PdfMetadata {
  if (deck.title === '')
    throw new Error(
      "The deck page has an empty <title>, so the PDF would have no title. Check the talk's title and rebuild.",
    );
  if (deck.author === '')
    throw new Error(
      'The deck page names no author (<meta name="author">), so the PDF would have none. Check the talk\'s author and rebuild.',
    );
  return { title: deck.title, subject: deck.description, author: deck.author, creator: PDF_CREATOR, lang: deck.lang };
}

/**
 * Sets the document information on Chromium's PDF, and says what the file holds (pages, tags,
 * bookmarks) as it is written. pdf-lib writes back every object it loaded, so the tag tree and the
 * outline Chromium made are kept as they are (tests/unit/export/pdf-metadata.test.ts reads a saved
 * file back to hold it to that); `updateMetadata: false` keeps pdf-lib from stamping itself as Creator.
 */
export async function withMetadata(
  pdf: Uint8Array,
  metadata: PdfMetadata,
): Promise<{ readonly pdf: Uint8Array; readonly structure: PdfStructure }> {
  // Loaded when needed: the export starts loading it while Chromium prints (src/export/export-pdf.ts).
  const lib = await import('pdf-lib');
  const document = await lib.PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.subject !== '') document.setSubject(metadata.subject);
  document.setAuthor(metadata.author);
  document.setCreator(metadata.creator);
  if (metadata.lang !== '') document.setLanguage(metadata.lang);
  document.setModificationDate(new Date());
  const structure = structureOf(lib, document);
  // pdf-lib pauses every few objects by default, for pages that must stay responsive; a command need not.
  return { pdf: await document.save({ objectsPerTick: Number.POSITIVE_INFINITY }), structure };
}
