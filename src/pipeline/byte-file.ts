/**
 * A large file searched as bytes a window at a time, never read whole: the admin-1 data the
 * maps draw provinces from is 60 MB, of which a map keeps some ten features, and reading it
 * whole into memory cost more than searching it.
 */
import { fstatSync, readSync } from 'node:fs';

/** Bytes read at a time when scanning the whole file. */
const SCAN_WINDOW = 1 << 20;
/** Bytes read at a time when looking near a place (a feature's ends, near a match): features are some kilobytes. */
const LOCAL_WINDOW = 1 << 16;

/** A file searched as bytes, a window at a time, with Buffer's `indexOf` and `lastIndexOf` meanings. */
export interface ByteFile {
  readonly size: number;
  /** Where `needle` starts, everywhere in the file, in one pass. */
  everyIndexOf(needle: Buffer): number[];
  /** Where `needle` first starts at or after `from`, or −1. */
  indexOf(needle: Buffer, from: number): number;
  /** Where `needle` last starts at or before `at`, or −1. */
  lastIndexOf(needle: Buffer, at: number): number;
  /** The bytes from `from` to `to`, decoded. */
  text(from: number, to: number): string;
}

/** A file opened for reading, searched in windows of these sizes (small ones in tests, to cross their edges). */
export function byteFile(descriptor: number, windows = { scan: SCAN_WINDOW, local: LOCAL_WINDOW }): ByteFile {
  const size = fstatSync(descriptor).size;
  const read = (from: number, to: number, into?: Buffer): Buffer => {
    const bytes = into ?? Buffer.allocUnsafe(Math.max(0, to - from));
    let done = 0;
    while (done < to - from) {
      const got = readSync(descriptor, bytes, done, to - from - done, from + done);
      if (got === 0) break;
      done += got;
    }
    return bytes.subarray(0, done);
  };
  return {
    size,
    everyIndexOf(needle) {
      // Windows overlap by the needle's length less one, so a match across two is found once.
      const window = Buffer.allocUnsafe(windows.scan + needle.length - 1);
      const found: number[] = [];
      for (let low = 0; low < size; low += windows.scan) {
        const bytes = read(low, Math.min(size, low + window.length), window);
        for (
          let at = bytes.indexOf(needle);
          at >= 0 && at < windows.scan;
          at = bytes.indexOf(needle, at + needle.length)
        )
          found.push(low + at);
      }
      return found;
    },
    indexOf(needle, from) {
      for (let low = Math.max(0, from); low < size; low += windows.local) {
        const found = read(low, Math.min(size, low + windows.local + needle.length - 1)).indexOf(needle);
        if (found >= 0) return low + found;
      }
      return -1;
    },
    lastIndexOf(needle, at) {
      // Windows of the starts (low, high], read with the needle's length past `high`.
      for (let high = Math.min(at, size - 1); high >= 0; high -= windows.local) {
        const low = Math.max(-1, high - windows.local);
        const found = read(low + 1, Math.min(size, high + needle.length)).lastIndexOf(needle);
        if (found >= 0) return low + 1 + found;
      }
      return -1;
    },
    text: (from, to) => read(from, to).toString('utf8'),
  };
}
