import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TalkFolder } from '../pipeline/talk-folder.ts';

/** What the built deck is made from besides the talk's folder; a change to any of them makes the deck stale. */
export const ENGINE_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts'] as const;

/** The newest file under the inputs, or null when none exists. */
export interface NewestInput {
  readonly path: string;
  readonly mtimeMs: number;
}

/**
 * Why the deck must be (re)built, or null when `dist/index.html` is newer than every
 * input. Pure, so the rule can be tested without touching files.
 */
export function staleReason(builtMtimeMs: number | null, newest: NewestInput | null): string | null {
  if (builtMtimeMs === null) return 'there is no built deck yet';
  if (newest && newest.mtimeMs > builtMtimeMs) return `${newest.path} changed since the last build`;
  return null;
}

/** Walks the inputs (folders recursively) and returns the most recently modified file. */
export function newestInput(root: string, inputs: readonly string[]): NewestInput | null {
  let newest: NewestInput | null = null;
  for (const input of inputs) {
    for (const path of filesUnder(resolve(root, input))) {
      const { mtimeMs } = statSync(path);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { path: relative(root, path), mtimeMs };
    }
  }
  return newest;
}

function* filesUnder(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path)) yield* filesUnder(join(path, name));
}

/**
 * Builds the talk's deck with Vite's own API (loading vite.config.ts, as `npm run build`
 * does) when its `index.html` is missing or older than its inputs. Vite is imported
 * only when a build is needed, so an up-to-date export starts at once.
 */
export async function ensureBuilt(root: string, talk: TalkFolder, log: (line: string) => void): Promise<string> {
  const distDir = talk.deckDir;
  const index = join(distDir, 'index.html');
  const builtMtimeMs = existsSync(index) ? statSync(index).mtimeMs : null;
  const reason = staleReason(builtMtimeMs, newestInput(root, [talk.folder, ...ENGINE_INPUTS]));
  if (reason === null) {
    log(`Deck is up to date (${relative(root, index)}).`);
    return distDir;
  }
  log(`Building the deck of ${talk.folder}/: ${reason}…`);
  const started = performance.now();
  const { build } = await import('vite');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(index))
    throw new Error(`The build finished but wrote no ${relative(root, index)}; check vite.config.ts (build.outDir).`);
  log(`Built the deck in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return distDir;
}
