/** One object of a PDF file, unparsed: its number and its bytes between `N 0 obj` and `endobj`, trimmed. */
export interface RawObject {
  readonly number: number;
  readonly body: Uint8Array;
  /** True when the object is a stream (its body ends with `endstream`), which no object stream may hold. */
  readonly stream: boolean;
}

/** A PDF file with one cross-reference table, as Chromium writes it, read as its objects without parsing them. */
export interface PdfObjects {
  /** In use, by number. */
  readonly objects: ReadonlyMap<number, RawObject>;
  /** The trailer's /Size: one more than the highest object number. */
  readonly size: number;
  /** The catalog's object number. */
  readonly root: number;
  /** The document information dictionary's object number, or null when the file has none. */
  readonly info: number | null;
  /** The trailer's /ID array as written (`[<…> <…>]`), or null. */
  readonly id: string | null;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/**
 * Reads a PDF file written in one go with a classic cross-reference table (Chromium's, or any file
 * saved without object streams) into its objects, by the table's offsets alone: no object's
 * content is parsed. Null for any other file (cross-reference streams, incremental updates,
 * encryption, generations above 0, a table that does not match the objects), which the caller
 * then reads with a full parser.
 */
export function readPdfObjects(bytes: Uint8Array): PdfObjects | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  const xrefAt = Number(start?.[1] ?? Number.NaN);
  if (!Number.isInteger(xrefAt) || !text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0) return null;
  const trailer = text.slice(trailerAt, text.lastIndexOf('startxref'));
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(trailer)) return null;
  const offsets = tableOffsets(text.slice(xrefAt + 'xref'.length, trailerAt));
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? Number.NaN);
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  if (offsets === null || !Number.isInteger(size) || root === undefined) return null;
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1];
  const objects = objectsAt(bytes, text, offsets, xrefAt);
  if (objects === null || !objects.has(Number(root))) return null;
  return {
    objects,
    size,
    root: Number(root),
    info: info === undefined ? null : Number(info),
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1] ?? null,
  };
}

/** The table's in-use entries, object number to offset; null when an entry is of a generation above 0. */
function tableOffsets(table: string): Map<number, number> | null {
  const tokens = table.trim().split(/\s+/);
  const offsets = new Map<number, number>();
  let index = 0;
  while (index < tokens.length) {
    const first = Number(tokens[index]);
    const count = Number(tokens[index + 1]);
    if (!Number.isInteger(first) || !Number.isInteger(count)) return null;
    index += 2;
    for (let entry = 0; entry < count; entry += 1, index += 3) {
      const [offset, generation, kind] = [tokens[index], tokens[index + 1], tokens[index + 2]];
      if (kind !== 'n') continue;
      if (generation !== '00000') return null;
      offsets.set(first + entry, Number(offset));
    }
  }
  return offsets;
}

/** Each object runs from its offset to the next object's (or the table): its body ends at the last `endobj` before that. */
function objectsAt(
  bytes: Uint8Array,
  text: string,
  offsets: ReadonlyMap<number, number>,
  xrefAt: number,
): Map<number, RawObject> | null {
  const order = [...offsets].sort((a, b) => a[1] - b[1]);
  const objects = new Map<number, RawObject>();
  for (const [index, [number, offset]] of order.entries()) {
    const end = order[index + 1]?.[1] ?? xrefAt;
    const header = /(\d+)\s+0\s+obj/y;
    header.lastIndex = offset;
    const match = header.exec(text);
    const close = text.lastIndexOf('endobj', end);
    if (match?.[1] !== String(number) || close < header.lastIndex) return null;
    const [from, to] = trimmed(bytes, header.lastIndex, close);
    objects.set(number, { number, body: bytes.subarray(from, to), stream: text.startsWith('endstream', to - 9) });
  }
  return objects;
}

function trimmed(bytes: Uint8Array, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && WHITESPACE.has(bytes[start] ?? 0)) start += 1;
  while (end > start && WHITESPACE.has(bytes[end - 1] ?? 0)) end -= 1;
  return [start, end];
}
