import { describe, expect, it } from 'vitest';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'timeline' });

describe('the timeline diagram', () => {
  it('is an SVG of one column per year of the period', () => {
    const { drawing, description } = generatedDiagram('overview');
    expect(drawing.engine).toBe('svg');
    for (const year of ['2001', '2002', '2003']) expect(description).toContain(`${year}: `);
  });
});
