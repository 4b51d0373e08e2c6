import { describe, expect, it } from 'vitest';
import { ciede2000, colourDifference, toLab } from '../../../src/look/colour-difference.ts';
import {
  COLOUR_MEANINGS,
  contrastFailures,
  DRAWN_PAIRS,
  MINIMUM_DIFFERENCE,
  meaningClashes,
} from '../../../src/look/meanings.ts';
import { allColours, type ThemedColour } from '../../../src/look/palette.ts';

/** The palette with some colours changed, to prove the checks catch what they are for. */
function paletteWith(changes: Record<string, ThemedColour>): ReadonlyMap<string, ThemedColour> {
  return new Map([...allColours(), ...Object.entries(changes)]);
}

describe('colour difference', () => {
  // Sharma, Wu and Dalal (2005), the published test pairs 1, 7, 17 and 25.
  it.each([
    [{ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ l: 50, a: 0, b: 0 }, { l: 50, a: -1, b: 2 }, 2.3669],
    [{ l: 50, a: 2.5, b: 0 }, { l: 73, a: 25, b: -18 }, 27.1492],
    [{ l: 60.2574, a: -34.0099, b: 36.2677 }, { l: 60.4626, a: -34.1751, b: 39.4387 }, 1.2644],
  ])('gives CIEDE2000 as published for %o and %o', (first, second, expected) => {
    expect(ciede2000(first, second)).toBeCloseTo(expected, 3);
  });

  it('reads #rrggbb as CIELAB (D65)', () => {
    expect(toLab('#ffffff').l).toBeCloseTo(100, 2);
    expect(toLab('#ff0000')).toMatchObject({ l: expect.closeTo(53.24, 1), a: expect.closeTo(80.09, 1) });
    expect(() => toLab('red')).toThrow(/not a #rrggbb colour/);
  });
});

describe('one meaning per colour', () => {
  it('keeps every two meanings at least CIEDE2000 15 apart, in both looks', () => {
    expect(meaningClashes(allColours())).toEqual([]);
  });

  it('names both meanings, the look, the difference and the fix when two look alike', () => {
    // The accent and the opinion as they were: two reds 2.9 apart.
    const broken = paletteWith({
      accent: { light: '#8a2b0f', dark: '#ffa17c' },
      opinion: { light: '#7d2710', dark: '#ff9f85' },
    });
    const clashes = meaningClashes(broken);
    expect(clashes[0]).toMatch(
      /^colour-meanings: 'accent' \(where you are.*\) and 'opinion' \(the author’s own argument\) differ by \d+\.\d \(CIEDE2000\) in the light look, under 15: .*src\/look\/palette\.ts$/,
    );
    expect(clashes.some((clash) => clash.includes('in the dark look'))).toBe(true);
  });

  it('gives the newest step no colour of its own and every group tone a meaning', () => {
    const named = COLOUR_MEANINGS.map((meaning) => meaning.colour);
    expect(named).toEqual(expect.arrayContaining(['accent', 'opinion', 'article', 'context', 'warning', 'tone-7']));
    expect(new Set(named).size).toBe(named.length);
    expect(colourDifference('#000000', '#ffffff')).toBeGreaterThan(MINIMUM_DIFFERENCE);
  });
});

describe('contrast of everything drawn on a ground', () => {
  it('holds text at 4.5:1 and marks, bars and lines at 3:1, in both looks', () => {
    expect(contrastFailures(allColours())).toEqual([]);
  });

  it('declares the map’s sea on its land, markers, bars and lines', () => {
    const pairs = DRAWN_PAIRS.map((pair) => `${pair.fore} on ${pair.back}`);
    expect(pairs).toEqual(
      expect.arrayContaining(['sea on land', 'sea on focus', 'article on paper', 'line on paper', 'tone-6 on paper']),
    );
  });

  it('names the pair, the look, the ratio and the fix when a pair is too faint', () => {
    // The sea and the land as they were: two pale tones at 1.07:1.
    const broken = paletteWith({
      sea: { light: '#cfdfeb', dark: '#1c2a36' },
      land: { light: '#e7e4dd', dark: '#2b2e33' },
    });
    expect(contrastFailures(broken)).toContain(
      "colour-contrast: graphic 'sea' on 'land' (the coast on a map) is 1.07:1 in the light look, under 3:1; make 'sea' darker or 'land' lighter in src/look/palette.ts",
    );
    const faintText = paletteWith({ muted: { light: '#a0a0a0', dark: '#c9c4b8' } });
    expect(
      contrastFailures(faintText).some((failure) => /^colour-contrast: text 'muted' on 'paper'/.test(failure)),
    ).toBe(true);
  });
});
