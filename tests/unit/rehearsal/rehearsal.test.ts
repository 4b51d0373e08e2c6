import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readRehearsalCsv, rehearsalCsv } from '../../../src/rehearsal/csv.ts';
import { clock, rehearsalReport } from '../../../src/rehearsal/report.ts';
import {
  addTime,
  bySection,
  bySlide,
  overruns,
  type PlannedSlide,
  rehearsalRows,
  type SpentTime,
} from '../../../src/rehearsal/timings.ts';

const plan: PlannedSlide[] = [
  { slide: 'title', section: 'Opening', plannedSeconds: 20 },
  { slide: '2016', section: 'The years', plannedSeconds: 60 },
  { slide: '2017', section: 'The years', plannedSeconds: 40 },
  { slide: 'closing', section: 'Closing', plannedSeconds: 30 },
];

function rehearsed(): SpentTime {
  let spent: SpentTime = {};
  spent = addTime(spent, { slide: 'title', step: -1 }, 15);
  spent = addTime(spent, { slide: '2016', step: -1 }, 10);
  spent = addTime(spent, { slide: '2016', step: 0 }, 40.04);
  spent = addTime(spent, { slide: '2016', step: 1 }, 30);
  spent = addTime(spent, { slide: '2017', step: -1 }, 41);
  // Back to a step already timed: its time adds up.
  return addTime(spent, { slide: '2016', step: 1 }, 5);
}

describe('a rehearsal against the plan', () => {
  const rows = rehearsalRows(plan, rehearsed());

  it('keeps a row per step reached, in the plan’s order, with the slide’s plan and the time spent', () => {
    expect(rows.map((row) => [row.slide, row.step, row.plannedSeconds, row.spentSeconds])).toEqual([
      ['title', -1, 20, 15],
      ['2016', -1, 60, 10],
      ['2016', 0, 60, 40],
      ['2016', 1, 60, 35],
      ['2017', -1, 40, 41],
    ]);
    expect(addTime({}, { slide: 'x', step: 0 }, 0)).toEqual({});
  });

  it('compares each slide and each section reached: ahead is negative, behind positive', () => {
    expect(bySlide(rows).map((slide) => [slide.name, slide.over])).toEqual([
      ['title', -5],
      ['2016', 25],
      ['2017', 1],
    ]);
    // The closing was not reached: its plan does not count against the run.
    expect(bySection(rows)).toEqual([
      { name: 'Opening', plannedSeconds: 20, spentSeconds: 15, over: -5 },
      { name: 'The years', plannedSeconds: 100, spentSeconds: 126, over: 26 },
    ]);
  });

  it('names the slides that ran long, longest first, past a tolerance', () => {
    expect(overruns(rows).map((slide) => slide.name)).toEqual(['2016', '2017']);
    expect(overruns(rows, 5).map((slide) => slide.name)).toEqual(['2016']);
  });

  it('goes to CSV and back unchanged', () => {
    const csv = rehearsalCsv(rows);
    expect(csv.split(/\r?\n/)[0]).toBe('section,slide,step,planned_seconds,spent_seconds');
    expect(readRehearsalCsv(csv)).toEqual(rows);
  });

  it('refuses a broken CSV, naming the line, the column and what it must hold', () => {
    expect(() => readRehearsalCsv('slide,step\n2016,1', 'r.csv')).toThrow(
      /r\.csv: no column section, planned_seconds, spent_seconds; a rehearsal CSV has the columns/,
    );
    const header = 'section,slide,step,planned_seconds,spent_seconds';
    expect(() => readRehearsalCsv(`${header}\nYears,2016,1,60,soon`, 'r.csv')).toThrow(
      "r.csv, line 2: spent_seconds is 'soon'; it must be a number.",
    );
    expect(() => readRehearsalCsv(`${header}\nYears,,1,60,3`, 'r.csv')).toThrow(/line 2: slide is empty/);
  });

  it('reports the run, each section, and the slides that ran long', () => {
    const report = rehearsalReport(rows);
    expect(report).toContain('Rehearsal of 3 slides: 2:21 spent against 2:00 planned, 0:21 behind.');
    expect(report).toMatch(/The years\s+2:06 against\s+1:40 planned {2}\+26 s \(\+26 %\)/);
    expect(report).toMatch(/Slides that ran long, longest first:\n {2}2016 .*\+25 s \(\+42 %\)\n {2}2017 /);
    expect(rehearsalReport([])).toMatch(/holds no time/);
    expect(clock(65)).toBe('1:05');
    expect(clock(-5)).toBe('-0:05');
  });
});

describe('npm run rehearsal', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rehearsal-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'scripts/rehearsal.ts', ...args]).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('prints the slides that ran long from an exported CSV', async () => {
    const file = join(folder, 'run.csv');
    writeFileSync(file, rehearsalCsv(rehearsalRows(plan, rehearsed())));
    const { code, stdout } = await run(file, '--tolerance', '5');
    expect(code).toBe(0);
    expect(stdout).toContain('Slides that ran long by more than 5 s, longest first:');
    expect(stdout).toMatch(/2016 .*\+25 s/);
    expect(stdout).not.toMatch(/^ {2}2017 /m);
  });

  it('names what is wrong with its arguments or its file', async () => {
    expect((await run()).stderr).toMatch(/Name one rehearsal CSV/);
    expect((await run('x.csv', '--tolerance', 'soon')).stderr).toMatch(/--tolerance is 'soon'/);
    const broken = join(folder, 'broken.csv');
    writeFileSync(broken, 'slide\n2016');
    const { code, stderr } = await run(broken);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.csv: no column section/);
  });
});
