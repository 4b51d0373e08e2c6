import type { BenchOptions } from './options.ts';
import type { BudgetResult, Figure, Machine } from './types.ts';

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

/** How each figure is taken; the same definition holds for the deck and for its floor. */
export const DEFINITIONS: readonly string[] = [
  'Floor: the same slides as a plain static page derived from the built index.html: every <script> removed, the CSS, fonts and inline SVG diagrams kept, the slides shown one after another down the page (off-screen ones skipped by content-visibility: auto).',
  'Build cold / warm: wall clock of `npx vite build` as a child process, into a temporary folder; cold deletes the diagram cache first, warm keeps it. Floor: `npx vite build` of the floor page (same HTML, CSS and fonts, no deck plugin, nothing to draw).',
  'Shipped bytes: every file of the build output; JavaScript and CSS each gzipped file by file at zlib level 6.',
  'First slide: ms from navigation start to just after the first painted frame from which the first slide stays visible in the viewport (non-zero box, not hidden) at its final place and size, its web fonts loaded; for the deck, frames are followed until reveal.js is ready (data-deck-ready), so a slide that shows early and then moves counts from where it settled. Each load in a fresh browser context (empty cache) at 1280×720 from a local static server, started once Chromium is idle again after opening the context.',
  "All diagrams: starting when the first slide is shown, each diagram is brought on screen as soon as the previous one was painted (deck: Reveal.slide(i) through reveal.js's postMessage API; floor: scrolling its slide into view); the figure is when the last <svg> is first painted visible, ms from navigation start. prefers-reduced-motion is on for both, so the deck's 0.4 s slide animation is not counted.",
  'PDF export: wall clock, static server and Chromium start and close included. Deck: exportPdf, handout layout (tagged, with bookmarks and metadata). Floor: page.pdf of the floor page at 1280×720.',
  'Each time is the median of the runs (JSON has every run); one warm-up page load and PDF per side is discarded first.',
];

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

/** Lays rows out in columns; the first column left-aligned, the numbers right-aligned. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_cell, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat(widths[column]! - [...cell].length);
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
  const rows = report.figures.map((figure) => {
    const result = report.budgets.find((candidate) => candidate.budget.key === figure.key);
    const verdict = result ? `${result.pass ? 'PASS' : 'FAIL'} (${formatActual(result, figure.unit)})` : '';
    return [
      figure.label,
      formatValue(figure.deck, figure.unit),
      formatValue(figure.floor, figure.unit),
      formatRatio(figure.ratio),
      result?.budget.text ?? '',
      verdict,
    ];
  });
  const table = alignColumns([header, ...rows]);
  const rule = '-'.repeat(Math.max(...table.map((line) => [...line].length)));
  const failed = report.budgets.filter((result) => !result.pass);
  return [
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.platform}; Node ${machine.node}; Chromium ${machine.chromium}`,
    `Load average: ${report.load.start} at start, ${report.load.end} at end. Runs: ${report.options.runs} per page/PDF figure, ${report.options.buildRuns} per build figure (medians).`,
    '',
    table[0]!,
    rule,
    ...table.slice(1),
    '',
    ...report.definitions.map((line) => `* ${line}`),
    ...(report.notes.length > 0 ? ['', ...report.notes.map((line) => `- ${line}`)] : []),
    '',
    failed.length === 0
      ? 'All budgets met.'
      : `${failed.length} budget(s) failed: ${failed.map((result) => result.budget.key).join(', ')}.`,
  ].join('\n');
}
