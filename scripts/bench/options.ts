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
  let options = DEFAULT_OPTIONS;
  for (const arg of args) {
    const match = /^--(runs|build-runs)=(\d+)$/.exec(arg);
    const count = Number(match?.[2]);
    if (!match || !Number.isInteger(count) || count < 1)
      throw new Error(`Unknown or invalid option ${JSON.stringify(arg)}. Use --runs=N and --build-runs=N (N ≥ 1).`);
    options = match[1] === 'runs' ? { ...options, runs: count } : { ...options, buildRuns: count };
  }
  return options;
}
