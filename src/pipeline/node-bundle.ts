import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import type { Talk } from '../model/types.ts';
import { NoTalkError } from './talk-folder.ts';

/**
 * TypeScript made runnable by plain Node, with Rolldown (the bundler Vite itself runs on):
 * the project's own files are bundled into one ES module, packages stay imports. Node starts
 * such a file at once, with no TypeScript loader, as Vite does with `vite.config.ts`.
 */
async function bundle(input: string): Promise<{ code: string; files: string[] }> {
  const build = await rolldown({
    input,
    platform: 'node',
    // Packages and Node's own modules are loaded from node_modules at run time, as usual.
    external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
    tsconfig: false,
    logLevel: 'silent',
  });
  try {
    const { output } = await build.generate({ format: 'esm', codeSplitting: false });
    const [chunk] = output;
    if (chunk?.type !== 'chunk') throw new Error(`Bundling ${input} produced no module.`);
    return { code: chunk.code, files: chunk.moduleIds.filter((id) => isAbsolute(id)) };
  } finally {
    await build.close();
  }
}

/** Writes `input` bundled to `file` (replacing it whole, never half-written): the prebuilt entry of a command. */
export async function writeNodeBundle(input: string, file: string): Promise<void> {
  const { code } = await bundle(input);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, code);
  renameSync(`${file}.tmp`, file);
}

/**
 * Loads a talk's `index.ts` (it exports `talk`) and names the files it is made of, so the
 * dev server can reload when one changes. Nothing of the talk is imported into the build's
 * own code: any folder can hold a talk.
 */
export async function loadTalkModule(module: string, scratchDir: string): Promise<{ talk: Talk; files: string[] }> {
  if (!existsSync(module)) throw new NoTalkError(module);
  const { code, files } = await bundle(module);
  mkdirSync(scratchDir, { recursive: true });
  // A fresh name each time, so Node's module cache never hands back an earlier version of the talk.
  const file = join(scratchDir, `talk-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  try {
    const loaded: { talk?: Talk } = await import(pathToFileURL(file).href);
    if (typeof loaded.talk !== 'object' || loaded.talk === null)
      throw new Error(`${module} does not export a talk: add \`export const talk: Talk = { … }\`.`);
    return { talk: loaded.talk, files };
  } finally {
    rmSync(file, { force: true });
  }
}
