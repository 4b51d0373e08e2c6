import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** One production build of the deck. */
export interface DeckBuildRun {
  /** Wall clock from starting `npx vite build` to its exit, npx's own start included (it is what a person types). */
  readonly ms: number;
  /** From the deck plugin's log line: diagrams drawn in Chromium, and served from the cache. */
  readonly drawn: number;
  readonly fromCache: number;
}

export interface DeckBuildOptions {
  /** The project root, where vite.config.ts is. */
  readonly root: string;
  /** Where this build writes; a temporary folder, so a build here never empties the dist/ a teammate is using. */
  readonly outDir: string;
  /** The diagram cache (DIAGRAM_CACHE_DIR); removed first for a cold build. */
  readonly cacheDir: string;
  readonly cold: boolean;
}

const DECK_LINE = /\[deck\] \d+ slides, (\d+) diagram\(s\) drawn, (\d+) from cache/;

/** Reads the deck plugin's summary line, so a "cold" run that drew nothing (or a "warm" one that drew everything) is caught. */
export function parseDeckLog(output: string): { drawn: number; fromCache: number } {
  const match = DECK_LINE.exec(output);
  if (!match) throw new Error(`The build printed no "[deck] … drawn … from cache" line:\n${output.slice(-2000)}`);
  return { drawn: Number(match[1]), fromCache: Number(match[2]) };
}

/** Builds the deck with the project's own vite.config.ts, as `npm run build` does, and times it. */
export async function measureDeckBuild(options: DeckBuildOptions): Promise<DeckBuildRun> {
  if (options.cold) rmSync(options.cacheDir, { recursive: true, force: true });
  const { ms, output } = await timedViteBuild(options.root, ['--outDir', options.outDir, '--emptyOutDir']);
  return { ms, ...parseDeckLog(output) };
}

/**
 * Builds the floor page with Vite alone: its folder is the Vite root and holds no
 * config, so this is what Vite costs for the same HTML, CSS and fonts without our
 * plugin, diagrams or script. `projectRoot` is only where npx finds Vite.
 */
export async function measureFloorBuild(projectRoot: string, floorDir: string, outDir: string): Promise<number> {
  const { ms } = await timedViteBuild(projectRoot, [floorDir, '--outDir', outDir, '--emptyOutDir']);
  return ms;
}

async function timedViteBuild(cwd: string, args: readonly string[]): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const { code, output } = await run('npx', ['vite', 'build', ...args], cwd);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`npx vite build ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`);
  return { ms, output };
}

function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
