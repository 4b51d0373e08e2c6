import { describe, expect, it } from 'vitest';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';
import { drawParts, drawPartsOfWhole } from '../../svg/part-of-whole.ts';

describeKindSpec({ family: 'diagram', kind: 'share' });

/** A measurer that gives every character 10 px, so widths are known. */
const measure = (text: string) => ({ width: text.length * 10, ascent: 8, descent: 2 });

describe('the share diagram', () => {
  it('draws each part as the filled share of its whole, both numbers with their hedges, and cites both', () => {
    const diagram = generatedDiagram('from-millbrook');
    if (diagram.drawing.engine !== 'svg') throw new Error('a share is drawn as SVG');
    const { svg } = diagram.drawing;
    expect(svg).toContain('>about 200 from Millbrook</text>');
    expect(svg).toContain('>of about 300 visitors</text>');
    const track = /class="parts-track[^"]*"[^>]*width="([\d.]+)"/.exec(svg)?.[1];
    const fill = /class="parts-fill-[a-z]+"[^>]*width="([\d.]+)"/.exec(svg)?.[1];
    expect(Number(fill) / Number(track)).toBeCloseTo(2 / 3, 2);
    expect(diagram.description).toBe('about 200 from Millbrook, of about 300 visitors.');
    expect(diagram.sources.length).toBeGreaterThan(0);
  });

  it('draws the main source’s numbers in the article’s colour', () => {
    const diagram = generatedDiagram('from-millbrook');
    expect(diagram.drawing.engine === 'svg' && diagram.drawing.svg).toContain('class="parts-fill-article"');
  });
});

describe('parts of wholes, drawn', () => {
  const row = { fraction: 0.17, partText: '17% claimed', wholeText: 'of 586 attacks', colour: 'context' } as const;

  it('stacks rows from where it is told to start, and says how tall they are', () => {
    const alone = drawParts({ rows: [row], width: 600, fontSize: 20, measure });
    const under = drawParts({ rows: [row, row], width: 600, fontSize: 20, top: 300, measure });
    expect(under.height).toBeGreaterThan(alone.height * 1.9);
    expect(under.markup.markup).toMatch(/y="3\d\d/);
  });

  it('sets a label too wide for the drawing smaller, never under 20 px', () => {
    const wide = { ...row, partText: 'x'.repeat(200) };
    const { markup } = drawParts({ rows: [wide], width: 600, fontSize: 26, measure });
    expect(markup.markup).toContain('font-size="20"');
  });

  it('never fills past the whole, and escapes every label', () => {
    const { svg } = drawPartsOfWhole({
      id: 'p',
      title: 'T',
      description: 'D',
      rows: [{ ...row, fraction: 1.4, partText: '<b>' }],
      width: 600,
      fontSize: 20,
      measure,
    });
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).not.toContain('width="840');
  });
});
