/**
 * `npm run bench`: times the deck against its floor (the same slides as a plain static
 * page) in one run on this machine, checks the budgets of issue 4, prints a table and
 * writes bench-results/bench.json. Exits 1 if a budget fails. What each figure means
 * is in scripts/bench/report.ts (DEFINITIONS) and printed under the table.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser/chromium.ts';
import { DIAGRAM_CACHE_DIR } from '../vite.config.ts';
import { checkBudgets } from './bench/budgets.ts';
import { inTableOrder } from './bench/figures.ts';
import { writeFloorSite } from './bench/floor-site.ts';
import { describeMachine, loadNow } from './bench/machine.ts';
import { parseOptions } from './bench/options.ts';
import { buildPhase, bytesPhase, type PhaseContext, pagePhase, pdfPhase, watched } from './bench/phases.ts';
import { type BenchReport, DEFINITIONS, formatReport } from './bench/report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = join(ROOT, 'bench-results', 'bench.json');

/** Progress goes to stderr, so stdout carries only the report. */
function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

/** One Chromium for every page load; each load still gets a fresh context. */
async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  // vite.config.ts resolves the diagram cache against the working folder; the builds run in ROOT.
  if (resolve(process.cwd()) !== ROOT)
    throw new Error(`Run the benchmark from the project root (${ROOT}): npm run bench`);
  const options = parseOptions(process.argv.slice(2));
  const context: PhaseContext = { options, root: ROOT, cacheDir: DIAGRAM_CACHE_DIR, log };
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
    const builds = await watched('builds', () =>
      buildPhase(context, { deckOut: dirs.deck, floorSrc: dirs.floorSrc, floorOut: dirs.floorOut }),
    );
    writeFloorSite(dirs.deck, dirs.floor);
    const bytes = bytesPhase(dirs.deck, dirs.floor);
    const { machine, pages } = await withBrowser(async (browser) => ({
      machine: describeMachine(browser),
      pages: await watched('page loads', () => pagePhase(context, browser, dirs.deck, dirs.floor)),
    }));
    const pdf = await watched('PDF exports', () => pdfPhase(context, dirs.deck, dirs.floor, dirs.pdf));
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
