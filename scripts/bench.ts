/**
 * `npm run bench`: times the deck against its floor (the same slides as a plain static
 * page) in one run on this machine, checks the budgets, prints a table and writes
 * bench-results/bench.json. Exits 1 if a budget fails. What each figure means is in
 * scripts/bench/report.ts (DEFINITIONS) and printed under the table.
 *
 *   scripts/bench/build.ts   builds through Vite's API, and shipped bytes
 *   scripts/bench/page.ts    page loads in Chromium, timed by a probe in the page
 *   scripts/bench/pdf.ts     `npm run pdf` and the floor's export, each a process of its own
 *   scripts/bench/floor.ts   the floor page, derived from the built deck
 *   scripts/bench/report.ts  figures, budgets, medians, the printed table
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../src/browser/chromium.ts';
import { DIAGRAM_CACHE_DIR } from '../vite.config.ts';
import { buildPhase, bytesPhase } from './bench/build.ts';
import { writeFloorSite } from './bench/floor.ts';
import { pagePhase } from './bench/page.ts';
import { pdfPhase } from './bench/pdf.ts';
import {
  type BenchReport,
  checkBudgets,
  DEFINITIONS,
  formatReport,
  inTableOrder,
  type Machine,
  parseOptions,
} from './bench/report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = join(ROOT, 'bench-results', 'bench.json');

/** Progress goes to stderr, so stdout carries only the report. */
function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

/** The 1-minute load average: on a shared machine, a load well above the core count explains noisy timings. */
function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

function describeMachine(chromium: string): Machine {
  const processors = cpus();
  return {
    cores: processors.length,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium,
  };
}

async function main(): Promise<void> {
  // vite.config.ts resolves its paths against the working folder; the builds and `npm run pdf` run in ROOT.
  if (resolve(process.cwd()) !== ROOT)
    throw new Error(`Run the benchmark from the project root (${ROOT}): npm run bench`);
  const options = parseOptions(process.argv.slice(2));
  const loadStart = loadNow();
  const temp = mkdtempSync(join(tmpdir(), 'deck-bench-'));
  const dirs = {
    deck: join(temp, 'deck'),
    floor: join(temp, 'floor'),
    floorSrc: join(temp, 'floor-src'),
    floorOut: join(temp, 'floor-build'),
    pdf: join(temp, 'pdf'),
  };
  mkdirSync(dirs.pdf);
  try {
    const builds = await buildPhase({
      options,
      root: ROOT,
      cacheDir: DIAGRAM_CACHE_DIR,
      deckOut: dirs.deck,
      floorSrc: dirs.floorSrc,
      floorOut: dirs.floorOut,
      log,
    });
    writeFloorSite(dirs.deck, dirs.floor);
    const bytes = bytesPhase(dirs.deck, dirs.floor);
    // One Chromium for every page load; each load still gets a fresh context.
    const browser = await launchChromium();
    const machine = describeMachine(browser.version());
    const pages = await pagePhase({ options, log }, browser, dirs.deck, dirs.floor).finally(() => browser.close());
    const pdf = await pdfPhase({ options, root: ROOT, floorDir: dirs.floor, outDir: dirs.pdf, log });
    const figures = inTableOrder([...builds.figures, ...bytes.figures, ...pages.figures, ...pdf.figures]);
    const budgets = checkBudgets(figures);
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine,
      load: { start: loadStart, end: loadNow() },
      options,
      figures,
      budgets,
      pass: budgets.every((result) => result.pass),
      notes: [...builds.notes, ...bytes.notes, ...pages.notes, ...pdf.notes],
      definitions: DEFINITIONS,
    };
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${formatReport(report)}\nWrote ${RESULTS_FILE}\n`);
    process.exitCode = report.pass ? 0 : 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
