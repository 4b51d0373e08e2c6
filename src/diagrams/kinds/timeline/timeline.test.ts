import { describe, expect, it } from 'vitest';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';
import { type ColumnEntry, drawYearColumns } from '../../svg/year-columns.ts';

describeKindSpec({ family: 'diagram', kind: 'timeline' });

describe('the timeline diagram', () => {
  it('is an SVG of one column per year of the period', () => {
    const { drawing, description } = generatedDiagram('overview');
    expect(drawing.engine).toBe('svg');
    for (const year of ['2001', '2002', '2003']) expect(description).toContain(`${year}: `);
  });
});

describe('the overview’s time band', () => {
  const look = { tone: 'sky', mark: 'square' } as const;
  const entry = (key: string, when: { from: number; to: number }, deaths?: number | null): ColumnEntry => ({
    key,
    text: key,
    origin: 'article',
    when,
    ...(deaths === undefined ? {} : { mark: look, deaths }),
  });
  const drawn = drawYearColumns({
    id: 'd',
    title: 't',
    description: 'd',
    columns: [
      {
        year: 2001,
        entries: [
          entry('big', { from: 0.25, to: 0.25 + 1 / 365 }, 100),
          entry('small', { from: 0.75, to: 0.75 + 1 / 365 }, 4),
          entry('unknown', { from: 0.5, to: 0.5 + 1 / 365 }, null),
        ],
      },
      {
        year: 2002,
        entries: [entry('that-year', { from: 0, to: 1 }), entry('a-day', { from: 0.5, to: 0.5 + 1 / 365 })],
      },
    ],
    empty: '—',
    legend: { article: 'a', context: 'c' },
    width: 416,
    fontSize: 20,
  }).svg;
  /** The x extent of each mark drawn on the band, in drawing order. */
  const marks = [...drawn.matchAll(/<path class="years-mark" d="([^"]+)"/g)].slice(0, 3).map(([, d = '']) => {
    const xs = [...d.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map(([, x = '0']) => Number(x));
    return { left: Math.min(...xs), right: Math.max(...xs) };
  });

  it('draws an attack at its date, its area by its deaths, one with no count at the smallest size', () => {
    // A column is (416 − 16) / 2 = 200 wide: a quarter into 2001 is x = 50, three quarters x = 150.
    const [big, small, unknown] = marks;
    expect(((big?.left ?? 0) + (big?.right ?? 0)) / 2).toBeCloseTo(50, 0);
    expect(((small?.left ?? 0) + (small?.right ?? 0)) / 2).toBeCloseTo(150, 0);
    const width = (mark: { left: number; right: number } | undefined) => (mark ? mark.right - mark.left : 0);
    expect(width(big)).toBeGreaterThan(2 * width(small));
    expect(width(unknown)).toBeCloseTo(width(small), 1);
  });

  it('draws what covers a month, a year or a span as a bar over it, and a day with no mark as a tick', () => {
    // 2002's column starts at 216: the year-long entry's bar spans all of it.
    expect(drawn).toMatch(/<rect class="years-band-range" x="216" y="[\d.]+" width="200"/);
    expect(drawn).toMatch(/<line class="years-band-tick" x1="316"/);
  });
});
