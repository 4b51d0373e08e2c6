import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { deckPlugin } from './src/pipeline/deck-plugin.ts';
import { exportEntryPlugin } from './src/pipeline/export-entry.ts';
import { fontPreloadPlugin } from './src/pipeline/font-preload-plugin.ts';
import { palettePlugin } from './src/pipeline/palette-plugin.ts';
import { readingPlugin } from './src/pipeline/reading-plugin.ts';
import { talkFolder } from './src/pipeline/talk-folder.ts';

/** Drawn diagrams live here between builds; delete it (or run `npm run bench`) for a cold build. */
export const DIAGRAM_CACHE_DIR = resolve('node_modules/.cache/deck-diagrams');

// `vite build --mode single` writes the one-file deck a speaker can open from a USB stick.
// The talk is `slides/` unless $DECK_TALK names another folder (`npm run build -- --talk talks/atlas` sets it).
export default defineConfig(({ mode }) => {
  const singleFile = mode === 'single';
  const talk = talkFolder(resolve('.'));
  return {
    // Relative asset paths, so the built deck also works from a sub-folder or straight from disk.
    base: './',
    publicDir: 'public',
    // The deck's CSS names font files by this alias; only the Latin subset in three styles is shipped.
    resolve: { alias: { '@deck-fonts': resolve('node_modules/@fontsource/source-sans-3/files') } },
    plugins: [
      deckPlugin({ talkModule: talk.module, cacheDir: DIAGRAM_CACHE_DIR, singleFile }),
      readingPlugin({ talkModule: talk.module, cacheDir: DIAGRAM_CACHE_DIR }),
      fontPreloadPlugin(),
      palettePlugin(),
      ...(singleFile ? [viteSingleFile({ removeViteModuleLoader: true })] : [exportEntryPlugin()]),
    ],
    build: {
      outDir: singleFile ? talk.singleDir : talk.deckDir,
      emptyOutDir: true,
      // Fonts stay files in the normal build (cached by the browser) and go inline in the one-file build.
      assetsInlineLimit: singleFile ? Number.MAX_SAFE_INTEGER : 0,
      reportCompressedSize: false,
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: false },
  };
});
