import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/export/format.ts';

describe('file sizes', () => {
  const cases: [number, string][] = [
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [526_070, '526.1 kB'],
    [1_450_000, '1.4 MB'],
  ];
  for (const [bytes, shown] of cases) {
    it(`shows ${bytes} bytes as ${shown}`, () => expect(formatBytes(bytes)).toBe(shown));
  }
});
