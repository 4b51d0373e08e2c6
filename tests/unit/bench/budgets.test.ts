import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets } from '../../../scripts/bench/budgets.ts';
import { figure } from '../../../scripts/bench/figures.ts';
import type { Figure } from '../../../scripts/bench/types.ts';

/** A run where every figure sits exactly on its budget: the limits are inclusive. */
const onTheLimit: Figure[] = [
  figure('bytesJsGzip', 'bytes', [60 * 1024], []),
  figure('firstSlide', 'ms', [120], [100]),
  figure('allDiagrams', 'ms', [240], [200]),
  figure('pdfExport', 'ms', [2000], [1500]),
  figure('buildWarm', 'ms', [2000], [900]),
];

function failing(figures: readonly Figure[]): string[] {
  return checkBudgets(figures)
    .filter((result) => !result.pass)
    .map((result) => result.budget.key);
}

describe('budgets', () => {
  it('are the five of issue 4', () => {
    expect(BUDGETS.map((budget) => [budget.key, budget.kind, budget.limit])).toEqual([
      ['bytesJsGzip', 'absolute', 61_440],
      ['firstSlide', 'ratio', 1.2],
      ['allDiagrams', 'ratio', 1.2],
      ['pdfExport', 'absolute', 2000],
      ['buildWarm', 'absolute', 2000],
    ]);
  });

  it('pass a figure exactly on its limit', () => {
    expect(failing(onTheLimit)).toEqual([]);
  });

  const overruns: readonly { name: string; replace: Figure; fails: string }[] = [
    {
      name: 'one byte of JavaScript too many',
      replace: figure('bytesJsGzip', 'bytes', [60 * 1024 + 1], []),
      fails: 'bytesJsGzip',
    },
    {
      name: 'a first slide at 1.21× the floor',
      replace: figure('firstSlide', 'ms', [121], [100]),
      fails: 'firstSlide',
    },
    { name: 'diagrams at 1.5× the floor', replace: figure('allDiagrams', 'ms', [300], [200]), fails: 'allDiagrams' },
    { name: 'a PDF export of 2.01 s', replace: figure('pdfExport', 'ms', [2010], [1500]), fails: 'pdfExport' },
    { name: 'a warm build of 2.5 s', replace: figure('buildWarm', 'ms', [2500], [900]), fails: 'buildWarm' },
  ];
  for (const { name, replace, fails } of overruns) {
    it(`fail on ${name}`, () => {
      expect(failing(onTheLimit.map((entry) => (entry.key === replace.key ? replace : entry)))).toEqual([fails]);
    });
  }

  it('judge a ratio budget by the ratio, not by the absolute time', () => {
    // 3 s is slow, but the floor is as slow on this machine: the deck adds nothing.
    expect(
      failing(
        onTheLimit.map((entry) => (entry.key === 'firstSlide' ? figure('firstSlide', 'ms', [3000], [3000]) : entry)),
      ),
    ).toEqual([]);
  });

  it('fail a budget whose figure was not measured', () => {
    expect(failing(onTheLimit.filter((entry) => entry.key !== 'pdfExport'))).toEqual(['pdfExport']);
    expect(checkBudgets([]).every((result) => result.actual === null && !result.pass)).toBe(true);
  });

  it('take medians, so one slow run does not decide', () => {
    const noisy = figure('firstSlide', 'ms', [110, 115, 900, 112, 111], [100, 100, 100, 100, 100]);
    expect(noisy.ratio).toBeCloseTo(1.12);
    expect(failing(onTheLimit.map((entry) => (entry.key === 'firstSlide' ? noisy : entry)))).toEqual([]);
  });
});
