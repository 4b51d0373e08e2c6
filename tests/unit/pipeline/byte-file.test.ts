/**
 * The admin-1 file is searched a window at a time instead of read whole: the windowed search
 * finds what Buffer's own search over the whole file finds, across the windows' edges.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { byteFile } from '../../../src/pipeline/byte-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'map-data-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every start of a needle in the bytes, as a search that resumes after each match finds them. */
function everyMatch(bytes: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

describe('the windowed search of a file', () => {
  it('finds every match, and the first after and the last before any place, as a search of the whole file', () => {
    // A needle that cannot overlap itself, in text of its own letters, so that matches are many and cross the windows.
    const needle = Buffer.from('a{b');
    let run = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '{', 'b', 'x'), maxLength: 200 }),
        fc.integer({ min: 3, max: 17 }),
        fc.integer({ min: 3, max: 17 }),
        fc.integer({ min: -5, max: 210 }),
        (content, scan, local, place) => {
          const file = join(folder, `file-${run++}.txt`);
          writeFileSync(file, content);
          const bytes = Buffer.from(content);
          const descriptor = openSync(file, 'r');
          try {
            const source = byteFile(descriptor, { scan, local });
            expect(source.everyIndexOf(needle)).toEqual(everyMatch(bytes, needle));
            expect(source.indexOf(needle, place)).toBe(bytes.indexOf(needle, Math.max(0, place)));
            if (place >= 0) expect(source.lastIndexOf(needle, place)).toBe(bytes.lastIndexOf(needle, place));
            expect(source.text(1, 7)).toBe(bytes.toString('utf8', 1, 7));
          } finally {
            closeSync(descriptor);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
