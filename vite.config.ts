import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildBrowser } from './src/browser/build-browser.ts';
import { CACHE_PATHS } from './src/contract.ts';
import { deckPlugin } from './src/pipeline/deck-plugin.ts';
import { exportEntryPlugin } from './src/pipeline/export-entry.ts';
import { fitCheckPlugin } from './src/pipeline/fit-check.ts';
import { fontPreloadPlugin } from './src/pipeline/font-preload-plugin.ts';
import { palettePlugin } from './src/pipeline/palette-plugin.ts';
import { readingPlugin } from './src/pipeline/reading-plugin.ts';
import { talkFolder } from './src/pipeline/talk-folder.ts';

/** Every drawing, maps included, lives here between builds (the one cache); `npm run bench` deletes it, and every other cache, for its cold build. */
export const DIAGRAM_CACHE_DIR = resolve(CACHE_PATHS.diagrams);

/** Decks measured and found to fit, by a hash of their files: an unchanged deck is not measured again. */
export const FIT_CACHE_DIR = resolve(CACHE_PATHS.fit);

// `vite build --mode single` writes the one-file deck a speaker can open from a USB stick.
// The talk is `slides/` unless $DECK_TALK names another folder (`npm run build -- --talk talks/atlas` sets it);
// its cut is the default one unless $DECK_CUT names another (`npm run build -- --cut 10` sets it).
export default defineConfig(({ mode }) => {
  const singleFile = mode === 'single';
  const talk = talkFolder(resolve('.'));
  // One Chromium for the build: the diagrams are drawn in it, then the fit check measures the deck in it and closes it.
  const browser = buildBrowser();
  return {
    // Relative asset paths, so the built deck also works from a sub-folder or straight from disk.
    base: './',
    publicDir: 'public',
    // The deck's CSS names font files by this alias; only the Latin subset in three styles is shipped.
    resolve: {
      alias: {
        '@deck-fonts-arabic': resolve('node_modules/@fontsource/noto-naskh-arabic/files'),
        '@deck-fonts': resolve('node_modules/@fontsource/source-sans-3/files'),
      },
    },
    plugins: [
      deckPlugin({
        talkModule: talk.module,
        cacheDir: DIAGRAM_CACHE_DIR,
        singleFile,
        talkId: talk.stamp,
        inputsFile: talk.inputsFile,
        cut: talk.cut,
        browser,
      }),
      readingPlugin(),
      fontPreloadPlugin(),
      palettePlugin(),
      // Last: it measures the written deck, every slide at every size, and refuses one that does not fit.
      fitCheckPlugin({ cacheDir: FIT_CACHE_DIR, browser }),
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
