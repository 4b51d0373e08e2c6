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

export type FigureKey =
  | 'buildCold'
  | 'buildWarm'
  | 'bytesTotal'
  | 'bytesJsGzip'
  | 'bytesCssGzip'
  | 'firstSlide'
  | 'allDiagrams'
  | 'pdfExport';

/** The machine the figures were taken on; timings mean little without it. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly chromium: string;
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
