#!/usr/bin/env node
// @ts-check
/**
 * The commands that take a talk:
 *
 *   npm run build        [-- --talk FOLDER --cut ID]   the deck: dist/, or dist-<path>/ for another talk (talks/atlas: dist-talks-atlas/)
 *   npm run build:single [-- --talk FOLDER --cut ID]   the one-file deck: dist-single/, or dist-<path>-single/
 *   npm run pdf          [-- --talk FOLDER --cut ID --layout handout|slides --out PATH]
 *   npm start            [-- --talk FOLDER --cut ID --port N]   builds the deck, then serves it (vite preview, port 4173)
 *
 * `--cut` builds one cut of a talk given at several lengths (its `cuts`), beside the default
 * cut's outputs: `--cut 10` writes dist-10min/, exports/handout-10min.pdf. It reaches
 * vite.config.ts through $DECK_CUT, as the talk does through $DECK_TALK.
 *
 * `build` takes several `--talk` and `--mode` (production, single) at once, built one after
 * the other in this one process: `npm test` builds both decks of both talks so.
 *
 * `--talk` names the talk's folder (default: $DECK_TALK, else slides/). Vite's own command
 * line refuses flags it does not know, so the talk reaches vite.config.ts through $DECK_TALK,
 * which `DECK_TALK=talks/atlas npx vite …` sets just as well.
 *
 * npm runs each command through `sh -c`; package.json says `exec`, so this process takes the
 * shell's place and receives npm's SIGINT and SIGTERM itself. On one, it stops its server (the
 * port is free again) and exits with 128 + the signal's number, and that exit makes Playwright
 * kill any Chromium the build started: no process outlives the command.
 *
 * Plain JavaScript, so that Node starts it at once: the PDF command runs from the JavaScript
 * the build writes (src/pipeline/export-entry.ts), never through a TypeScript loader. On a
 * fresh clone, or after the engine changed, this builds first, which writes it.
 */
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// Plain JavaScript modules of src/, shared with the TypeScript engine, since this script has no TypeScript loader.
import { CACHE_PATHS } from '../src/contract-paths.mjs';
import { prebuiltViteConfig } from '../src/pipeline/node-bundle.mjs';
import { ENGINE_CODE_INPUTS, whyStale } from '../src/pipeline/staleness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXPORT_ENTRY = join(ROOT, CACHE_PATHS.exportEntry);
const USAGE =
  'Usage: node scripts/deck.mjs build|start|pdf [--talk FOLDER] [--cut ID] [--mode single] [--port N] [PDF options]';

/** The signals that stop a command, as a terminal, a process manager or npm sends them. */
const STOP_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/**
 * Until the returned function is called, a stop signal runs `cleanup` and then exits with
 * 128 + the signal's number. Exiting (rather than dying of the signal) runs Playwright's exit
 * handler, which kills the Chromium a build draws its diagrams in.
 * @param {() => Promise<void>} cleanup
 * @returns {() => void} removes the handlers
 */
function stopOnSignals(cleanup) {
  /** @param {(typeof STOP_SIGNALS)[number]} name */
  const stop = (name) => {
    const code = 128 + constants.signals[name];
    process.exitCode = code;
    void cleanup().finally(() => process.exit(code));
  };
  const handlers = STOP_SIGNALS.map((name) => /** @type {const} */ ([name, () => stop(name)]));
  for (const [name, handler] of handlers) process.once(name, handler);
  return () => {
    for (const [name, handler] of handlers) process.off(name, handler);
  };
}

/**
 * Sets $DECK_TALK from `--talk`, read from where the command was typed.
 * @param {string | boolean | undefined} talk
 */
function chooseTalk(talk) {
  if (typeof talk !== 'string') return;
  process.env['DECK_TALK'] = resolve(process.env['INIT_CWD'] ?? process.cwd(), talk);
}

/**
 * Sets $DECK_CUT from `--cut`.
 * @param {string | boolean | undefined} cut
 */
function chooseCut(cut) {
  if (typeof cut === 'string') process.env['DECK_CUT'] = cut;
}

/** @param {string | undefined} mode */
async function build(mode) {
  const vite = await import('vite');
  const env = {
    command: /** @type {const} */ ('build'),
    mode: mode ?? 'production',
    isSsrBuild: false,
    isPreview: false,
  };
  await vite.build(await prebuiltViteConfig(ROOT, env));
}

/**
 * `npm start`: builds the deck, then serves it as `vite preview` would, in this process, so a
 * stop signal closes the server with it.
 * @param {string[]} args
 */
async function start(args) {
  const { values } = parseArgs({
    args,
    options: { talk: { type: 'string' }, cut: { type: 'string' }, port: { type: 'string' } },
  });
  chooseTalk(values.talk);
  chooseCut(values.cut);
  /** @type {import('vite').PreviewServer | null} */
  let server = null;
  stopOnSignals(async () => {
    await server?.close();
  });
  await build(undefined);
  const vite = await import('vite');
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !Number.isInteger(port)) throw new Error(`--port takes a number, not "${values.port}".`);
  const env = { command: /** @type {const} */ ('serve'), mode: 'production', isSsrBuild: false, isPreview: true };
  server = await vite.preview(
    vite.mergeConfig(await prebuiltViteConfig(ROOT, env), {
      preview: { open: false, ...(port === undefined ? {} : { port, strictPort: true }) },
    }),
  );
  server.printUrls();
  // Serves until a signal stops it.
  return new Promise(() => undefined);
}

/** @param {string[]} args */
async function pdf(args) {
  // The export reads its own options; only the talk matters here, for a build that must come first.
  const { values } = parseArgs({ args, options: { talk: { type: 'string' }, cut: { type: 'string' } }, strict: false });
  chooseTalk(values.talk);
  chooseCut(values.cut);
  // The same staleness check as the deck's (src/export/ensure-build.ts), on what the PDF command is made of.
  if (whyStale(ROOT, EXPORT_ENTRY, ENGINE_CODE_INPUTS) !== null) {
    console.log('Building the deck, and with it the PDF command (first run, or the engine changed)…');
    const keepSignals = stopOnSignals(async () => undefined);
    await build(undefined);
    // From here the export handles signals itself (src/export/interruption.ts).
    keepSignals();
  }
  /** @type {{ pdfCommand: (argv: readonly string[], root: string) => Promise<number> }} */
  const entry = await import(pathToFileURL(EXPORT_ENTRY).href);
  return entry.pdfCommand(args, ROOT);
}

/** @param {string | undefined} command @param {string[]} args @returns {Promise<number>} */
async function main(command, args) {
  if (command === 'pdf') return pdf(args);
  if (command === 'start') return start(args);
  if (command !== 'build') {
    console.error(USAGE);
    return 1;
  }
  const { values } = parseArgs({
    args,
    options: {
      talk: { type: 'string', multiple: true },
      mode: { type: 'string', multiple: true },
      cut: { type: 'string' },
    },
  });
  chooseCut(values.cut);
  const talks = values.talk ?? [undefined];
  const modes = values.mode ?? [undefined];
  stopOnSignals(async () => undefined);
  for (const talk of talks) {
    for (const mode of modes) {
      chooseTalk(talk);
      await build(mode);
    }
  }
  return 0;
}

const [command, ...args] = process.argv.slice(2);
try {
  const code = await main(command, args);
  process.exitCode = code;
  // An interrupted export may still hold timers and sockets: end now (Playwright kills any Chromium on exit).
  if (code > 128) setTimeout(() => process.exit(code), 0);
} catch (error) {
  // Vite prints an error from a build's transform as it happens, but one from its last step (the fit check at
  // `closeBundle`) only reaches here: said here, or the command would fail with no word of why.
  const printed = error instanceof Error && 'plugin' in error && 'hook' in error && error.hook !== 'closeBundle';
  if (!printed) console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
