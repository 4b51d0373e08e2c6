import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseOptions } from '../../../scripts/bench/options.ts';

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
      expect(() => parseOptions([bad])).toThrow(/Unknown or invalid option/);
    });
  }
});
