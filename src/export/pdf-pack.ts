import { deflateSync } from 'node:zlib';
import type { PdfObjects } from './pdf-objects.ts';

/** Objects per object stream, as pdf-lib packs them. */
const OBJECTS_PER_STREAM = 50;
/** The header pdf-lib wrote before (object streams need PDF 1.5), with the binary comment that marks the file as binary. */
const HEADER = Buffer.from('%PDF-1.7\n%\u0081\u0081\u0081\u0081\n\n', 'latin1');
/** Cross-reference stream fields: type, offset or object stream, generation or index. */
const WIDTHS = [1, 4, 2] as const;

type Entry = readonly [kind: 0 | 1 | 2, field: number, index: number];

/**
 * Writes the objects back as one compact file: every object that is no stream goes, unparsed, into
 * compressed object streams, and a cross-reference stream replaces the table; streams are copied
 * as they are. `replaced` gives new bodies (bytes between `obj` and `endobj`) for some objects,
 * or adds objects numbered from the file's /Size up. The file says the same as one pdf-lib would
 * save from it, at about its size, without parsing any object: Chromium's tagged PDF holds
 * thousands of small objects (its tag tree), which pdf-lib took most of a second to parse and write.
 */
export function packPdf(pdf: PdfObjects, replaced: ReadonlyMap<number, Uint8Array>, info: number | null): Uint8Array {
  const bodies = new Map<number, Uint8Array>();
  const streams = new Map<number, Uint8Array>();
  for (const object of pdf.objects.values()) (object.stream ? streams : bodies).set(object.number, object.body);
  for (const [number, body] of replaced) {
    streams.delete(number);
    bodies.set(number, body);
  }
  const output = new Output();
  output.write(HEADER);
  const entries = new Map<number, Entry>();
  for (const [number, body] of streams) entries.set(number, [1, output.writeObject(number, body), 0]);
  let next = [...bodies.keys(), ...streams.keys()].reduce((highest, number) => Math.max(highest, number + 1), pdf.size);
  const packed = [...bodies];
  for (let first = 0; first < packed.length; first += OBJECTS_PER_STREAM) {
    const group = packed.slice(first, first + OBJECTS_PER_STREAM);
    const number = next++;
    for (const [index, [member]] of group.entries()) entries.set(member, [2, number, index]);
    entries.set(number, [1, output.writeObject(number, objectStream(group)), 0]);
  }
  const xref = next++;
  entries.set(xref, [1, output.length, 0]);
  const trailer = [`/Size ${next}`, `/Root ${pdf.root} 0 R`];
  if (info !== null) trailer.push(`/Info ${info} 0 R`);
  if (pdf.id !== null) trailer.push(`/ID ${pdf.id}`);
  const xrefAt = output.writeObject(xref, crossReferenceStream(entries, next, trailer));
  output.write(Buffer.from(`startxref\n${xrefAt}\n%%EOF`, 'latin1'));
  return output.bytes();
}

/** An object stream holding `group`: pairs of number and offset, then the objects, compressed. */
function objectStream(group: readonly (readonly [number, Uint8Array])[]): Uint8Array {
  const pairs: string[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const [number, body] of group) {
    pairs.push(`${number} ${offset}`);
    parts.push(body, NEWLINE);
    offset += body.byteLength + 1;
  }
  const head = Buffer.from(`${pairs.join(' ')}\n`, 'latin1');
  const data = deflateSync(Buffer.concat([head, ...parts]));
  return streamBody(`/Type /ObjStm\n/N ${group.length}\n/First ${head.byteLength}`, data);
}

/** The cross-reference stream: one entry per object number below `size`, numbers without one free. */
function crossReferenceStream(
  entries: ReadonlyMap<number, Entry>,
  size: number,
  trailer: readonly string[],
): Uint8Array {
  const width = WIDTHS[0] + WIDTHS[1] + WIDTHS[2];
  const table = Buffer.alloc(size * width);
  for (let number = 0; number < size; number += 1) {
    const [kind, field, index] = entries.get(number) ?? [0, 0, number === 0 ? 65535 : 0];
    table.writeUInt8(kind, number * width);
    table.writeUInt32BE(field, number * width + WIDTHS[0]);
    table.writeUInt16BE(index, number * width + WIDTHS[0] + WIDTHS[1]);
  }
  const dictionary = [`/Type /XRef`, ...trailer, `/W [ ${WIDTHS.join(' ')} ]`, `/Index [ 0 ${size} ]`];
  return streamBody(dictionary.join('\n'), deflateSync(table));
}

function streamBody(dictionary: string, data: Uint8Array): Uint8Array {
  const head = Buffer.from(
    `<<\n${dictionary}\n/Filter /FlateDecode\n/Length ${data.byteLength}\n>>\nstream\n`,
    'latin1',
  );
  return Buffer.concat([head, data, Buffer.from('\nendstream', 'latin1')]);
}

const NEWLINE = Buffer.from('\n', 'latin1');

/** The file as it is written, and where each object starts. */
class Output {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  write(part: Uint8Array): void {
    this.parts.push(part);
    this.length += part.byteLength;
  }

  /** Writes `number 0 obj … endobj` and returns its offset. */
  writeObject(number: number, body: Uint8Array): number {
    const offset = this.length;
    this.write(Buffer.from(`${number} 0 obj\n`, 'latin1'));
    this.write(body);
    this.write(Buffer.from('\nendobj\n\n', 'latin1'));
    return offset;
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.parts, this.length);
  }
}
