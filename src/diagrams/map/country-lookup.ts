/**
 * Which drawn country a point of the map lies in. Label placement asks it for every sample
 * point of every candidate box (is this label over its own country, over another's land?),
 * so the countries' boxes sit in a spatial index (flatbush) and only the few whose box holds
 * the point are tested, each by its indexed inside test.
 */
import { boxIndex } from './box-index.ts';
import type { CountryShape } from './geography.ts';
import { shapeContains } from './planar.ts';

/** A country's box in the index, with its place in the list (the first country listed wins, as a walk would give). */
interface IndexedCountry {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly order: number;
  readonly country: CountryShape;
}

export type CountryLookup = (x: number, y: number) => CountryShape | null;

/** The lookup for some countries: at sea, null. */
export function countryLookup(countries: readonly CountryShape[]): CountryLookup {
  const search = boxIndex(
    countries.map((country, order): IndexedCountry => {
      const { x, y, w, h } = country.shape.bbox;
      return { minX: x, minY: y, maxX: x + w, maxY: y + h, order, country };
    }),
  );
  return (x, y) => {
    let found: IndexedCountry | null = null;
    for (const candidate of search({ minX: x, minY: y, maxX: x, maxY: y }))
      if ((!found || candidate.order < found.order) && shapeContains(candidate.country.shape, x, y)) found = candidate;
    return found?.country ?? null;
  };
}
