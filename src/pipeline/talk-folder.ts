import { basename, isAbsolute, relative, resolve } from 'node:path';

/** The talk built when none is chosen. */
export const DEFAULT_TALK = 'slides';

/** Environment variable that chooses the talk: `DECK_TALK=talks/atlas npm run build`. The `--talk` flag sets it too. */
export const TALK_ENV = 'DECK_TALK';

/** Where one talk's data lives and where its deck, one-file deck and PDFs go. */
export interface TalkFolder {
  /** The folder as given, relative to the project root (e.g. `talks/atlas`), for messages. */
  readonly folder: string;
  /** Its module: `index.ts` in the folder, exporting `talk`. */
  readonly module: string;
  /** The built deck (`npm run build`): `dist/` for the default talk, `dist-<name>/` for another. */
  readonly deckDir: string;
  /** The one-file deck (`npm run build:single`): `dist-single/`, or `dist-<name>-single/`. */
  readonly singleDir: string;
  /** Where `npm run pdf` writes by default: `exports/`, or `exports/<name>/`. */
  readonly exportsDir: string;
}

/**
 * The talk in `folder` (relative to `root`, or absolute), by default the one `$DECK_TALK`
 * names, else `slides/`. The default talk keeps the plain `dist/` names a speaker knows;
 * another talk builds beside it under its folder's name, so two decks never overwrite each other.
 */
export function talkFolder(root: string, folder: string = process.env[TALK_ENV] || DEFAULT_TALK): TalkFolder {
  const absolute = resolve(root, folder);
  const shown = isAbsolute(folder) ? relative(root, absolute) || '.' : folder.replace(/\/+$/, '');
  const isDefault = absolute === resolve(root, DEFAULT_TALK);
  const name = basename(absolute);
  return {
    folder: shown,
    module: resolve(absolute, 'index.ts'),
    deckDir: resolve(root, isDefault ? 'dist' : `dist-${name}`),
    singleDir: resolve(root, isDefault ? 'dist-single' : `dist-${name}-single`),
    exportsDir: resolve(root, isDefault ? 'exports' : `exports/${name}`),
  };
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
