import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CACHE_PATHS } from '../contract.ts';
import { writeNodeBundle } from './node-bundle.mjs';
import { ENGINE_CODE_INPUTS, whyStale } from './staleness.mjs';

/**
 * Where the build writes the PDF command as plain JavaScript (contract.ts). `npm run pdf`
 * (scripts/deck.mjs) runs it with no TypeScript loader, which would cost more than half a second at every start.
 */
export const EXPORT_ENTRY = CACHE_PATHS.exportEntry;

/** Writes the PDF command (`src/export/cli.ts`, bundled for Node) after a build of the deck, when the engine changed since it was last written. */
export function exportEntryPlugin(root: string = resolve('.')): Plugin {
  return {
    name: 'deck:export-entry',
    apply: 'build',
    async closeBundle() {
      const entry = resolve(root, EXPORT_ENTRY);
      if (whyStale(root, entry, ENGINE_CODE_INPUTS) === null) return;
      await writeNodeBundle(resolve(root, 'src/export/cli.ts'), entry);
    },
  };
}
