import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CACHE_PATHS, DEFAULT_OUTPUTS, outputName, outputPaths } from '../contract.ts';

/** The talk built when none is chosen. */
export const DEFAULT_TALK = 'slides';

/** Environment variable that chooses the talk: `DECK_TALK=talks/atlas npm run build`. The `--talk` flag sets it too. */
export const TALK_ENV = 'DECK_TALK';

/** Where one talk's data lives and where its deck, one-file deck and PDFs go. */
export interface TalkFolder {
  /** The folder as given, relative to the project root (e.g. `talks/atlas`), for messages. */
  readonly folder: string;
  /**
   * The talk's identity: its folder relative to the project, with `/` (e.g. `talks/atlas`).
   * The build stamps it in the page (contract.ts `TALK_META`); the PDF command checks it.
   */
  readonly id: string;
  /** Its module: `index.ts` in the folder, exporting `talk`. */
  readonly module: string;
  /** The built deck (`npm run build`): `dist/` for the default talk, `dist-<path>/` for another (`dist-talks-atlas/`). */
  readonly deckDir: string;
  /** The one-file deck (`npm run build:single`): `dist-single/`, or `dist-<path>-single/`. */
  readonly singleDir: string;
  /** Where `npm run pdf` writes by default: `exports/`, or `exports/<path>/`. */
  readonly exportsDir: string;
  /** Where the build lists the files the talk's deck was made from (src/pipeline/staleness.mjs reads it). */
  readonly inputsFile: string;
}

/**
 * The talk in `folder` (relative to `root`, or absolute), by default the one `$DECK_TALK`
 * names, else `slides/`. The default talk keeps the plain `dist/` names a speaker knows;
 * another talk builds beside it under a name made of its whole path from the project
 * (`talks/atlas` → `dist-talks-atlas/`), so two talks with the same folder name never share
 * an output, and a talk whose outputs would land on the default talk's is refused.
 */
export function talkFolder(root: string, folder: string = process.env[TALK_ENV] || DEFAULT_TALK): TalkFolder {
  const absolute = resolve(root, folder);
  const id = relative(root, absolute).split(sep).join('/') || '.';
  const shown = isAbsolute(folder) ? id : folder.replace(/\/+$/, '');
  const isDefault = absolute === resolve(root, DEFAULT_TALK);
  const name = isDefault ? null : outputName(id);
  const outputs = outputPaths(name);
  if (name !== null) refuseDefaultOutputs(shown, outputs);
  return {
    folder: shown,
    id,
    module: resolve(absolute, 'index.ts'),
    deckDir: resolve(root, outputs.deck),
    singleDir: resolve(root, outputs.single),
    exportsDir: resolve(root, outputs.exports),
    inputsFile: resolve(root, CACHE_PATHS.inputs, `${name ?? DEFAULT_OUTPUTS.deck}.json`),
  };
}

/** A talk whose outputs would overwrite the default talk's (a folder named `single`, say) is refused. */
function refuseDefaultOutputs(shown: string, outputs: { deck: string; single: string }): void {
  const taken = new Set<string>([DEFAULT_OUTPUTS.deck, DEFAULT_OUTPUTS.single]);
  const clash = [outputs.deck, outputs.single].find((output) => taken.has(output));
  if (clash === undefined) return;
  throw new OutputClashError(
    `The talk in ${shown}/ would build into ${clash}/, where the talk in ${DEFAULT_TALK}/ builds: rename or move the talk's folder (talks/<name>/ is the usual place).`,
  );
}

/** Two talks would write the same output: the message names both and the fix. */
export class OutputClashError extends Error {
  override name = 'OutputClashError';
}

/** The chosen folder holds no talk: the message says what a talk folder needs. */
export class NoTalkError extends Error {
  constructor(readonly module: string) {
    super(
      `No talk at ${module}: a talk's folder needs an index.ts that exports \`talk\` (copy talks/verane/ to start one).`,
    );
    this.name = 'NoTalkError';
  }
}
