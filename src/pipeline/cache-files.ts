/** What the build's caches share: the hash that keys an entry, and writing an entry whole. */
import { createHash, type Hash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Feeds every file under `folder` into `hash`, in a fixed order, each by its path relative to the folder
 * and its content: a folder's fingerprint (the built deck's for the fit check, the engine's source for the
 * rules' pass).
 */
export function hashFolder(hash: Hash, folder: string): Hash {
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(folder, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(folder);
  return hash;
}

/**
 * Writes `text` to `file` whole: to a name of this process's own, then renamed over it, so an
 * interrupted build never leaves half an entry and two builds at once never mix theirs.
 */
export function replaceFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
