// @ts-check
/**
 * The one staleness check: is a built file older than anything it was made from? The PDF
 * command asks it of the deck (src/export/ensure-build.ts), scripts/deck.mjs of the prebuilt
 * PDF command and build configuration, and the build of the PDF command it writes. Plain
 * JavaScript for the same reason as src/contract-paths.mjs: scripts/deck.mjs runs with no
 * TypeScript loader.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** What every deck is made from besides its talk's files; a change to any of them makes the deck stale. */
export const ENGINE_INPUTS = Object.freeze(['src', 'public', 'index.html', 'vite.config.ts']);

/**
 * What the engine's prebuilt code is made from: the PDF command and the build's configuration, each bundled for
 * Node (contract.ts `CACHE_PATHS.exportEntry` and `.config`).
 */
export const ENGINE_CODE_INPUTS = Object.freeze(['src', 'vite.config.ts']);

/**
 * @typedef {{ readonly path: string, readonly mtimeMs: number }} NewestInput
 * The newest file under the inputs (`path` relative to the project).
 */

/**
 * Why the built file must be (re)built, or null when it is newer than every input. Pure,
 * so the rule can be tested without touching files.
 * @param {number | null} builtMtimeMs
 * @param {NewestInput | null} newest
 * @returns {string | null}
 */
export function staleReason(builtMtimeMs, newest) {
  if (builtMtimeMs === null) return 'there is no built deck yet';
  if (newest && newest.mtimeMs > builtMtimeMs) return `${newest.path} changed since the last build`;
  return null;
}

/**
 * Walks the inputs (folders recursively) and returns the most recently modified file.
 * @param {string} root
 * @param {readonly string[]} inputs relative to `root`, or absolute
 * @returns {NewestInput | null}
 */
export function newestInput(root, inputs) {
  /** @type {NewestInput | null} */
  let newest = null;
  for (const input of inputs) {
    for (const path of filesUnder(resolve(root, input))) {
      const { mtimeMs } = statSync(path);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { path: relative(root, path), mtimeMs };
    }
  }
  return newest;
}

/** @param {string} path @returns {Generator<string>} */
function* filesUnder(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path)) yield* filesUnder(join(path, name));
}

/**
 * Records the files a talk's deck was made from (every module its `index.ts` imports,
 * inside its folder or not), relative to the project, for `deckInputs`.
 * @param {string} file where to write the list
 * @param {string} root
 * @param {readonly string[]} files absolute paths
 */
export function writeTalkInputs(file, root, files) {
  const listed = [...new Set(files.map((path) => relative(root, path).split(sep).join('/')))].sort();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(listed, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * Everything a talk's deck is made from: the engine, the talk's folder, and every file its
 * module imported at the last build (data shared from outside the folder included).
 * @param {string} talkFolder relative to the project
 * @param {string} inputsFile the list `writeTalkInputs` wrote, if any
 * @returns {string[]}
 */
export function deckInputs(talkFolder, inputsFile) {
  /** @type {string[]} */
  let imported = [];
  if (existsSync(inputsFile)) {
    const parsed = JSON.parse(readFileSync(inputsFile, 'utf8'));
    if (Array.isArray(parsed)) imported = parsed.filter((path) => typeof path === 'string');
  }
  return [...ENGINE_INPUTS, talkFolder, ...imported];
}

/**
 * Why `built` must be rebuilt from `inputs` (relative to `root`), or null when it is up to
 * date. An input that is listed but gone (a talk that no longer imports a file it moved)
 * makes it stale too.
 * @param {string} root
 * @param {string} built
 * @param {readonly string[]} inputs
 * @returns {string | null}
 */
export function whyStale(root, built, inputs) {
  const builtMtimeMs = existsSync(built) ? statSync(built).mtimeMs : null;
  if (builtMtimeMs === null) return staleReason(null, null);
  const gone = inputs.find((input) => !ENGINE_INPUTS.includes(input) && !existsSync(resolve(root, input)));
  if (gone !== undefined) return `${gone} is gone since the last build`;
  return staleReason(builtMtimeMs, newestInput(root, inputs));
}
