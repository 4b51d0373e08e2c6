import { parseArgs } from 'node:util';

/**
 * The benchmark's figures and what is done with them: medians and ratios, the budgets,
 * the alternation of deck and floor runs, and the printed report. No measuring here.
 */

export type FigureKey =
  | 'buildCold'
  | 'buildWarm'
  | 'bytesTotal'
  | 'bytesJsGzip'
  | 'bytesCssGzip'
  | 'firstSlide'
  | 'allDiagrams'
  | 'pdfExport';

/** One figure of the benchmark, for the deck and for the floor; null where the floor has no counterpart. */
export interface Figure {
  /** Stable key, used in the JSON and by the budgets. */
  readonly key: FigureKey;
  /** Row label in the printed table. */
  readonly label: string;
  /** Times are milliseconds of wall clock; sizes are bytes. */
  readonly unit: 'ms' | 'bytes';
  /** Median over the runs (or the single value for byte counts). */
  readonly deck: number;
  readonly floor: number | null;
  /** deck / floor, or null where it means nothing. */
  readonly ratio: number | null;
  /** Every run, for the JSON, so a reader can see the spread behind the median. */
  readonly deckRuns: readonly number[];
  readonly floorRuns: readonly number[];
}

/** A budget checked against one figure: an absolute ceiling on the deck's value, or a ceiling on deck / floor. */
export interface Budget {
  readonly key: FigureKey;
  readonly kind: 'absolute' | 'ratio';
  /** Ceiling, in the figure's unit for `absolute`, a plain factor for `ratio`. */
  readonly limit: number;
  /** How the budget reads in the table, e.g. "≤ 60 KiB". */
  readonly text: string;
}

export interface BudgetResult {
  readonly budget: Budget;
  /** The value compared with the limit (the deck's figure, or the ratio); null if it could not be measured. */
  readonly actual: number | null;
  readonly pass: boolean;
}

/** How many times each figure is taken; the table shows the median. */
export interface BenchOptions {
  /** Page loads and PDF exports per side (deck and floor), after one discarded warm-up each. Default 5. */
  readonly runs: number;
  /** Production builds per kind (cold and warm). Default 3. */
  readonly buildRuns: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { runs: 5, buildRuns: 3 };

/** Reads `--runs=N` and `--build-runs=N`; anything else is an error, so a typo never runs a different benchmark than asked. */
export function parseOptions(args: readonly string[]): BenchOptions {
  let values: { runs?: string | undefined; 'build-runs'?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { runs: { type: 'string' }, 'build-runs': { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}. Use --runs=N and --build-runs=N (N ≥ 1).`,
    );
  }
  const count = (value: string | undefined, fallback: number, name: string): number => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < 1) throw new Error(`--${name}=${value} is not a count. Use N ≥ 1.`);
    return parsed;
  };
  return {
    runs: count(values.runs, DEFAULT_OPTIONS.runs, 'runs'),
    buildRuns: count(values['build-runs'], DEFAULT_OPTIONS.buildRuns, 'build-runs'),
  };
}

/** The machine the figures were taken on; timings mean little without it. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly chromium: string;
}

/** Everything one run of the benchmark found; written as JSON as it is. */
export interface BenchReport {
  readonly generatedAt: string;
  readonly machine: Machine;
  /** 1-minute load average at the start and end of the run (it counts the benchmark's own builds and browsers too). */
  readonly load: { readonly start: number; readonly end: number };
  readonly options: BenchOptions;
  readonly figures: readonly Figure[];
  readonly budgets: readonly BudgetResult[];
  readonly pass: boolean;
  /** Checks made along the way (diagram counts, PDF pages, cache hits) and any warnings. */
  readonly notes: readonly string[];
  /** What each figure means; printed under the table and kept in the JSON so the numbers stay readable alone. */
  readonly definitions: readonly string[];
}

/** The figures one phase of the run measured, and what was checked or noticed along the way. */
export interface Phase {
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
}

/** Table rows in order, with the label each shows. */
export const LABELS: Record<FigureKey, string> = {
  buildCold: 'Build, no cache of any kind',
  buildWarm: 'Build, warm caches',
  bytesTotal: 'Shipped bytes, total',
  bytesJsGzip: 'JavaScript, gzipped',
  bytesCssGzip: 'CSS, gzipped',
  firstSlide: 'First slide shown',
  allDiagrams: 'All diagrams shown',
  pdfExport: 'PDF export (the command)',
};

/** How each figure is taken; the same definition holds for the deck and for its floor. */
export const DEFINITIONS: readonly string[] = [
  'Floor: the same slides as a plain static page derived from the built index.html: every <script> removed, the CSS, fonts and inline SVG diagrams kept, the slides shown one after another down the page (off-screen ones skipped by content-visibility: auto).',
  "Build cold / warm: wall clock of a fresh Node process running Vite's build() with the project's vite.config.ts, loaded as `npm run build` loads it (bundled once per change of the engine; cold rebuilds it), into a temporary folder, from spawn to exit; cold first deletes every cache the build keeps (every folder of node_modules/.cache but the benchmark's own, and node_modules/.vite), warm keeps them. Diagram counts come from the deck plugin's api. Floor: Vite's build() of the floor page (same HTML, CSS and fonts, no config, no plugin, nothing to draw).",
  'Shipped bytes: every file of the build output; JavaScript and CSS each gzipped file by file at zlib level 6.',
  'First slide: ms from navigation start to just after the first painted frame from which the first slide stays visible in the viewport (non-zero box, not hidden) at its final place and size, its web fonts loaded; for the deck, frames are followed until reveal.js is ready (data-deck-ready), so a slide that shows early and then moves counts from where it settled. Each load in a fresh browser context (empty cache) at 1280×720 from a local static server, started once Chromium is idle again after opening the context.',
  "All diagrams: starting when the first slide is shown, each diagram is brought on screen as soon as the previous one was painted (deck: Reveal.slide(i) through reveal.js's postMessage API; floor: scrolling its slide into view); the figure is when the last <svg> is first painted visible, ms from navigation start. prefers-reduced-motion is on for both, so the deck's 0.4 s slide animation is not counted.",
  'PDF export: wall clock of the whole process a user starts, Node start-up included. Deck: `npm run pdf -- --out …` (handout layout: tagged, with bookmarks and metadata; the deck already built). Floor: `node` running a plain script that serves the floor page, starts Chromium, waits for its fonts and calls page.pdf at 1280×720.',
  'Each time is the median of the runs (JSON has every run); one warm-up page load and PDF per side is discarded first.',
];

/**
 * The budgets. Absolute limits are on the deck's figure; ratio limits on deck / floor from
 * the same run. The PDF is held to 1.2× the floor's export of the same pages (tighter than
 * the command's 1.3× it must also meet); its old absolute 2 s timed only the export step of
 * a smaller deck inside one process, where the figure now is the whole command a user starts.
 */
export const BUDGETS: readonly Budget[] = [
  { key: 'bytesJsGzip', kind: 'absolute', limit: 60 * 1024, text: '≤ 60 KiB' },
  { key: 'firstSlide', kind: 'ratio', limit: 1.2, text: '≤ 1.2× floor' },
  { key: 'allDiagrams', kind: 'ratio', limit: 1.2, text: '≤ 1.2× floor' },
  { key: 'pdfExport', kind: 'ratio', limit: 1.2, text: '≤ 1.2× floor' },
  { key: 'buildWarm', kind: 'absolute', limit: 2000, text: '≤ 2 s' },
];

/** The middle value of the samples (the mean of the two middle ones for an even count); robust to one slow outlier run. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  if (samples.some((sample) => !Number.isFinite(sample)))
    throw new Error(`median of a non-finite sample: ${samples.join(', ')}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number): number => sorted[index] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * deck / floor, or null when the floor is zero (the floor ships no JavaScript, so a
 * ratio of JavaScript bytes means nothing) or either side is missing.
 */
export function ratio(deck: number | null, floor: number | null): number | null {
  if (deck === null || floor === null || floor <= 0) return null;
  return deck / floor;
}

/** Builds a figure from every run of both sides: medians, and their ratio. An empty floor means the floor has no counterpart. */
export function figure(
  key: FigureKey,
  unit: Figure['unit'],
  deckRuns: readonly number[],
  floorRuns: readonly number[],
): Figure {
  const deck = median(deckRuns);
  const floor = floorRuns.length > 0 ? median(floorRuns) : null;
  return { key, label: LABELS[key], unit, deck, floor, ratio: ratio(deck, floor), deckRuns, floorRuns };
}

/** Puts figures in the table's order, whatever order they were measured in. */
export function inTableOrder(figures: readonly Figure[]): Figure[] {
  const order = Object.keys(LABELS);
  return [...figures].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** Checks each budget against its figure; a figure that is missing, or a ratio that cannot be formed, fails its budget. */
export function checkBudgets(figures: readonly Figure[], budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const found = figures.find((candidate) => candidate.key === budget.key);
    const actual = found ? (budget.kind === 'ratio' ? found.ratio : found.deck) : null;
    return { budget, actual, pass: actual !== null && Number.isFinite(actual) && actual <= budget.limit };
  });
}

/**
 * Takes `runs` measurements of each side, alternating which side goes first from one
 * round to the next, so a drift in machine load (other work on a shared machine) does
 * not favour one side. With `warmUp`, one measurement of each side is taken first and
 * dropped: the first Chromium start and first page load pay for cold disk caches.
 */
export async function alternate<D, F>(
  runs: number,
  warmUp: boolean,
  measure: { readonly deck: (round: number) => Promise<D>; readonly floor: (round: number) => Promise<F> },
): Promise<{ deck: D[]; floor: F[] }> {
  if (warmUp) {
    await measure.deck(0);
    await measure.floor(0);
  }
  const result: { deck: D[]; floor: F[] } = { deck: [], floor: [] };
  for (let round = 1; round <= runs; round += 1) {
    const deckFirst = round % 2 === 1;
    if (deckFirst) result.deck.push(await measure.deck(round));
    result.floor.push(await measure.floor(round));
    if (!deckFirst) result.deck.push(await measure.deck(round));
  }
  return result;
}

export function formatValue(value: number | null, unit: Figure['unit']): string {
  if (value === null) return '—';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KiB`;
  return Math.round(value) < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
}

export function formatRatio(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(2)}×`;
}

function formatActual(result: BudgetResult, unit: Figure['unit']): string {
  if (result.actual === null) return 'not measured';
  return result.budget.kind === 'ratio' ? formatRatio(result.actual) : formatValue(result.actual, unit);
}

/** Lays rows out in columns; the first and last column left-aligned, the numbers right-aligned. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        return column === 0 || column === row.length - 1 ? cell + padding : padding + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The printed report: machine, table with budgets, legend, notes, verdict. */
export function formatReport(report: BenchReport): string {
  const { machine } = report;
  const header = ['Figure', 'Deck', 'Floor', 'Deck/Floor', 'Budget', 'Result'];
  const rows = report.figures.map((row) => {
    const results = report.budgets.filter((candidate) => candidate.budget.key === row.key);
    return [
      row.label,
      formatValue(row.deck, row.unit),
      formatValue(row.floor, row.unit),
      formatRatio(row.ratio),
      results.map((result) => result.budget.text).join(', '),
      results.map((result) => `${result.pass ? 'PASS' : 'FAIL'} (${formatActual(result, row.unit)})`).join(', '),
    ];
  });
  const table = alignColumns([header, ...rows]);
  const rule = '-'.repeat(Math.max(...table.map((line) => [...line].length)));
  const failed = report.budgets.filter((result) => !result.pass);
  return [
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.platform}; Node ${machine.node}; Chromium ${machine.chromium}`,
    `Load average: ${report.load.start} at start, ${report.load.end} at end. Runs: ${report.options.runs} per page/PDF figure, ${report.options.buildRuns} per build figure (medians).`,
    '',
    table[0] ?? '',
    rule,
    ...table.slice(1),
    '',
    ...report.definitions.map((line) => `* ${line}`),
    ...(report.notes.length > 0 ? ['', ...report.notes.map((line) => `- ${line}`)] : []),
    '',
    failed.length === 0
      ? 'All budgets met.'
      : `${failed.length} budget(s) failed: ${failed.map((result) => `${result.budget.key} ${result.budget.text}`).join(', ')}.`,
  ].join('\n');
}
