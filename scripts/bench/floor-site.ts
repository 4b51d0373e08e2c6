import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { floorHtml } from './floor-page.ts';

/** Script files stay out of the floor's folder, so it cannot load any JavaScript even by mistake, and its byte count has none. */
const SCRIPT_EXTENSIONS = new Set(['.js', '.mjs', '.map']);

/** Writes the floor site into dir: the built deck's files without its scripts, and an index.html derived by floorHtml. */
export function writeFloorSite(distDir: string, dir: string): string {
  cpSync(distDir, dir, { recursive: true, filter: (source) => !SCRIPT_EXTENSIONS.has(extname(source)) });
  writeFileSync(join(dir, 'index.html'), floorHtml(readFileSync(join(distDir, 'index.html'), 'utf8')));
  return dir;
}
