import { describe, expect, it } from 'vitest';
import { median, ratio } from '../../../scripts/bench/stats.ts';

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
