import type * as PdfLib from 'pdf-lib';
import { loadPdfLib } from './pdf-lib.ts';
import { type PdfObjects, readPdfObjects } from './pdf-objects.ts';
import { packPdf } from './pdf-pack.ts';
import { catalogStructure, type PdfStructure, type Resolve, structureOf } from './pdf-structure.ts';

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
 * bookmarks) as it is written. Every object Chromium wrote is written back as it was (the tag tree
 * and the outline included; tests/unit/export/pdf-metadata.test.ts reads a saved file back to hold
 * it to that), packed into object streams; Chromium's Creator gives way to ours.
 *
 * A file with one cross-reference table, as Chromium writes it, is rewritten without parsing its
 * objects (`pdf-objects.ts`, `pdf-pack.ts`): only the catalog, the information dictionary and what the
 * structure is read from are parsed. Any other file is loaded and saved whole by pdf-lib, to the
 * same effect (`updateMetadata: false` keeps pdf-lib from stamping itself as Creator).
 */
export async function withMetadata(
  pdf: Uint8Array,
  metadata: PdfMetadata,
): Promise<{ readonly pdf: Uint8Array; readonly structure: PdfStructure }> {
  // Loaded when needed: the export starts loading it while Chromium prints (src/export/export-pdf.ts).
  const lib = await loadPdfLib();
  const objects = readPdfObjects(pdf);
  return objects ? repacked(lib, objects, metadata) : resaved(lib, pdf, metadata);
}

/**
 * What pdf-lib's setters write (`resaved` below), on `info` and the catalog: the document information, the
 * language, the title shown in the window. Returns the other objects it changed (a viewer preferences
 * dictionary of its own), to be written back too.
 */
function setMetadata(
  lib: typeof PdfLib,
  catalog: PdfLib.PDFDict,
  info: PdfLib.PDFDict,
  metadata: PdfMetadata,
  resolve: Resolve,
): PdfLib.PDFDict[] {
  const { PDFBool, PDFHexString, PDFName, PDFString } = lib;
  info.set(PDFName.of('Title'), PDFHexString.fromText(metadata.title));
  if (metadata.subject !== '') info.set(PDFName.of('Subject'), PDFHexString.fromText(metadata.subject));
  info.set(PDFName.of('Author'), PDFHexString.fromText(metadata.author));
  info.set(PDFName.of('Creator'), PDFHexString.fromText(metadata.creator));
  info.set(PDFName.of('ModDate'), PDFString.fromDate(new Date()));
  if (metadata.lang !== '') catalog.set(PDFName.of('Lang'), PDFString.of(metadata.lang));
  // Viewers show the title rather than the file name.
  const key = PDFName.of('ViewerPreferences');
  const preferences = resolve(catalog.get(key));
  if (preferences instanceof lib.PDFDict) {
    preferences.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
    return catalog.get(key) instanceof lib.PDFRef ? [preferences] : [];
  }
  catalog.set(key, info.context.obj({ DisplayDocTitle: true }));
  return [];
}

/** Objects parsed when first asked for, each once (so a dictionary read twice is the same one), by number. */
function lazyObjects(lib: typeof PdfLib, objects: PdfObjects) {
  const context = lib.PDFContext.create();
  const parsed = new Map<number, PdfLib.PDFObject>();
  const numbers = new Map<PdfLib.PDFObject, number>();
  const read = (number: number): PdfLib.PDFObject | undefined => {
    const known = parsed.get(number);
    if (known) return known;
    const raw = objects.objects.get(number);
    // A stream's dictionary is never needed here, and its data is no object the parser should read.
    if (!raw || raw.stream) return undefined;
    const object = lib.PDFObjectParser.forBytes(raw.body, context).parseObject();
    parsed.set(number, object);
    numbers.set(object, number);
    return object;
  };
  const resolve: Resolve = (value) => (value instanceof lib.PDFRef ? read(value.objectNumber) : value);
  return { context, read, resolve, numberOf: (object: PdfLib.PDFObject) => numbers.get(object) };
}

/** Chromium's file rewritten from its objects, parsing only the few the metadata and the structure need. */
function repacked(
  lib: typeof PdfLib,
  objects: PdfObjects,
  metadata: PdfMetadata,
): { readonly pdf: Uint8Array; readonly structure: PdfStructure } {
  const { context, read, resolve, numberOf } = lazyObjects(lib, objects);
  const catalog = read(objects.root);
  if (!(catalog instanceof lib.PDFDict))
    throw new Error(
      `The PDF Chromium printed has no catalog (its trailer's /Root, object ${objects.root}, is no dictionary), so nothing was written. Try another Chromium with CHROMIUM_PATH.`,
    );
  const structure = catalogStructure(lib, catalog, resolve);
  const existing = objects.info === null ? undefined : read(objects.info);
  // A file without document information gets a new dictionary, numbered after its last object.
  const [info, infoNumber] =
    existing instanceof lib.PDFDict && objects.info !== null
      ? [existing, objects.info]
      : [context.obj({}), objects.size];
  const changed = [catalog, ...setMetadata(lib, catalog, info, metadata, resolve)];
  const replaced = new Map<number, Uint8Array>([[infoNumber, bytesOf(info)]]);
  for (const object of changed) {
    const number = numberOf(object);
    if (number !== undefined) replaced.set(number, bytesOf(object));
  }
  return { pdf: packPdf(objects, replaced, infoNumber), structure };
}

/** Any other file, loaded and saved whole by pdf-lib. */
async function resaved(
  lib: typeof PdfLib,
  pdf: Uint8Array,
  metadata: PdfMetadata,
): Promise<{ readonly pdf: Uint8Array; readonly structure: PdfStructure }> {
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

/** An object's bytes as pdf-lib writes them. */
function bytesOf(object: PdfLib.PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}
