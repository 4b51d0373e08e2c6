/**
 * The map's fast paths give what the plain computations they replace give: the indexed inside
 * test what walking the rings gives, the country lookup what trying every country gives, the
 * lazily priced search what pricing every position gives; and the visual centre lies in what
 * the frame shows of a shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryLookup } from './country-lookup.ts';
import { keptOfArc } from './geo-data.ts';
import type { CountryShape } from './geography.ts';
import type { Candidate, Rect } from './label-placement.ts';
import { shapeContains, shapeOf } from './planar.ts';
import { insideRings, type Ring, rowCrossings } from './point-in-shape.ts';
import { cheapestVaried, type Prospect } from './prospects.ts';
import { visibleCentre } from './visual-centre.ts';

/**
 * Even-odd ray casting round every ring, at the height the indexed test rounds to, counting
 * the edges crossed left of the point (as the test always did: a point on an edge counts as
 * out when an even number of edges cross there).
 */
function walkedInside(rings: readonly Ring[], x: number, y: number): boolean {
  const row = Math.round(y / 0.5) * 0.5;
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [p, q] = [ring[i], ring[j]];
      if (p && q && p[1] > row !== q[1] > row && ((q[0] - p[0]) * (row - p[1])) / (q[1] - p[1]) + p[0] < x)
        inside = !inside;
    }
  return inside;
}

/** Points on a quarter-unit grid, so that many fall between the rows the inside test rounds to. */
const point = fc
  .tuple(fc.integer({ min: -8, max: 88 }), fc.integer({ min: -8, max: 88 }))
  .map(([x, y]): [number, number] => [x / 4, y / 4]);
/** A closed ring of 3 to 12 corners in the square (0, 0)–(20, 20), self-crossing or not. */
const ring = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { minLength: 3, maxLength: 12 })
  .map((corners): Ring => [...corners, corners[0] ?? [0, 0]]);

/** The same at ten times the size, so that a map's frame holds several of the lookup's cells. */
const widePoint = point.map(([x, y]): [number, number] => [x * 10, y * 10]);
const wideRing = ring.map((corners): Ring => corners.map(([x, y]) => [x * 10, y * 10]));

function polygonShape(rings: readonly Ring[], frame: Rect) {
  return shapeOf({ type: 'Polygon', coordinates: rings.map((r) => r.map(([x, y]) => [x, y])) }, frame);
}

describe('the indexed inside test', () => {
  it('agrees with walking the rings, inside the band it indexes and outside it', () => {
    fc.assert(
      fc.property(
        fc.array(ring, { minLength: 1, maxLength: 3 }),
        fc.array(point, { maxLength: 40 }),
        (rings, points) => {
          // The band covers only the middle of the square: points above and below it take the walk.
          const rows = rowCrossings(rings, 60, 140);
          for (const [x, y] of points) expect(insideRings(rings, rows, x, y)).toBe(walkedInside(rings, x, y));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the country lookup', () => {
  it('finds the first listed country holding the point, or none at sea, as trying each in turn would', () => {
    // A frame of several cells, smaller than the countries' square, so that some points are asked off it.
    const frame = { x: 0, y: 0, w: 150, h: 120 };
    fc.assert(
      fc.property(
        fc.array(wideRing, { minLength: 1, maxLength: 5 }),
        fc.array(widePoint, { maxLength: 40 }),
        (rings, points) => {
          const countries: CountryShape[] = rings.map((r, index) => ({
            name: `country ${index}`,
            shape: polygonShape([r], frame),
          }));
          const lookup = countryLookup(countries, frame);
          for (const [x, y] of points)
            expect(lookup(x, y)).toBe(countries.find((country) => shapeContains(country.shape, x, y)) ?? null);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the visual centre', () => {
  const frame = { x: 0, y: 0, w: 100, h: 100 };
  const square = (x: number, y: number, side: number): Ring => [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
    [x, y],
  ];

  it('is the middle of a shape the frame shows whole, and inside what it shows of one running off it', () => {
    const [x, y] = visibleCentre([[square(20, 20, 40)]], frame) ?? [Number.NaN, Number.NaN];
    expect(Math.hypot(x - 40, y - 40)).toBeLessThan(1.5);
    // Three quarters off the frame: the centre of the visible quarter, not of the whole square.
    const [u, v] = visibleCentre([[square(50, 50, 100)]], frame) ?? [Number.NaN, Number.NaN];
    expect(Math.hypot(u - 75, v - 75)).toBeLessThan(1.5);
  });

  it('takes the larger of two islands, keeps out of a lake, and is none for a shape off the frame', () => {
    const [x] = visibleCentre([[square(2, 2, 10)], [square(40, 40, 50)]], frame) ?? [Number.NaN];
    expect(x).toBeGreaterThan(40);
    const lake = square(30, 30, 40);
    const centre = visibleCentre([[square(0, 0, 100), lake]], frame);
    if (!centre) throw new Error('a square with a lake has a centre');
    expect(centre[0] > 30 && centre[0] < 70 && centre[1] > 30 && centre[1] < 70, 'in the lake').toBe(false);
    expect(visibleCentre([[square(150, 150, 20)]], frame)).toBeNull();
  });
});

describe('an arc off the frame', () => {
  const bounds = [0, 0, 100, 100] as const;

  it('keeps only its ends when it lies wholly past one side, and every point otherwise', () => {
    const past: [number, number][] = [
      [-10, -50],
      [-40, 30],
      [-5, 200],
    ];
    expect(keptOfArc(past, bounds)).toEqual([past[0], past[2]]);
    // Past the left side, then past the top: no side holds it all, and its chord would cross the corner.
    const round: [number, number][] = [
      [-10, 50],
      [-10, -10],
      [50, -10],
    ];
    expect(keptOfArc(round, bounds)).toEqual(round);
    const across: [number, number][] = [
      [-10, 50],
      [50, 50],
    ];
    expect(keptOfArc(across, bounds)).toEqual(across);
  });
});

describe('the lazily priced search', () => {
  /** Every prospect priced, sorted as the labels always were, near repeats skipped: what the search must give. */
  function pricedEvery(prospects: readonly Prospect[], limit: number): Candidate[] {
    const priced = prospects.flatMap((prospect) => {
      const cost = prospect.price(prospect);
      return cost === null ? [] : [{ box: prospect.box, leader: null, cost, variant: prospect.variant }];
    });
    priced.sort((a, b) => a.cost - b.cost || a.box.y - b.box.y || a.box.x - b.box.x || a.variant - b.variant);
    const kept: Candidate[] = [];
    for (const candidate of priced) {
      if (kept.length >= limit) break;
      const near = kept.some(
        (other) =>
          other.variant === candidate.variant &&
          Math.abs(other.box.x - candidate.box.x) < 12 &&
          Math.abs(other.box.y - candidate.box.y) < 8,
      );
      if (!near) kept.push(candidate);
    }
    return kept;
  }

  const prospectData = fc.array(
    fc.record({
      x: fc.integer({ min: 0, max: 60 }),
      y: fc.integer({ min: 0, max: 60 }),
      variant: fc.integer({ min: 0, max: 1 }),
      bound: fc.integer({ min: 0, max: 20 }),
      // What pricing adds to the bound, or null when the position may not be used.
      rest: fc.option(fc.integer({ min: 0, max: 15 }), { freq: 3 }),
    }),
    { maxLength: 60 },
  );

  it('keeps what pricing every position would keep, pricing no more of them', () => {
    fc.assert(
      fc.property(prospectData, fc.integer({ min: 1, max: 10 }), (data, limit) => {
        let priced = 0;
        const prospects: Prospect[] = data.map(({ x, y, variant, bound, rest }) => ({
          box: { x, y, w: 10, h: 5 },
          variant,
          anchor: [x, y],
          bound,
          price: () => {
            priced++;
            return rest === null ? null : bound + rest;
          },
        }));
        const found = cheapestVaried(prospects, limit);
        expect(priced).toBeLessThanOrEqual(prospects.length);
        expect(found).toEqual(pricedEvery(prospects, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('prices only the positions that come near the front when enough of the cheapest may be used', () => {
    let priced = 0;
    const prospects: Prospect[] = Array.from({ length: 1000 }, (_, index) => ({
      box: { x: (index % 40) * 20, y: Math.floor(index / 40) * 10, w: 10, h: 5 },
      variant: 0,
      anchor: [0, 0],
      bound: index,
      price: (prospect) => {
        priced++;
        return prospect.bound;
      },
    }));
    expect(cheapestVaried(prospects, 48)).toHaveLength(48);
    expect(priced).toBeLessThan(60);
  });
});
