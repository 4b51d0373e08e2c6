import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { talk } from './slides/index.ts';
import { deckPlugin } from './src/pipeline/deck-plugin.ts';
import { fontPreloadPlugin } from './src/pipeline/font-preload-plugin.ts';
import { palettePlugin } from './src/pipeline/palette-plugin.ts';

/** Drawn diagrams live here between builds; delete it (or run `npm run bench`) for a cold build. */
export const DIAGRAM_CACHE_DIR = resolve('node_modules/.cache/deck-diagrams');

// `vite build --mode single` writes the one-file deck a speaker can open from a USB stick.
export default defineConfig(({ mode }) => {
  const singleFile = mode === 'single';
  return {
    // Relative asset paths, so the built deck also works from a sub-folder or straight from disk.
    base: './',
    publicDir: 'public',
    // The deck's CSS names font files by this alias; only the Latin subset in three styles is shipped.
    resolve: { alias: { '@deck-fonts': resolve('node_modules/@fontsource/source-sans-3/files') } },
    plugins: [
      deckPlugin({ loadTalk: () => talk, cacheDir: DIAGRAM_CACHE_DIR, singleFile }),
      fontPreloadPlugin(),
      palettePlugin(),
      ...(singleFile ? [viteSingleFile({ removeViteModuleLoader: true })] : []),
    ],
    build: {
      outDir: singleFile ? 'dist-single' : 'dist',
      emptyOutDir: true,
      // Fonts stay files in the normal build (cached by the browser) and go inline in the one-file build.
      assetsInlineLimit: singleFile ? Number.MAX_SAFE_INTEGER : 0,
      reportCompressedSize: false,
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: false },
  };
});
