import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a built folder ships: every byte on disk, and the scripts and stylesheets as a server would send them gzipped. */
export interface ShippedBytes {
  readonly total: number;
  readonly jsGzip: number;
  readonly cssGzip: number;
}

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * Each file is gzipped on its own, as a static server sends it, at zlib's default
 * level (6, what nginx and most CDNs use), not at -9 which would flatter the figure.
 */
export function measureBytes(dir: string): ShippedBytes {
  let total = 0;
  let jsGzip = 0;
  let cssGzip = 0;
  for (const file of filesUnder(dir)) {
    const content = readFileSync(file);
    total += content.byteLength;
    const extension = extname(file);
    if (extension === '.js' || extension === '.mjs') jsGzip += gzipSync(content).byteLength;
    if (extension === '.css') cssGzip += gzipSync(content).byteLength;
  }
  return { total, jsGzip, cssGzip };
}
