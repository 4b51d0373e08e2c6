import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadCitationStyle } from '../citations/csl-files.ts';
import { talkBibliography } from '../citations/talk-bibliography.ts';
import { DATA_DIR, dataPackage } from '../data/data-package.ts';
import type { Talk } from '../model/types.ts';
import { assertValidTalk } from '../rules/index.ts';
import { loadTalkModule } from './node-bundle.ts';

export interface ReadingPluginOptions {
  /** The talk's module, as the deck plugin takes it. */
  readonly talkModule: string;
  /** The talk itself, for tests that build talks of their own. */
  readonly talk?: Talk;
  /** The diagram cache the deck plugin uses, beside which talk modules are bundled. */
  readonly cacheDir: string;
}

/**
 * Writes what a reader takes away beside the deck, from the same data in the same build:
 * the data package (`data/`). The deck never loads any of it, so its budget is untouched.
 */
export function readingPlugin(options: ReadingPluginOptions): Plugin {
  return {
    name: 'deck:reading',
    apply: 'build',
    async generateBundle() {
      const talk =
        options.talk ?? (await loadTalkModule(options.talkModule, join(options.cacheDir, '..', 'deck-talks'))).talk;
      assertValidTalk(talk);
      const bibliography = talkBibliography(talk, loadCitationStyle(talk.lang, talk.citationStyle));
      for (const [name, content] of dataPackage(talk, bibliography))
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${name}`, source: content });
    },
  };
}
