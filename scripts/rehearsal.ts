/**
 * `npm run rehearsal -- report.csv [--tolerance SECONDS]`: reads a rehearsal exported from the deck
 * (key T, "Export CSV") and prints which slides ran long against their planned seconds, and by how much.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readRehearsalCsv } from '../src/rehearsal/csv.ts';
import { rehearsalReport } from '../src/rehearsal/report.ts';

const USAGE = `Usage: npm run rehearsal -- FILE.csv [--tolerance SECONDS]

  FILE.csv             a rehearsal exported from the deck's rehearsal table (key T, "Export CSV")
  --tolerance SECONDS  list only slides that ran long by more than this (default 0)
  --help               show this text`;

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { tolerance: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
}

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    console.error(`Name one rehearsal CSV.\n\n${USAGE}`);
    return 2;
  }
  const tolerance = Number(values.tolerance ?? 0);
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    console.error(`--tolerance is '${values.tolerance}'; give a number of seconds, 0 or more.`);
    return 2;
  }
  try {
    console.log(rehearsalReport(readRehearsalCsv(readFileSync(file, 'utf8'), file), tolerance));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
