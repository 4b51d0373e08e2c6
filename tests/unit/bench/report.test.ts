import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../scripts/bench/budgets.ts';
import { figure, inTableOrder } from '../../../scripts/bench/figures.ts';
import {
  alignColumns,
  type BenchReport,
  DEFINITIONS,
  formatRatio,
  formatReport,
  formatValue,
} from '../../../scripts/bench/report.ts';

describe('report values', () => {
  const cases: readonly { value: number | null; unit: 'ms' | 'bytes'; text: string }[] = [
    { value: 152.4, unit: 'ms', text: '152 ms' },
    { value: 999.4, unit: 'ms', text: '999 ms' },
    { value: 999.6, unit: 'ms', text: '1.00 s' },
    { value: 1234, unit: 'ms', text: '1.23 s' },
    { value: 52_019, unit: 'bytes', text: '50.8 KiB' },
    { value: null, unit: 'ms', text: '—' },
  ];
  for (const { value, unit, text } of cases) {
    it(`shows ${value} ${unit} as ${text}`, () => {
      expect(formatValue(value, unit)).toBe(text);
    });
  }

  it('shows ratios with two decimals, or a dash when there is none', () => {
    expect(formatRatio(1.2049)).toBe('1.20×');
    expect(formatRatio(null)).toBe('—');
  });

  it('aligns columns: label left, numbers right, last column left', () => {
    expect(
      alignColumns([
        ['a', 'bb', 'x'],
        ['ccc', 'd', 'yy'],
      ]),
    ).toEqual(['a    bb  x', 'ccc   d  yy']);
  });
});

describe('the printed report', () => {
  const figures = inTableOrder([
    figure('pdfExport', 'ms', [2500, 2400, 2600], [1200, 1300, 1100]),
    figure('bytesJsGzip', 'bytes', [52_019], []),
    figure('firstSlide', 'ms', [160], [150]),
  ]);
  const budgets = checkBudgets(figures);
  const report: BenchReport = {
    generatedAt: '2024-01-01T00:00:00.000Z',
    machine: { cores: 2, cpu: 'Test CPU', memoryGiB: 4, platform: 'linux', node: 'v20.0.0', chromium: '156.0' },
    load: { start: 0.5, end: 0.7 },
    options: { runs: 3, buildRuns: 1 },
    figures,
    budgets,
    pass: false,
    notes: ['PDF pages: deck 34, floor 34.'],
    definitions: DEFINITIONS,
  };
  const text = formatReport(report);

  it('puts figures in table order whatever order they were measured in', () => {
    expect(figures.map((entry) => entry.key)).toEqual(['bytesJsGzip', 'firstSlide', 'pdfExport']);
  });

  it('names the machine', () => {
    expect(text).toContain('Machine: 2 cores (Test CPU), 4 GiB, linux; Node v20.0.0; Chromium 156.0');
  });

  it('shows each figure beside its floor, the ratio and the verdict', () => {
    const row = (label: string) => text.split('\n').find((line) => line.startsWith(label)) ?? '';
    expect(row('PDF export')).toMatch(/2\.50 s\s+1\.20 s\s+2\.08×\s+≤ 2 s\s+FAIL \(2\.50 s\)/);
    expect(row('JavaScript, gzipped')).toMatch(/50\.8 KiB\s+—\s+—\s+≤ 60 KiB\s+PASS \(50\.8 KiB\)/);
    expect(row('First slide shown')).toMatch(/160 ms\s+150 ms\s+1\.07×\s+≤ 1\.2× floor\s+PASS \(1\.07×\)/);
  });

  it('prints the definitions, the notes and which budgets failed', () => {
    expect(text).toContain('* All diagrams:');
    expect(text).toContain('- PDF pages: deck 34, floor 34.');
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 budget(s) failed: allDiagrams, pdfExport, buildWarm.');
  });
});
