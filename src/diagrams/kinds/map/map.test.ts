import { describe, expect, it } from 'vitest';
import { describeKindSpec, generatedDiagram } from '../../../../tests/support/kinds.ts';

describeKindSpec({ family: 'diagram', kind: 'map' });

describe('the map diagram', () => {
  it('hands the build a map to draw, one marker per attack it marks, revealed by year', () => {
    const { drawing, growth } = generatedDiagram('where');
    if (drawing.engine !== 'map') throw new Error('a map kind draws with the map engine');
    expect(drawing.map.markers.map((marker) => marker.id)).toEqual(['split']);
    expect(growth?.steps).toEqual([{ label: '2002', keys: ['split'] }]);
  });
});
