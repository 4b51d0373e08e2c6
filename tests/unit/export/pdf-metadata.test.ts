import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { metadataFor, PDF_CREATOR, withMetadata } from '../../../src/export/pdf-metadata.ts';
import { readPdfStructure } from '../../../src/export/pdf-structure.ts';

/**
 * How a file's objects are indexed: by one cross-reference table, as Chromium writes it (rewritten from its
 * objects, src/export/pdf-objects.ts), or by a cross-reference stream over object streams (loaded whole by pdf-lib).
 */
const FORMS = [
  { name: 'a cross-reference table, as Chromium writes it', useObjectStreams: false },
  { name: 'object streams and a cross-reference stream', useObjectStreams: true },
] as const;

/** A two-page PDF shaped like Chromium's: tagged, with a nested outline (a section, its year, and Sources). */
async function taggedPdfWithOutline(useObjectStreams: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  document.addPage();
  const context = document.context;
  const outlines = context.obj({ Type: 'Outlines' });
  const outlinesRef = context.register(outlines);
  const section = context.obj({ Title: PDFHexString.fromText('Formation, 2014–2015'), Parent: outlinesRef });
  const sectionRef = context.register(section);
  const yearRef = context.register(
    context.obj({ Title: PDFString.of('2014 Pledges and a breakaway'), Parent: sectionRef }),
  );
  const sourcesRef = context.register(
    context.obj({ Title: PDFHexString.fromText('Sources'), Parent: outlinesRef, Prev: sectionRef }),
  );
  section.set(PDFName.of('First'), yearRef);
  section.set(PDFName.of('Last'), yearRef);
  section.set(PDFName.of('Next'), sourcesRef);
  outlines.set(PDFName.of('First'), sectionRef);
  outlines.set(PDFName.of('Last'), sourcesRef);
  document.catalog.set(PDFName.of('Outlines'), outlinesRef);
  document.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  document.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot' })));
  // Chromium's own information dictionary and language, which the metadata replaces.
  document.setCreator('HeadlessChrome');
  document.setLanguage('en-GB');
  return document.save({ useObjectStreams });
}

const deck = {
  title: 'Islamic State Khorasan in Pakistan, 2014–2023',
  description: 'What the record adds',
  author: 'A. Speaker',
  lang: 'en',
};

describe('PDF metadata', () => {
  it('comes from the page title, description and author, which come from the talk', () => {
    expect(metadataFor(deck)).toEqual({
      title: deck.title,
      subject: deck.description,
      author: 'A. Speaker',
      creator: PDF_CREATOR,
      lang: 'en',
    });
  });

  it('refuses a deck without a title or an author, saying what to fix', () => {
    expect(() => metadataFor({ ...deck, title: '' })).toThrow(/empty <title>.*talk's title/);
    expect(() => metadataFor({ ...deck, author: '' })).toThrow(/names no author.*talk's author/);
  });

  describe.each(FORMS)('in a file with $name', ({ useObjectStreams }) => {
    it('is written into the file', async () => {
      const { pdf } = await withMetadata(await taggedPdfWithOutline(useObjectStreams), metadataFor(deck));
      const written = await PDFDocument.load(pdf, { updateMetadata: false });
      expect(written.getTitle()).toBe(deck.title);
      expect(written.getSubject()).toBe(deck.description);
      expect(written.getAuthor()).toBe('A. Speaker');
      expect(written.getCreator()).toBe(PDF_CREATOR);
      expect(written.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(en)');
      // Viewers show the title rather than the file name.
      const preferences = written.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
      expect(preferences?.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    });

    it('keeps the outline and the tags Chromium made', async () => {
      const original = await taggedPdfWithOutline(useObjectStreams);
      const before = await readPdfStructure(original);
      expect(before).toEqual({
        pages: 2,
        tagged: true,
        bookmarks: ['Formation, 2014–2015', '2014 Pledges and a breakaway', 'Sources'],
      });
      const finished = await withMetadata(original, metadataFor(deck));
      // What the export reports of the file is what the file holds, read back from its bytes.
      expect(finished.structure).toEqual(before);
      expect(await readPdfStructure(finished.pdf)).toEqual(before);
    });
  });

  it('reports an untagged file without bookmarks as such', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    expect(await readPdfStructure(await plain.save())).toEqual({ pages: 1, tagged: false, bookmarks: [] });
  });
});
