// @ts-check
/**
 * The paths of the page/export contract (src/contract.ts re-exports them; import them from
 * there). They live in this plain JavaScript file because scripts/deck.mjs needs them too,
 * and that script is plain JavaScript on purpose: Node starts it at once, with no TypeScript
 * loader. Browser-safe: no Node import, only strings and string functions.
 */

/** Where the engine keeps what it makes between runs, relative to the project root. */
export const CACHE_ROOT = 'node_modules/.cache';

/** Each cache folder (and the one prebuilt file), relative to the project root. */
export const CACHE_PATHS = /* @__PURE__ */ Object.freeze({
  /**
   * Every drawing (Mermaid's, the SVG generators', the maps), by its input and the versions that shape it;
   * beside them, the formatted bibliography and the diagrams' text measurements, by theirs.
   */
  diagrams: `${CACHE_ROOT}/deck-diagrams`,
  /** Decks measured and found to fit their slides, by a hash of their files. */
  fit: `${CACHE_ROOT}/deck-fit`,
  /** A talk's module bundled for Node while it loads (scratch). */
  talks: `${CACHE_ROOT}/deck-talks`,
  /** Per built talk, the files its deck was made from, for the staleness check. */
  inputs: `${CACHE_ROOT}/deck-inputs`,
  /** The build's configuration (vite.config.ts) bundled for Node by scripts/deck.mjs, once per change of the engine. */
  config: `${CACHE_ROOT}/deck-config/vite.config.mjs`,
  /** The PDF command, bundled to plain JavaScript by a build (src/pipeline/export-entry.ts). */
  exportEntry: `${CACHE_ROOT}/deck-export/pdf.mjs`,
});

/** The default talk's outputs keep the plain names a speaker knows. */
export const DEFAULT_OUTPUTS = /* @__PURE__ */ Object.freeze({
  deck: 'dist',
  single: 'dist-single',
  exports: 'exports',
});

/**
 * The flat name of a talk's outputs, from its folder's path relative to the project
 * (`talks/atlas` → `talks-atlas`, `../elsewhere/atlas` → `up-elsewhere-atlas`), so two talks
 * with the same last folder name never share an output. Names that still meet are refused
 * (see talk-folder.ts).
 * @param {string} relativeFolder POSIX path of the talk's folder relative to the project
 * @returns {string}
 */
export function outputName(relativeFolder) {
  return relativeFolder
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .map((part) => (part === '..' ? 'up' : part))
    .join('-');
}

/**
 * The part of output names that says which cut of a talk they hold: `10min` for a cut whose id
 * is its minutes (`handout-10min.pdf`), the id itself for another (`dist-panel/`).
 * @param {string} cutId
 * @returns {string}
 */
export function cutSuffix(cutId) {
  return /^\d+$/.test(cutId) ? `${cutId}min` : cutId;
}

/**
 * A talk's outputs, relative to the project: the default talk's plain names, another
 * talk's `dist-<name>/`, `dist-<name>-single/` and `exports/<name>/`. A cut asked for by name
 * builds beside them (`dist-10min/`, `dist-talks-atlas-10min-single/`), so no cut overwrites
 * another; its PDFs go to the same exports folder under names of their own (`handout-10min.pdf`).
 * @param {string | null} name the talk's `outputName`, or null for the default talk
 * @param {string | null} [cut] the cut asked for (`--cut`, $DECK_CUT), or null for the talk's default
 * @returns {{ deck: string, single: string, exports: string }}
 */
export function outputPaths(name, cut = null) {
  const suffix = cut === null ? '' : `-${cutSuffix(cut)}`;
  if (name === null)
    return cut === null
      ? DEFAULT_OUTPUTS
      : {
          deck: `${DEFAULT_OUTPUTS.deck}${suffix}`,
          single: `${DEFAULT_OUTPUTS.deck}${suffix}-single`,
          exports: DEFAULT_OUTPUTS.exports,
        };
  return {
    deck: `dist-${name}${suffix}`,
    single: `dist-${name}${suffix}-single`,
    exports: `${DEFAULT_OUTPUTS.exports}/${name}`,
  };
}
