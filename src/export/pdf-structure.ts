import type * as PdfLib from 'pdf-lib';
import { loadPdfLib } from './pdf-lib.ts';

/** What makes the PDF navigable: its page count, its tag tree, its bookmarks. */
export interface PdfStructure {
  readonly pages: number;
  /** True when the catalog marks the file as tagged and carries a structure tree. */
  readonly tagged: boolean;
  /** Bookmark titles, depth first, in reading order. */
  readonly bookmarks: readonly string[];
}

/** Follows a reference to the object it names; any other value is itself. */
export type Resolve = (value: PdfLib.PDFObject | undefined) => PdfLib.PDFObject | undefined;

/** Reads the structure of a PDF file. */
export async function readPdfStructure(pdf: Uint8Array): Promise<PdfStructure> {
  const lib = await loadPdfLib();
  // At full speed: pdf-lib's default parse yields to the event loop every 100 objects, which a command does not need.
  const document = await lib.PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
  return structureOf(lib, document);
}

/** The structure of a PDF loaded by pdf-lib (`lib`, passed in so this module loads it only when asked). */
export function structureOf(lib: typeof PdfLib, document: PdfLib.PDFDocument): PdfStructure {
  const resolve: Resolve = (value) => (value instanceof lib.PDFRef ? document.context.lookup(value) : value);
  return { ...catalogStructure(lib, document.catalog, resolve), pages: document.getPageCount() };
}

/**
 * The structure a catalog describes, its objects reached through `resolve` (which may read them only
 * when asked): the page count the page tree declares, the tag marks, the outline's titles.
 */
export function catalogStructure(lib: typeof PdfLib, catalog: PdfLib.PDFDict, resolve: Resolve): PdfStructure {
  const { PDFName, PDFNumber } = lib;
  const dictionary = (value: PdfLib.PDFObject | undefined): PdfLib.PDFDict | undefined => {
    const resolved = resolve(value);
    return resolved instanceof lib.PDFDict ? resolved : undefined;
  };
  const markInfo = dictionary(catalog.get(PDFName.of('MarkInfo')));
  const marked = resolve(markInfo?.get(PDFName.of('Marked')))?.toString() === 'true';
  const tagged = marked && catalog.has(PDFName.of('StructTreeRoot'));
  const outlines = dictionary(catalog.get(PDFName.of('Outlines')));
  const count = resolve(dictionary(catalog.get(PDFName.of('Pages')))?.get(PDFName.of('Count')));
  return {
    pages: count instanceof PDFNumber ? count.asNumber() : 0,
    tagged,
    bookmarks: outlines ? outlineTitles(lib, outlines, dictionary, resolve) : [],
  };
}

function outlineTitles(
  lib: typeof PdfLib,
  parent: PdfLib.PDFDict,
  dictionary: (value: PdfLib.PDFObject | undefined) => PdfLib.PDFDict | undefined,
  resolve: Resolve,
): string[] {
  const { PDFHexString, PDFName, PDFString } = lib;
  const titles: string[] = [];
  // Sibling links are followed iteratively; a malformed file with a cycle stops at the first repeat.
  const seen = new Set<PdfLib.PDFDict>();
  let item = dictionary(parent.get(PDFName.of('First')));
  while (item && !seen.has(item)) {
    seen.add(item);
    const title = resolve(item.get(PDFName.of('Title')));
    titles.push(title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '');
    titles.push(...outlineTitles(lib, item, dictionary, resolve));
    item = dictionary(item.get(PDFName.of('Next')));
  }
  return titles;
}
