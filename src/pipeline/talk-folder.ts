import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CACHE_PATHS, cutSuffix, DEFAULT_OUTPUTS, outputName, outputPaths } from '../contract.ts';

/** The talk built when none is chosen. */
export const DEFAULT_TALK = 'slides';

/** Environment variable that chooses the talk: `DECK_TALK=talks/atlas npm run build`. The `--talk` flag sets it too. */
export const TALK_ENV = 'DECK_TALK';

/** Environment variable that chooses the cut of a talk given at several lengths: `DECK_CUT=10 npm run dev`. The `--cut` flag sets it too. */
export const CUT_ENV = 'DECK_CUT';

/** Where one talk's data lives and where its deck, one-file deck and PDFs go. */
export interface TalkFolder {
  /** The folder as given, relative to the project root (e.g. `talks/atlas`), for messages. */
  readonly folder: string;
  /**
   * The talk's identity: its folder relative to the project, with `/` (e.g. `talks/atlas`).
   */
  readonly id: string;
  /**
   * What the build stamps in the page (contract.ts `TALK_META`) and the PDF command checks: the
   * id, and a cut asked for by name after it (`slides@10`), so no cut is printed from another's deck.
   */
  readonly stamp: string;
  /** The cut asked for (`--cut`, `$DECK_CUT`), or null for the talk's default cut (or a talk without cuts). */
  readonly cut: string | null;
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
export function talkFolder(
  root: string,
  folder: string = process.env[TALK_ENV] || DEFAULT_TALK,
  cut: string | null = process.env[CUT_ENV] || null,
): TalkFolder {
  if (cut !== null && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(cut))
    throw new OutputClashError(
      `'${cut}' is not a cut's id (lowercase letters, digits and hyphens, e.g. --cut 10): the talk's \`cuts\` lists its cuts.`,
    );
  const absolute = resolve(root, folder);
  const id = relative(root, absolute).split(sep).join('/') || '.';
  const shown = isAbsolute(folder) ? id : folder.replace(/\/+$/, '');
  const isDefault = absolute === resolve(root, DEFAULT_TALK);
  const name = isDefault ? null : outputName(id);
  const outputs = outputPaths(name, cut);
  if (name !== null) refuseDefaultOutputs(shown, outputs);
  const inputs = `${name ?? DEFAULT_OUTPUTS.deck}${cut === null ? '' : `-${cutSuffix(cut)}`}.json`;
  return {
    folder: shown,
    id,
    stamp: cut === null ? id : `${id}@${cut}`,
    cut,
    module: resolve(absolute, 'index.ts'),
    deckDir: resolve(root, outputs.deck),
    singleDir: resolve(root, outputs.single),
    exportsDir: resolve(root, outputs.exports),
    inputsFile: resolve(root, CACHE_PATHS.inputs, inputs),
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
