import { geoBounds, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { talk } from '../../../slides/index.ts';
import { countryNameAt, loadWorld } from '../../../src/model/countries.ts';
import { talk as veraneTalk } from '../../../talks/verane/index.ts';
import { everyKindTalk } from '../../fixtures/every-kind-talk.ts';

/**
 * The answer the places rule gave before it left d3-geo to the map: d3's spherical test, country by
 * country, each filtered by d3's own bounds (not the module's), so a box the module gets wrong shows.
 */
const world = loadWorld();
const countries = world.names.map((_, index) => world.feature(index));
const sphericalBounds = countries.map((country) => geoBounds(country));

function sphericalCountryAt(lon: number, lat: number): string | null {
  const near = countries.filter((_, index) => {
    const [[west, south], [east, north]] = sphericalBounds[index] ?? [
      [0, 0],
      [0, 0],
    ];
    return lat >= south && lat <= north && (west > east || (lon >= west && lon <= east));
  });
  return near.find((feature) => geoContains(feature, [lon, lat]))?.properties.name ?? null;
}

/** Points every `step` degrees over an area. */
function grid(west: number, south: number, east: number, north: number, step: number): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let lon = west; lon <= east; lon += step)
    for (let lat = south; lat <= north; lat += step) points.push([lon, lat]);
  return points;
}

describe('which country a point lies in (src/model/countries.ts)', () => {
  it('agrees with d3-geo’s spherical test at every place of the talks and the fixtures', () => {
    const places = [talk, veraneTalk, everyKindTalk].flatMap((each) =>
      each.events.flatMap((event) => (event.place ? [[event.place.at.lon, event.place.at.lat] as const] : [])),
    );
    expect(places.length).toBeGreaterThan(20);
    for (const [lon, lat] of places) expect(countryNameAt(lon, lat)).toBe(sphericalCountryAt(lon, lat));
  });

  it('agrees with it over the region the talk maps, coasts and borders included', () => {
    const points = grid(58.1, 22.1, 78.1, 39.1, 0.7);
    const differ = points.filter(([lon, lat]) => countryNameAt(lon, lat) !== sphericalCountryAt(lon, lat));
    expect(differ).toEqual([]);
    expect(new Set(points.map(([lon, lat]) => countryNameAt(lon, lat)))).toEqual(
      new Set([
        'Pakistan',
        'Afghanistan',
        'India',
        'Iran',
        'Tajikistan',
        'Turkmenistan',
        'Uzbekistan',
        'China',
        'Oman',
        'Siachen Glacier',
        null,
      ]),
    );
  });

  it('names the sea as no country', () => {
    expect(countryNameAt(65, 20)).toBeNull();
    expect(countryNameAt(67.0, 24.85)).toBe('Pakistan');
  });
});
