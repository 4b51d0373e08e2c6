import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Talk } from '../model/types.ts';
import { sha256 } from './cache-files.ts';
import { bundleForNode } from './node-bundle.mjs';
import { NoTalkError } from './talk-folder.ts';

/** A talk as loaded: its data, the files it is made of, and a hash of its module as bundled (all of its code). */
export interface LoadedTalk {
  readonly talk: Talk;
  readonly files: string[];
  readonly moduleHash: string;
}

/**
 * Loads a talk's `index.ts` (it exports `talk`) and names the files it is made of, so the
 * dev server can reload when one changes. Nothing of the talk is imported into the build's
 * own code: any folder can hold a talk.
 */
export async function loadTalkModule(module: string, scratchDir: string): Promise<LoadedTalk> {
  if (!existsSync(module)) throw new NoTalkError(module);
  const { code, files } = await bundleForNode(module);
  mkdirSync(scratchDir, { recursive: true });
  // A fresh name each time, so Node's module cache never hands back an earlier version of the talk.
  const file = join(scratchDir, `talk-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  try {
    const loaded: { talk?: Talk } = await import(pathToFileURL(file).href);
    if (typeof loaded.talk !== 'object' || loaded.talk === null)
      throw new Error(`${module} does not export a talk: add \`export const talk: Talk = { … }\`.`);
    return { talk: loaded.talk, files, moduleHash: sha256(code) };
  } finally {
    rmSync(file, { force: true });
  }
}
