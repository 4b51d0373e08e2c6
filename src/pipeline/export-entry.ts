import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CACHE_PATHS } from '../contract.ts';
import { writeNodeBundle } from './node-bundle.ts';

/**
 * Where the build writes the PDF command as plain JavaScript (contract.ts). `npm run pdf`
 * (scripts/deck.mjs) runs it with no TypeScript loader, which would cost more than half a second at every start.
 */
export const EXPORT_ENTRY = CACHE_PATHS.exportEntry;

/** Writes the PDF command (`src/export/cli.ts`, bundled for Node) after each build of the deck. */
export function exportEntryPlugin(root: string = resolve('.')): Plugin {
  return {
    name: 'deck:export-entry',
    apply: 'build',
    async closeBundle() {
      await writeNodeBundle(resolve(root, 'src/export/cli.ts'), resolve(root, EXPORT_ENTRY));
    },
  };
}
