import { describe, expect, it } from 'vitest';
import {
  alignColumns,
  alternate,
  type BenchReport,
  BUDGETS,
  checkBudgets,
  DEFAULT_OPTIONS,
  DEFINITIONS,
  type Figure,
  figure,
  formatRatio,
  formatReport,
  formatValue,
  inTableOrder,
  median,
  parseOptions,
  ratio,
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
    expect(row('PDF export (the command)')).toMatch(/2\.50 s\s+1\.20 s\s+2\.08×\s+≤ 1\.2× floor\s+FAIL \(2\.08×\)/);
    expect(row('JavaScript, gzipped')).toMatch(/50\.8 KiB\s+—\s+—\s+≤ 60 KiB\s+PASS \(50\.8 KiB\)/);
    expect(row('First slide shown')).toMatch(/160 ms\s+150 ms\s+1\.07×\s+≤ 1\.2× floor\s+PASS \(1\.07×\)/);
  });

  it('prints the definitions, the notes and which budgets failed', () => {
    expect(text).toContain('* All diagrams:');
    expect(text).toContain('- PDF pages: deck 34, floor 34.');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '3 budget(s) failed: allDiagrams ≤ 1.2× floor, pdfExport ≤ 1.2× floor, buildWarm ≤ 2 s.',
    );
  });
});

/** A run where every figure sits exactly on its budget: the limits are inclusive. */
const onTheLimit: Figure[] = [
  figure('bytesJsGzip', 'bytes', [60 * 1024], []),
  figure('firstSlide', 'ms', [120], [100]),
  figure('allDiagrams', 'ms', [240], [200]),
  figure('pdfExport', 'ms', [1800], [1500]),
  figure('buildWarm', 'ms', [2000], [900]),
];

function failing(figures: readonly Figure[]): string[] {
  return checkBudgets(figures)
    .filter((result) => !result.pass)
    .map((result) => result.budget.key);
}

describe('budgets', () => {
  it('hold the JavaScript, the first slide, the diagrams and the PDF to the floor, and the warm build to 2 s', () => {
    expect(BUDGETS.map((budget) => [budget.key, budget.kind, budget.limit])).toEqual([
      ['bytesJsGzip', 'absolute', 61_440],
      ['firstSlide', 'ratio', 1.2],
      ['allDiagrams', 'ratio', 1.2],
      ['pdfExport', 'ratio', 1.2],
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
    { name: 'a PDF export of 2.01 s', replace: figure('pdfExport', 'ms', [2010], [1600]), fails: 'pdfExport' },
    { name: 'a PDF export at 1.4× the floor', replace: figure('pdfExport', 'ms', [1400], [1000]), fails: 'pdfExport' },
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

describe('median', () => {
  const cases: readonly { samples: number[]; expected: number }[] = [
    { samples: [5], expected: 5 },
    { samples: [3, 1, 2], expected: 2 },
    { samples: [4, 1, 3, 2], expected: 2.5 },
    { samples: [100, 101, 99, 5000, 98], expected: 100 },
  ];
  for (const { samples, expected } of cases) {
    it(`of ${samples.join(', ')} is ${expected}`, () => {
      expect(median(samples)).toBe(expected);
    });
  }

  it('leaves its input in order', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples and non-finite ones, rather than report NaN', () => {
    expect(() => median([])).toThrow(/no samples/);
    expect(() => median([1, Number.NaN])).toThrow(/non-finite/);
  });
});

describe('ratio', () => {
  it('is deck over floor', () => {
    expect(ratio(150, 100)).toBe(1.5);
  });

  it('is null when the floor is zero or missing', () => {
    expect(ratio(50_000, 0)).toBeNull();
    expect(ratio(50_000, null)).toBeNull();
    expect(ratio(null, 10)).toBeNull();
  });
});

describe('benchmark options', () => {
  it('default to 5 runs and 3 builds', () => {
    expect(parseOptions([])).toEqual({ runs: 5, buildRuns: 3 });
    expect(DEFAULT_OPTIONS).toEqual({ runs: 5, buildRuns: 3 });
  });

  it('read --runs and --build-runs', () => {
    expect(parseOptions(['--runs=9', '--build-runs=1'])).toEqual({ runs: 9, buildRuns: 1 });
  });

  for (const bad of ['--runs=0', '--runs=x', '--run=3', '--runs', '--fast']) {
    it(`refuse ${bad}`, () => {
      expect(() => parseOptions([bad])).toThrow(/--runs=N and --build-runs=N|is not a count|argument missing/);
    });
  }
});

describe('alternating runs', () => {
  it('drops a warm-up of each side and swaps which side goes first every round', async () => {
    const calls: string[] = [];
    const result = await alternate(3, true, {
      deck: async (round) => {
        calls.push(`deck${round}`);
        return round;
      },
      floor: async (round) => {
        calls.push(`floor${round}`);
        return `f${round}`;
      },
    });
    expect(calls).toEqual(['deck0', 'floor0', 'deck1', 'floor1', 'floor2', 'deck2', 'deck3', 'floor3']);
    expect(result).toEqual({ deck: [1, 2, 3], floor: ['f1', 'f2', 'f3'] });
  });
});
