import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Bibliography } from '../citations/bibliography.ts';
import { loadCitationStyle } from '../citations/csl-files.ts';
import { talkBibliography } from '../citations/talk-bibliography.ts';
import { DATA_DIR, dataPackage } from '../data/data-package.ts';
import { presentedTalk } from '../model/cuts.ts';
import { indexTalk } from '../model/talk-index.ts';
import type { Talk } from '../model/types.ts';
import { READING_DIR, renderReading } from '../reading/render-reading.ts';
import { readingWords } from '../reading/words.ts';
import { assertValidTalk } from '../rules/index.ts';
import { generateAllDiagrams } from './build-deck.ts';
import { sha256Source } from './csp.ts';
import { loadTalkModule } from './node-bundle.ts';
import { renderDiagrams } from './render-diagrams.ts';
import { rulesInForce } from './rules-in-force.ts';

export interface ReadingPluginOptions {
  /** The talk's module, as the deck plugin takes it. */
  readonly talkModule: string;
  /** The talk itself, for tests that build talks of their own. */
  readonly talk?: Talk;
  /** The diagram cache the deck plugin fills: the reading edition shows the same drawings, taken from it. */
  readonly cacheDir: string;
  /** The cut built (`--cut`, `$DECK_CUT`), as the deck plugin takes it; default the talk's default cut. */
  readonly cut?: string | null;
}

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

async function readingPage(talk: Talk, bibliography: Bibliography, cacheDir: string): Promise<string> {
  const index = indexTalk(talk);
  const diagrams = generateAllDiagrams(index);
  const { svgs } = await renderDiagrams(diagrams, { cacheDir });
  const script = engineFile('../reading/search.js');
  const page = renderReading(
    {
      index,
      words: readingWords(talk.lang),
      bibliography,
      diagrams: new Map(diagrams.map((diagram) => [diagram.slideId, diagram])),
      svgs,
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
 * either, so its budget is untouched.
 */
export function readingPlugin(options: ReadingPluginOptions): Plugin {
  return {
    name: 'deck:reading',
    apply: 'build',
    // The deck names its reading edition in its head: the R key and readers' tools find it there, and the deck loads none of it.
    transformIndexHtml: {
      order: 'pre',
      async handler() {
        const talk =
          options.talk ?? (await loadTalkModule(options.talkModule, join(options.cacheDir, '..', 'deck-talks'))).talk;
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'alternate',
              type: 'text/html',
              href: `${READING_DIR}/index.html`,
              title: readingWords(talk.lang).edition,
              'data-reading': true,
            },
            injectTo: 'head',
          },
        ];
      },
    },
    async generateBundle() {
      const written =
        options.talk ?? (await loadTalkModule(options.talkModule, join(options.cacheDir, '..', 'deck-talks'))).talk;
      // The reading edition follows the cut's slides and notes; the data keeps every event, as the cut does.
      const talk = presentedTalk(written, options.cut ?? undefined);
      assertValidTalk(written, rulesInForce(), talk.presenting === undefined ? undefined : [talk.presenting.id]);
      const bibliography = talkBibliography(talk, loadCitationStyle(talk.lang, talk.citationStyle));
      for (const [name, content] of dataPackage(talk, bibliography))
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${name}`, source: content });
      this.emitFile({
        type: 'asset',
        fileName: `${READING_DIR}/index.html`,
        source: await readingPage(talk, bibliography, options.cacheDir),
      });
    },
  };
}
