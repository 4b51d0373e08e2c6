import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { DeckBuildReport } from '../../src/pipeline/deck-plugin.ts';
import { writeFloorSite } from './floor.ts';
import { alternate, type BenchOptions, figure, formatValue, type Phase } from './report.ts';

/** One production build of the deck, with what the deck plugin says it drew. */
interface DeckBuildRun {
  readonly ms: number;
  readonly drawn: number;
  readonly fromCache: number;
}

export interface BuildContext {
  readonly options: BenchOptions;
  /** The project root, where vite.config.ts is. */
  readonly root: string;
  /** The diagram cache; its parent folder (every cache of the build) is deleted before each cold build. */
  readonly cacheDir: string;
  /** Where the deck builds; the last warm build's output is what the rest of the run measures. */
  readonly deckOut: string;
  /** The floor page Vite builds, written from the deck's first build, and where its build goes. */
  readonly floorSrc: string;
  readonly floorOut: string;
  readonly log: (line: string) => void;
}

/**
 * Builds the deck as `npm run build` does: in a fresh Node process (module loading, data
 * parsing and every in-memory cache paid again, as a user's command pays them), with the
 * project's vite.config.ts loaded as that command loads it (src/pipeline/node-bundle.mjs
 * `prebuiltViteConfig`), through Vite's own API. The deck plugin's `api` says how many
 * diagrams were drawn, so a "cold" run that drew nothing (or a "warm" one that drew
 * everything) is caught. The time is the child's whole life, from spawn to exit.
 */
async function measureDeckBuild(context: BuildContext, cold: boolean): Promise<DeckBuildRun> {
  if (cold) deleteEveryCache(context.cacheDir);
  const script = [
    "import { build, mergeConfig } from 'vite';",
    `import { prebuiltViteConfig } from ${JSON.stringify(join(context.root, 'src/pipeline/node-bundle.mjs'))};`,
    'let api;',
    `const config = await prebuiltViteConfig(${JSON.stringify(context.root)}, { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false });`,
    "await build(mergeConfig(config, { logLevel: 'silent',",
    `  build: { outDir: ${JSON.stringify(context.deckOut)}, emptyOutDir: true },`,
    "  plugins: [{ name: 'bench:deck-report', configResolved(config) { api = config.plugins.find((plugin) => plugin.name === 'deck:slides')?.api; } }] }));",
    'process.stdout.write(JSON.stringify(api?.builds.at(-1) ?? null));',
  ].join('\n');
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: context.root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`The deck build failed (exit ${child.status}):\n${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? 'null') as DeckBuildReport | null;
  if (!report) throw new Error('The deck plugin reported no build: is deckPlugin() in vite.config.ts?');
  return { ms, drawn: report.drawn, fromCache: report.fromCache };
}

/**
 * Deletes every cache a build keeps, so a cold build times what a new user waits for: every
 * folder under node_modules/.cache (drawn diagrams and maps, bundled talks, the browser's
 * path and version) but the benchmark's own scratch folder, and Vite's own cache.
 */
function deleteEveryCache(diagramCacheDir: string): void {
  const cacheRoot = dirname(diagramCacheDir);
  if (existsSync(cacheRoot))
    for (const entry of readdirSync(cacheRoot))
      if (entry !== 'deck-bench') rmSync(join(cacheRoot, entry), { recursive: true, force: true });
  rmSync(join(dirname(cacheRoot), '.vite'), { recursive: true, force: true });
}

/** The floor page built by Vite alone: no config, no plugin, nothing to draw; what Vite costs for the same HTML, CSS and fonts. */
async function measureFloorBuild(context: BuildContext): Promise<number> {
  const started = performance.now();
  await build({
    root: context.floorSrc,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: context.floorOut, emptyOutDir: true },
  });
  return performance.now() - started;
}

async function timeBuilds(
  context: BuildContext,
  kind: 'cold' | 'warm',
): Promise<{ deck: DeckBuildRun[]; floor: number[] }> {
  const runs = context.options.buildRuns;
  return alternate(runs, false, {
    deck: async (round) => {
      const run = await measureDeckBuild(context, kind === 'cold');
      // Round 1 always starts with the deck (see alternate), so the floor has a page to build by the time it runs.
      if (!existsSync(context.floorSrc)) writeFloorSite(context.deckOut, context.floorSrc);
      context.log(
        `build ${kind} ${round}/${runs}: deck ${formatValue(run.ms, 'ms')} (${run.drawn} drawn, ${run.fromCache} from cache)`,
      );
      return run;
    },
    floor: async (round) => {
      const ms = await measureFloorBuild(context);
      context.log(`build ${kind} ${round}/${runs}: floor ${formatValue(ms, 'ms')}`);
      return ms;
    },
  });
}

/**
 * Cold builds first, then warm ones (the last cold build fills the cache). The deck is
 * built into a temporary folder, so the figures all describe the same, current source,
 * and a teammate's dist/ is never emptied under them.
 */
export async function buildPhase(context: BuildContext): Promise<Phase> {
  const cold = await timeBuilds(context, 'cold');
  const warm = await timeBuilds(context, 'warm');
  const list = (runs: readonly DeckBuildRun[], field: 'drawn' | 'fromCache'): string =>
    runs.map((run) => run[field]).join(', ');
  const notes = [
    `Diagrams drawn by the cold builds: ${list(cold.deck, 'drawn')}; by the warm builds: ${list(warm.deck, 'drawn')} (${list(warm.deck, 'fromCache')} from the cache).`,
  ];
  if (cold.deck.some((run) => run.drawn === 0))
    notes.push('WARNING: a cold build drew no diagram; the cold figure does not include drawing.');
  if (warm.deck.some((run) => run.drawn > 0))
    notes.push(
      'WARNING: a warm build drew diagrams (did a diagram change during the run?); the warm figure includes drawing.',
    );
  const times = (runs: readonly DeckBuildRun[]): number[] => runs.map((run) => run.ms);
  return {
    figures: [
      figure('buildCold', 'ms', times(cold.deck), cold.floor),
      figure('buildWarm', 'ms', times(warm.deck), warm.floor),
    ],
    notes,
  };
}

/** Every file under dir, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * What a built folder ships: every byte on disk, and the scripts and stylesheets each gzipped
 * on its own, as a static server sends them, at zlib's default level (6, what nginx and most
 * CDNs use), not at -9 which would flatter the figure.
 */
export function measureBytes(dir: string): { total: number; jsGzip: number; cssGzip: number } {
  let total = 0;
  let jsGzip = 0;
  let cssGzip = 0;
  for (const file of filesUnder(dir)) {
    const content = readFileSync(file);
    total += content.byteLength;
    const extension = extname(file);
    if (extension === '.js' || extension === '.mjs') jsGzip += gzipSync(content).byteLength;
    if (extension === '.css') cssGzip += gzipSync(content).byteLength;
  }
  return { total, jsGzip, cssGzip };
}

/** Byte counts need no repeats: they are the same every run. */
export function bytesPhase(deckDir: string, floorDir: string): Phase {
  const deck = measureBytes(deckDir);
  const floor = measureBytes(floorDir);
  return {
    figures: [
      figure('bytesTotal', 'bytes', [deck.total], [floor.total]),
      // The floor ships no JavaScript: there is nothing to divide by, so no floor figure or ratio.
      figure('bytesJsGzip', 'bytes', [deck.jsGzip], []),
      figure('bytesCssGzip', 'bytes', [deck.cssGzip], [floor.cssGzip]),
    ],
    notes: [],
  };
}
