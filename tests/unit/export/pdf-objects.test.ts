import { PDFDocument, PDFName, PDFObjectParser, PDFRawStream, PDFRef, PDFStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfObjects } from '../../../src/export/pdf-objects.ts';
import { packPdf } from '../../../src/export/pdf-pack.ts';

/** Words a reader that split objects on keywords would cut at: they sit inside a string. */
const TRICKY_TITLE = 'Closing: endobj, endstream, 1 0 obj';

/** A file with one cross-reference table, as Chromium writes it: pages (with content streams) and a string full of keywords. */
async function classicPdf(useObjectStreams = false): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage().drawText('first page');
  document.addPage().drawText('second page');
  document.catalog.set(PDFName.of('Tricky'), document.context.register(PDFString.of(TRICKY_TITLE)));
  return document.save({ useObjectStreams });
}

/** Every object of a file as pdf-lib reads it, by number, as text (a stream by its dictionary and its data). */
async function objectsOf(pdf: Uint8Array): Promise<Map<number, string>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const objects = new Map<number, string>();
  for (const [ref, object] of document.context.enumerateIndirectObjects()) {
    if (document.context.lookup(ref) === undefined) continue;
    const text =
      object instanceof PDFRawStream
        ? `${object.dict.toString()}${Buffer.from(object.contents).toString('hex')}`
        : object.toString();
    objects.set(ref.objectNumber, text);
  }
  return objects;
}

describe('reading a PDF by its cross-reference table', () => {
  it('finds every object at its offset, streams marked, keywords inside strings left alone', async () => {
    const pdf = await classicPdf();
    const read = readPdfObjects(pdf);
    expect(read).not.toBeNull();
    const expected = await objectsOf(pdf);
    expect([...(read?.objects.keys() ?? [])].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
    // As written: pdf-lib would otherwise stamp its own modification time on load, a second apart from the file's.
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    for (const object of read?.objects.values() ?? []) {
      const original = document.context.lookup(PDFRef.of(object.number));
      expect(object.stream, `object ${object.number}`).toBe(original instanceof PDFStream);
      if (!object.stream)
        expect(PDFObjectParser.forBytes(object.body, document.context).parseObject().toString()).toBe(
          original?.toString(),
        );
    }
    expect(read?.root).toBe((document.context.trailerInfo.Root as PDFRef).objectNumber);
  });

  it('declines what it cannot read by the table alone, for the full parser to read', async () => {
    const classic = await classicPdf();
    // A cross-reference stream over object streams.
    expect(readPdfObjects(await classicPdf(true))).toBeNull();
    // An incremental update: a second table pointing back at the first.
    const text = Buffer.from(classic).toString('latin1');
    const first = /startxref\s+(\d+)/.exec(text)?.[1] ?? '0';
    const update = `\nxref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 9 /Root 1 0 R /Prev ${first}>>\nstartxref\n${classic.byteLength + 1}\n%%EOF\n`;
    expect(readPdfObjects(Buffer.concat([classic, Buffer.from(update, 'latin1')]))).toBeNull();
    // A table whose offset misses its object (one entry shifted by a byte).
    const shifted = text.replace(
      /\n(\d{10}) 00000 n/,
      (_, offset: string) => `\n${String(Number(offset) + 1).padStart(10, '0')} 00000 n`,
    );
    expect(readPdfObjects(Buffer.from(shifted, 'latin1'))).toBeNull();
    // No file at all.
    expect(readPdfObjects(Buffer.from('not a PDF', 'latin1'))).toBeNull();
  });
});

describe('packing the objects into object streams', () => {
  it('writes back every object as it was, the replaced ones as given, in a file pdf-lib and the table reader agree on', async () => {
    const pdf = await classicPdf();
    const read = readPdfObjects(pdf);
    if (!read) throw new Error('the fixture has a cross-reference table');
    const tricky = (await PDFDocument.load(pdf)).catalog.get(PDFName.of('Tricky'));
    if (!(tricky instanceof PDFRef)) throw new Error('the fixture holds its string as an object of its own');
    const added = read.size;
    const replaced = new Map([
      [tricky.objectNumber, Buffer.from('(replaced)', 'latin1')],
      [added, Buffer.from('<<\n/Title (added)\n>>', 'latin1')],
    ]);
    const packed = packPdf(read, replaced, added);
    const before = await objectsOf(pdf);
    const after = await objectsOf(packed);
    for (const [number, text] of before)
      expect(after.get(number), `object ${number}`).toBe(number === tricky.objectNumber ? '(replaced)' : text);
    expect(after.get(added)).toBe('<<\n/Title (added)\n>>');
    const document = await PDFDocument.load(packed, { updateMetadata: false });
    expect(document.getPageCount()).toBe(2);
    expect(document.context.trailerInfo.Info?.toString()).toBe(`${added} 0 R`);
    expect(Buffer.from(packed).toString('latin1')).toContain('/Type /ObjStm');
    expect(Buffer.from(packed.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
  });
});
