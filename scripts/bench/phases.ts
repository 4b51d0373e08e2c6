import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveFolder } from '../../src/server/static-server.ts';
import { alternate } from './alternate.ts';
import { otherWorkNote, watchOtherWork } from './contention.ts';
import { figure } from './figures.ts';
import { writeFloorSite } from './floor-site.ts';
import { type DeckBuildRun, measureDeckBuild, measureFloorBuild } from './measure-build.ts';
import { measureBytes } from './measure-bytes.ts';
import { measurePage, type PageRun } from './measure-page.ts';
import { measureDeckPdf, measureFloorPdf, type PdfRun } from './measure-pdf.ts';
import type { BenchOptions } from './options.ts';
import { formatValue } from './report.ts';
import type { Figure } from './types.ts';

/** What every phase needs from the run: how often to measure, where the project is, where progress goes. */
export interface PhaseContext {
  readonly options: BenchOptions;
  /** The project root, where vite.config.ts is. */
  readonly root: string;
  /** The diagram cache that a cold build deletes (DIAGRAM_CACHE_DIR). */
  readonly cacheDir: string;
  readonly log: (line: string) => void;
}

/** Figures of one phase of the run, and what was checked or noticed along the way. */
export interface Phase {
  readonly figures: Figure[];
  readonly notes: string[];
}

/** Runs a phase and adds to its notes how much of the CPU other work took meanwhile. */
export async function watched(label: string, run: () => Promise<Phase>): Promise<Phase> {
  const otherShare = watchOtherWork();
  const phase = await run();
  return { ...phase, notes: [...phase.notes, otherWorkNote(label, otherShare())] };
}

export interface BuildDirs {
  /** Where the deck builds; the last warm build's output is what the rest of the run measures. */
  readonly deckOut: string;
  /** The floor page Vite builds; written from the deck's first build. */
  readonly floorSrc: string;
  readonly floorOut: string;
}

/** `runs` builds of the deck (cold: cache deleted before each), alternating with builds of the floor page. */
async function timeBuilds(
  context: PhaseContext,
  kind: 'cold' | 'warm',
  dirs: BuildDirs,
): Promise<{ deck: DeckBuildRun[]; floor: number[] }> {
  const { root, cacheDir, log } = context;
  const runs = context.options.buildRuns;
  return alternate(runs, false, {
    deck: async (round) => {
      const run = await measureDeckBuild({ root, outDir: dirs.deckOut, cacheDir, cold: kind === 'cold' });
      // Round 1 always starts with the deck (see alternate), so the floor has a page to build by the time it runs.
      if (!existsSync(dirs.floorSrc)) writeFloorSite(dirs.deckOut, dirs.floorSrc);
      log(
        `build ${kind} ${round}/${runs}: deck ${formatValue(run.ms, 'ms')} (${run.drawn} drawn, ${run.fromCache} from cache)`,
      );
      return run;
    },
    floor: async (round) => {
      const ms = await measureFloorBuild(root, dirs.floorSrc, dirs.floorOut);
      log(`build ${kind} ${round}/${runs}: floor ${formatValue(ms, 'ms')}`);
      return ms;
    },
  });
}

/**
 * Cold builds first, then warm ones (the last cold build fills the cache). The deck
 * is built into a temporary folder, so the figures all describe the same, current
 * source, and a teammate's dist/ is never emptied under them.
 */
export async function buildPhase(context: PhaseContext, dirs: BuildDirs): Promise<Phase> {
  const cold = await timeBuilds(context, 'cold', dirs);
  const warm = await timeBuilds(context, 'warm', dirs);
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
  return {
    figures: [
      figure(
        'buildCold',
        'ms',
        cold.deck.map((run) => run.ms),
        cold.floor,
      ),
      figure(
        'buildWarm',
        'ms',
        warm.deck.map((run) => run.ms),
        warm.floor,
      ),
    ],
    notes,
  };
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

/** Page loads of deck and floor, alternating, in one browser. */
export async function pagePhase(
  context: PhaseContext,
  browser: Browser,
  deckDir: string,
  floorDir: string,
): Promise<Phase> {
  const { options, log } = context;
  const deck = await serveFolder(deckDir);
  const floor = await serveFolder(floorDir);
  try {
    const measureSide =
      (side: 'deck' | 'floor', url: string) =>
      async (round: number): Promise<PageRun> => {
        const run = await measurePage(browser, url, side);
        log(
          `page ${round === 0 ? 'warm-up' : `${round}/${options.runs}`}: ${side} first slide ${formatValue(run.firstSlideMs, 'ms')}, all ${run.diagrams} diagrams ${formatValue(run.allDiagramsMs, 'ms')}`,
        );
        return run;
      };
    const runs = await alternate(options.runs, true, {
      deck: measureSide('deck', deck.url),
      floor: measureSide('floor', floor.url),
    });
    const counts = new Set([...runs.deck, ...runs.floor].map((run) => run.diagrams));
    const notes = [`Diagrams timed per load: ${[...counts].join(', ')} (deck and floor must agree).`];
    if (counts.size !== 1)
      throw new Error(`The deck and the floor showed different numbers of diagrams: ${[...counts].join(', ')}.`);
    return {
      figures: [
        figure(
          'firstSlide',
          'ms',
          runs.deck.map((run) => run.firstSlideMs),
          runs.floor.map((run) => run.firstSlideMs),
        ),
        figure(
          'allDiagrams',
          'ms',
          runs.deck.map((run) => run.allDiagramsMs),
          runs.floor.map((run) => run.allDiagramsMs),
        ),
      ],
      notes,
    };
  } finally {
    await Promise.all([deck.close(), floor.close()]);
  }
}

/** PDF exports of deck and floor, alternating; each starts its own Chromium, as `npm run pdf` does. */
export async function pdfPhase(
  context: PhaseContext,
  deckDir: string,
  floorDir: string,
  outDir: string,
): Promise<Phase> {
  const { options, log } = context;
  const measureSide =
    (side: 'deck' | 'floor') =>
    async (round: number): Promise<PdfRun> => {
      const out = join(outDir, `${side}-${round}.pdf`);
      const run = side === 'deck' ? await measureDeckPdf(deckDir, out) : await measureFloorPdf(floorDir, out);
      log(
        `pdf ${round === 0 ? 'warm-up' : `${round}/${options.runs}`}: ${side} ${formatValue(run.ms, 'ms')}, ${run.pages} pages`,
      );
      return run;
    };
  const runs = await alternate(options.runs, true, { deck: measureSide('deck'), floor: measureSide('floor') });
  const pages = (list: readonly PdfRun[]): string => [...new Set(list.map((run) => run.pages))].join(', ');
  return {
    figures: [
      figure(
        'pdfExport',
        'ms',
        runs.deck.map((run) => run.ms),
        runs.floor.map((run) => run.ms),
      ),
    ],
    notes: [`PDF pages: deck ${pages(runs.deck)}, floor ${pages(runs.floor)}.`],
  };
}
