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
import { serveFolder } from '../src/server/static-server.ts';
import { DIAGRAM_CACHE_DIR } from '../vite.config.ts';
import { alternate } from './bench/alternate.ts';
import { checkBudgets } from './bench/budgets.ts';
import { figure, inTableOrder } from './bench/figures.ts';
import { writeFloorSite } from './bench/floor-site.ts';
import { describeMachine, loadNow } from './bench/machine.ts';
import { measureDeckBuild, measureFloorBuild, type DeckBuildRun } from './bench/measure-build.ts';
import { measureBytes } from './bench/measure-bytes.ts';
import { measurePage, type PageRun } from './bench/measure-page.ts';
import { measureDeckPdf, measureFloorPdf, type PdfRun } from './bench/measure-pdf.ts';
import { parseOptions, type BenchOptions } from './bench/options.ts';
import { DEFINITIONS, formatReport, formatValue, type BenchReport } from './bench/report.ts';
import type { Figure } from './bench/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = join(ROOT, 'bench-results', 'bench.json');

/** Progress goes to stderr, so stdout carries only the report. */
function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

/** Figures of one phase of the run, and what was checked or noticed along the way. */
interface Phase {
  readonly figures: Figure[];
  readonly notes: string[];
}

/**
 * Cold builds, then warm ones (the last cold build fills the cache), each beside a
 * build of the floor. The deck's output of the last warm build is what the rest of the
 * benchmark measures, so the figures all describe the same, current source.
 */
async function buildPhase(options: BenchOptions, deckOut: string, floorSrc: string, floorOut: string): Promise<Phase> {
  const runs = { cold: [] as DeckBuildRun[], warm: [] as DeckBuildRun[] };
  const floorRuns = { cold: [] as number[], warm: [] as number[] };
  for (const kind of ['cold', 'warm'] as const) {
    const measured = await alternate(options.buildRuns, false, {
      deck: async (round) => {
        const run = await measureDeckBuild({ root: ROOT, outDir: deckOut, cacheDir: DIAGRAM_CACHE_DIR, cold: kind === 'cold' });
        // The floor page is derived from the deck's first build, so the floor has a page to build.
        if (round === 1 && kind === 'cold') writeFloorSite(deckOut, floorSrc);
        log(`build ${kind} ${round}/${options.buildRuns}: deck ${formatValue(run.ms, 'ms')} (${run.drawn} drawn, ${run.fromCache} from cache)`);
        return run;
      },
      floor: async (round) => {
        const ms = await measureFloorBuild(ROOT, floorSrc, floorOut);
        log(`build ${kind} ${round}/${options.buildRuns}: floor ${formatValue(ms, 'ms')}`);
        return ms;
      },
    });
    runs[kind] = measured.deck;
    floorRuns[kind] = measured.floor;
  }
  const notes = [
    `Cold builds drew ${runs.cold.map((run) => run.drawn).join(', ')} diagram(s); warm builds drew ${runs.warm.map((run) => run.drawn).join(', ')} and took ${runs.warm.map((run) => run.fromCache).join(', ')} from the cache.`,
  ];
  if (runs.cold.some((run) => run.drawn === 0)) notes.push('WARNING: a cold build drew no diagram; the cold figure does not include drawing.');
  if (runs.warm.some((run) => run.drawn > 0)) notes.push('WARNING: a warm build drew diagrams (did a diagram change during the run?); the warm figure includes drawing.');
  return {
    figures: [
      figure('buildCold', 'ms', runs.cold.map((run) => run.ms), floorRuns.cold),
      figure('buildWarm', 'ms', runs.warm.map((run) => run.ms), floorRuns.warm),
    ],
    notes,
  };
}

function bytesFigures(deckDir: string, floorDir: string): Figure[] {
  const deck = measureBytes(deckDir);
  const floor = measureBytes(floorDir);
  return [
    figure('bytesTotal', 'bytes', [deck.total], [floor.total]),
    // The floor ships no JavaScript: there is nothing to divide by, so no floor figure or ratio.
    figure('bytesJsGzip', 'bytes', [deck.jsGzip], []),
    figure('bytesCssGzip', 'bytes', [deck.cssGzip], [floor.cssGzip]),
  ];
}

async function pagePhase(browser: Browser, options: BenchOptions, deckDir: string, floorDir: string): Promise<Phase> {
  const deck = await serveFolder(deckDir);
  const floor = await serveFolder(floorDir);
  try {
    const measureSide = (side: 'deck' | 'floor', url: string) => async (round: number): Promise<PageRun> => {
      const run = await measurePage(browser, url, side);
      log(`page ${round === 0 ? 'warm-up' : `${round}/${options.runs}`}: ${side} first slide ${formatValue(run.firstSlideMs, 'ms')}, all ${run.diagrams} diagrams ${formatValue(run.allDiagramsMs, 'ms')}`);
      return run;
    };
    const runs = await alternate(options.runs, true, { deck: measureSide('deck', deck.url), floor: measureSide('floor', floor.url) });
    const counts = new Set([...runs.deck, ...runs.floor].map((run) => run.diagrams));
    const notes = [`Diagrams timed per load: ${[...counts].join(', ')} (deck and floor must agree).`];
    if (counts.size !== 1) throw new Error(`The deck and the floor showed different numbers of diagrams: ${[...counts].join(', ')}.`);
    return {
      figures: [
        figure('firstSlide', 'ms', runs.deck.map((run) => run.firstSlideMs), runs.floor.map((run) => run.firstSlideMs)),
        figure('allDiagrams', 'ms', runs.deck.map((run) => run.allDiagramsMs), runs.floor.map((run) => run.allDiagramsMs)),
      ],
      notes,
    };
  } finally {
    await Promise.all([deck.close(), floor.close()]);
  }
}

async function pdfPhase(options: BenchOptions, deckDir: string, floorDir: string, outDir: string): Promise<Phase> {
  const measureSide = (side: 'deck' | 'floor') => async (round: number): Promise<PdfRun> => {
    const out = join(outDir, `${side}-${round}.pdf`);
    const run = side === 'deck' ? await measureDeckPdf(deckDir, out) : await measureFloorPdf(floorDir, out);
    log(`pdf ${round === 0 ? 'warm-up' : `${round}/${options.runs}`}: ${side} ${formatValue(run.ms, 'ms')}, ${run.pages} pages`);
    return run;
  };
  const runs = await alternate(options.runs, true, { deck: measureSide('deck'), floor: measureSide('floor') });
  const pages = (list: readonly PdfRun[]): string => [...new Set(list.map((run) => run.pages))].join(', ');
  return {
    figures: [figure('pdfExport', 'ms', runs.deck.map((run) => run.ms), runs.floor.map((run) => run.ms))],
    notes: [`PDF pages: deck ${pages(runs.deck)}, floor ${pages(runs.floor)}.`],
  };
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
  if (resolve(process.cwd()) !== ROOT) throw new Error(`Run the benchmark from the project root (${ROOT}): npm run bench`);
  const options = parseOptions(process.argv.slice(2));
  const loadStart = loadNow();
  const temp = mkdtempSync(join(tmpdir(), 'deck-bench-'));
  const dirs = { deck: join(temp, 'deck'), floor: join(temp, 'floor'), floorSrc: join(temp, 'floor-src'), floorOut: join(temp, 'floor-build'), pdf: join(temp, 'pdf') };
  mkdirSync(dirs.pdf);
  try {
    const builds = await buildPhase(options, dirs.deck, dirs.floorSrc, dirs.floorOut);
    writeFloorSite(dirs.deck, dirs.floor);
    const bytes = bytesFigures(dirs.deck, dirs.floor);
    const { machine, pages } = await withBrowser(async (browser) => ({ machine: describeMachine(browser), pages: await pagePhase(browser, options, dirs.deck, dirs.floor) }));
    const pdf = await pdfPhase(options, dirs.deck, dirs.floor, dirs.pdf);
    const figures = inTableOrder([...builds.figures, ...bytes, ...pages.figures, ...pdf.figures]);
    const budgets = checkBudgets(figures);
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine,
      load: { start: loadStart, end: loadNow() },
      options,
      figures,
      budgets,
      pass: budgets.every((result) => result.pass),
      notes: [...builds.notes, ...pages.notes, ...pdf.notes],
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
