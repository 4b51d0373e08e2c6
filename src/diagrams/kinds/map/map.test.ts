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

  it('hands on its reference places, its credit’s holder, the key’s words and a size by deaths', () => {
    const { drawing } = generatedDiagram('where');
    if (drawing.engine !== 'map') throw new Error('a map kind draws with the map engine');
    expect(drawing.map.references).toEqual([{ id: 'York', label: 'York', lon: -1.08, lat: 53.96 }]);
    expect(drawing.map.referenceLegend).toBe('city');
    expect(drawing.map.footer).toEqual({ unit: 'km', credit: 'The type foundry' });
    expect(drawing.map.sizeKey?.title).toBe('Killed');
    expect(drawing.map.sizeKey?.samples.length).toBeGreaterThan(0);
    expect(drawing.map.markers.every((marker) => marker.size === null || typeof marker.size === 'number')).toBe(true);
  });
});
