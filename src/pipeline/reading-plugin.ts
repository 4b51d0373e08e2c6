import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DATA_DIR, dataPackage } from '../data/data-package.ts';
import { READING_DIR, renderReading } from '../reading/render-reading.ts';
import { readingWords } from '../reading/words.ts';
import type { BuiltDeck } from './build-deck.ts';
import { sha256Source } from './csp.ts';
import { type DeckPluginApi, deckPluginApi } from './deck-plugin.ts';

function engineFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
}

/**
 * The reading page's own policy: nothing from anywhere, its one inline script by hash, inline
 * styles (its stylesheet and the diagrams' own), pictures only from itself.
 */
export function readingPolicy(script: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256Source(script)}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function readingPage(deck: BuiltDeck): string {
  const script = engineFile('../reading/search.js');
  const page = renderReading(
    {
      index: deck.index,
      words: readingWords(deck.presented.lang),
      bibliography: deck.bibliography,
      diagrams: new Map(deck.diagrams.map((diagram) => [diagram.slideId, diagram])),
      svgs: deck.svgs,
    },
    { css: engineFile('../reading/reading.css'), script },
  );
  return page.replace(
    '<meta charset="utf-8">',
    () => `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${readingPolicy(script)}">`,
  );
}

/**
 * Writes what a reader takes away beside the deck, from the same data in the same build: the
 * reading edition (`read/index.html`) and the data package (`data/`). The deck never loads
 * either, so its budget is untouched. Both come from the deck plugin's own work (the talk
 * checked, its cut applied, its drawings and bibliography made once), so they cannot differ
 * from the deck and cost the build no second pass.
 */
export function readingPlugin(): Plugin {
  let deckApi: DeckPluginApi | null = null;
  const built = (): Promise<BuiltDeck> => {
    if (!deckApi) throw new Error('deck:reading ran before its configuration was resolved.');
    return deckApi.built();
  };
  return {
    name: 'deck:reading',
    apply: 'build',
    configResolved(config) {
      deckApi = deckPluginApi(config.plugins, 'deck:reading');
    },
    // The deck names its reading edition in its head: the R key and readers' tools find it there, and the deck loads none of it.
    transformIndexHtml: {
      order: 'pre',
      async handler() {
        const { presented } = await built();
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'alternate',
              type: 'text/html',
              href: `${READING_DIR}/index.html`,
              title: readingWords(presented.lang).edition,
              'data-reading': true,
            },
            injectTo: 'head',
          },
        ];
      },
    },
    async generateBundle() {
      // The reading edition follows the cut's slides and notes; the data keeps every event, as the cut does.
      const deck = await built();
      for (const [name, content] of dataPackage(deck.presented, deck.bibliography))
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${name}`, source: content });
      this.emitFile({ type: 'asset', fileName: `${READING_DIR}/index.html`, source: readingPage(deck) });
    },
  };
}
