import { describe, expect, it } from 'vitest';
import { diagramsOf } from '../../../../tests/fixtures/deck.ts';
import { everyKindTalk } from '../../../../tests/fixtures/every-kind-talk.ts';
import { mutate } from '../../../../tests/fixtures/mutate.ts';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'toll' });

describe('the toll diagram', () => {
  it('is an SVG bar chart that cites the figures it draws', () => {
    const diagram = generatedDiagram('fair-toll');
    expect(diagram.drawing.engine).toBe('svg');
    expect(diagram.sources.length).toBeGreaterThan(0);
  });
});

describe('the toll diagram with a share under it', () => {
  it('draws the part of its whole under the scale, in the same drawing, and says it', () => {
    const talk = mutate(everyKindTalk, (t) => {
      const slide = t.sections.flatMap((section) => section.slides).find((candidate) => candidate.id === 'fair-toll');
      if (slide?.kind !== 'diagram' || slide.diagram.kind !== 'toll') throw new Error('the fixture has a toll chart');
      slide.diagram.shares = [{ part: 'from Eastport', whole: 'visitors' }];
    });
    const diagram = diagramsOf(talk).find((candidate) => candidate.slideId === 'fair-toll');
    if (diagram?.drawing.engine !== 'svg') throw new Error('a toll chart is drawn as SVG');
    const { svg } = diagram.drawing;
    expect(svg.indexOf('class="parts-track')).toBeGreaterThan(svg.indexOf('class="bars-axis"'));
    expect(svg).toContain('>about 100 from Eastport</text>');
    expect(svg).toContain('.parts-track{');
    expect(diagram.description).toMatch(/about 100 from Eastport, of about 300 visitors\.$/);
  });
});
