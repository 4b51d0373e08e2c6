import { describe, expect, it } from 'vitest';
import { alternate } from '../../../scripts/bench/alternate.ts';
import { otherWorkNote } from '../../../scripts/bench/contention.ts';
import { parseDeckLog } from '../../../scripts/bench/measure-build.ts';
import { parseProbeResult, probeScript } from '../../../scripts/bench/page-probe.ts';
import { settled } from '../../../scripts/bench/settle.ts';

describe('build log', () => {
  it('reads how many diagrams were drawn and taken from the cache', () => {
    expect(parseDeckLog('vite v8\n[deck] 33 slides, 8 diagram(s) drawn, 1 from cache, 4210 ms\n✓ built')).toEqual({
      drawn: 8,
      fromCache: 1,
    });
  });

  it('refuses a build that did not report on its diagrams', () => {
    expect(() => parseDeckLog('✓ built in 300ms')).toThrow(/no "\[deck\]/);
  });
});

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

describe('other work on the machine', () => {
  it('is reported as a share of the CPU while it stays low', () => {
    expect(otherWorkNote('page loads', 0.04)).toBe('Other work during the page loads: 4% of the CPU.');
  });

  it('turns into a warning above a quarter of the CPU', () => {
    expect(otherWorkNote('PDF exports', 0.6)).toMatch(
      /^WARNING: other work took 60% of the CPU during the PDF exports/,
    );
  });

  it('says so when it cannot be known', () => {
    expect(otherWorkNote('builds', null)).toContain('unknown');
  });
});
