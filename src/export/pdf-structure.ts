import type * as PdfLib from 'pdf-lib';

/** What makes the PDF navigable: its page count, its tag tree, its bookmarks. */
export interface PdfStructure {
  readonly pages: number;
  /** True when the catalog marks the file as tagged and carries a structure tree. */
  readonly tagged: boolean;
  /** Bookmark titles, depth first, in reading order. */
  readonly bookmarks: readonly string[];
}

/** Reads the structure of a PDF file. */
export async function readPdfStructure(pdf: Uint8Array): Promise<PdfStructure> {
  const lib = await import('pdf-lib');
  // At full speed: pdf-lib's default parse yields to the event loop every 100 objects, which a command does not need.
  const document = await lib.PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
  return structureOf(lib, document);
}

/** The structure of a PDF loaded by pdf-lib (`lib`, passed in so this module loads it only when asked). */
export function structureOf(lib: typeof PdfLib, document: PdfLib.PDFDocument): PdfStructure {
  const { PDFDict, PDFName } = lib;
  const catalog = document.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const marked = markInfo?.get(PDFName.of('Marked'))?.toString() === 'true';
  const tagged = marked && catalog.has(PDFName.of('StructTreeRoot'));
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return { pages: document.getPageCount(), tagged, bookmarks: outlines ? outlineTitles(lib, outlines) : [] };
}

function outlineTitles(lib: typeof PdfLib, parent: PdfLib.PDFDict): string[] {
  const { PDFDict, PDFHexString, PDFName, PDFString } = lib;
  const titles: string[] = [];
  // Sibling links are followed iteratively; a malformed file with a cycle stops at the first repeat.
  const seen = new Set<PdfLib.PDFDict>();
  let item = parent.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item && !seen.has(item)) {
    seen.add(item);
    const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
    titles.push(title ? title.decodeText() : '');
    titles.push(...outlineTitles(lib, item));
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return titles;
}
