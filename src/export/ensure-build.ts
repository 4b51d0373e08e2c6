import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stampedTalk } from '../contract.ts';
import { deckInputs, whyStale } from '../pipeline/staleness.mjs';
import { OutputClashError, type TalkFolder } from '../pipeline/talk-folder.ts';

export { ENGINE_INPUTS, newestInput, staleReason } from '../pipeline/staleness.mjs';

/**
 * Why the talk's deck must be (re)built, or null when it is up to date: missing, older than
 * the engine, its folder or any file its module imports (src/pipeline/staleness.mjs, the one
 * check the build's own entry uses too), or built by an engine that did not stamp it. A
 * folder that holds another talk's deck is refused: building over it would destroy that deck.
 */
export function deckStaleness(root: string, talk: TalkFolder): string | null {
  const index = join(talk.deckDir, 'index.html');
  if (existsSync(index)) {
    const stamped = stampedTalk(readFileSync(index, 'utf8'));
    if (stamped !== null && stamped !== talk.stamp)
      throw new OutputClashError(
        `${relative(root, talk.deckDir)}/ holds the deck of ${stamped}/, not of ${talk.stamp}/: two talks share this output. Rename or move one talk's folder.`,
      );
    if (stamped === null) return `${relative(root, index)} carries no talk stamp (built by an older engine)`;
  }
  return whyStale(root, index, deckInputs(talk.id, talk.inputsFile));
}

/**
 * Builds the talk's deck with Vite's own API (loading vite.config.ts, as `npm run build`
 * does) when `deckStaleness` says so. Vite is imported only when a build is needed, so an
 * up-to-date export starts at once.
 */
export async function ensureBuilt(root: string, talk: TalkFolder, log: (line: string) => void): Promise<string> {
  const distDir = talk.deckDir;
  const index = join(distDir, 'index.html');
  const reason = deckStaleness(root, talk);
  if (reason === null) {
    log(`Deck is up to date (${relative(root, index)}).`);
    return distDir;
  }
  log(`Building the deck of ${talk.folder}/: ${reason}…`);
  const started = performance.now();
  const { build } = await import('vite');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(index))
    throw new Error(`The build finished but wrote no ${relative(root, index)}; check vite.config.ts (build.outDir).`);
  log(`Built the deck in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return distDir;
}
