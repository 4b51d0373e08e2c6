import { describe, expect, it } from 'vitest';
import { parseProbeResult, probeScript, settled } from '../../../scripts/bench/page.ts';

describe('page probe', () => {
  it('is a self-contained script that defines its own __name helper', () => {
    const script = probeScript('deck');
    expect(script).toMatch(/^\(\(\) => \{ const __name = /);
    expect(script).toContain('"deck", "__deckBench", 30000');
    expect(() => new Function(script)).not.toThrow();
  });

  it('accepts a complete result and refuses a failed or malformed one', () => {
    expect(parseProbeResult({ done: true, firstSlideMs: 150, diagramMs: [200, 260], error: null })).toEqual({
      done: true,
      firstSlideMs: 150,
      diagramMs: [200, 260],
      error: null,
    });
    expect(() =>
      parseProbeResult({
        done: true,
        firstSlideMs: Number.NaN,
        diagramMs: [],
        error: 'Error: not shown within 30000 ms',
      }),
    ).toThrow(/not shown/);
    expect(() => parseProbeResult({ done: true, firstSlideMs: '150', diagramMs: [] })).toThrow(/unexpected shape/);
    expect(() => parseProbeResult(undefined)).toThrow(/returned undefined/);
  });
});

describe('waiting for a quiet browser', () => {
  const cases: readonly { samples: number[]; quiet: boolean }[] = [
    { samples: [], quiet: false },
    { samples: [0], quiet: false },
    { samples: [620, 190, 10, 0], quiet: true },
    { samples: [0, 0, 120], quiet: false },
    { samples: [140, 20, 10], quiet: false },
  ];
  for (const { samples, quiet } of cases) {
    it(`counts CPU ms per window [${samples.join(', ')}] as ${quiet ? 'settled' : 'busy'}`, () => {
      expect(settled(samples)).toBe(quiet);
    });
  }
});
