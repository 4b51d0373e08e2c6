import { describe, expect, it } from 'vitest';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'toll' });

describe('the toll diagram', () => {
  it('is an SVG bar chart that cites the figures it draws', () => {
    const diagram = generatedDiagram('fair-toll');
    expect(diagram.drawing.engine).toBe('svg');
    expect(diagram.sources.length).toBeGreaterThan(0);
  });
});
