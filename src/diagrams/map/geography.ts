/**
 * Phase 1 of a map: the projection and the countries, as shapes in the slide's plane. Pure:
 * the world's data is a module the build loads once (world-atlas, in geo-data.ts).
 */
import type * as GeoJSON from 'geojson';
import { merge, mesh } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { type CountryLookup, countryLookup } from './country-lookup.ts';
import {
  type CountryCollection,
  type CountryGeometry,
  loadWorld,
  type PlanarTopology,
  type Point,
  type Projector,
  projectCountries,
  propName,
} from './geo-data.ts';
import type { Rect } from './label-placement.ts';
import { makeProjection, type PlanarShape, shapeOf, viewportGeoBox } from './planar.ts';
import type { MapSize, RegionMapInput } from './types.ts';

/** Visvalingam threshold (square user units) and smallest ring kept: detail a slide cannot show is left out. */
export const SIMPLIFY_AREA = 0.6;
export const SMALLEST_RING = 8;

/** A country as drawn: its name and its shape in the plane. */
export interface CountryShape {
  readonly name: string;
  readonly shape: PlanarShape;
}

export interface Geography {
  /** Longitude and latitude to the slide's plane. */
  readonly project: Projector;
  /** The map's frame in that plane: (0, 0) to its size. */
  readonly frame: Rect;
  readonly world: PlanarTopology<{ countries: CountryCollection }>;
  /** Countries drawn as plain land, merged. */
  readonly land: GeoJSON.MultiPolygon;
  /** The focus countries, merged. */
  readonly focus: GeoJSON.MultiPolygon;
  readonly focusShape: PlanarShape;
  /** Every border between two countries. */
  readonly borders: GeoJSON.MultiLineString;
  /** The border drawn thick, or null. */
  readonly highlight: GeoJSON.MultiLineString | null;
  /** Every country near the map, one shape each, to tell which country a point lies in. */
  readonly countries: readonly CountryShape[];
  /** The country of `countries` a point of the plane lies in; null at sea. */
  readonly countryAt: CountryLookup;
}

type Polygonal = TopoJSON.Polygon | TopoJSON.MultiPolygon;

/** The polygons among some geometries, for topojson's merge. */
export function polygonsOf(geometries: readonly TopoJSON.GeometryObject[]): Polygonal[] {
  return geometries.filter(
    (geometry): geometry is Polygonal => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon',
  );
}

function checkCountriesKnown(input: RegionMapInput): void {
  const known = new Set(loadWorld().names);
  const unknown = input.countries.map((country) => country.name).filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new Error(`Unknown countries (use Natural Earth NAME as in world-atlas): ${unknown.join(', ')}`);
}

function highlightedBorder(
  world: Geography['world'],
  countries: TopoJSON.GeometryCollection,
  input: RegionMapInput,
): GeoJSON.MultiLineString | null {
  if (!input.highlightBorder) return null;
  const [first = '', second = ''] = input.highlightBorder.between;
  const line = mesh(world, countries, (a, b) => {
    const [one, other] = [propName(a.properties), propName(b.properties)];
    return (one === first && other === second) || (one === second && other === first);
  });
  if (line.coordinates.length === 0) throw new Error(`No shared border between ${first} and ${second} in this map`);
  return line;
}

/** Projects and simplifies the countries near the map, and merges them into what is drawn. */
export function buildGeography(input: RegionMapInput, size: MapSize): Geography {
  checkCountriesKnown(input);
  const projection = makeProjection(input.extent, size);
  const project: Projector = (point) => {
    const projected = projection(point);
    return projected ? ([projected[0], projected[1]] as Point) : null;
  };
  const world = projectCountries(project, viewportGeoBox(projection, size, 3), size, {
    minArea: SIMPLIFY_AREA,
    minRingArea: SMALLEST_RING,
  });
  const drawn = world.objects.countries.geometries.filter(
    (geometry): geometry is CountryGeometry => geometry.type !== null && !!geometry.properties,
  );
  const focusNames = new Set(input.countries.filter((country) => country.role === 'focus').map((c) => c.name));
  const isFocus = (geometry: CountryGeometry): boolean => focusNames.has(propName(geometry.properties));
  const collection: TopoJSON.GeometryCollection = { type: 'GeometryCollection', geometries: drawn };
  const focus = merge(world, polygonsOf(drawn.filter(isFocus)));
  const frame = { x: 0, y: 0, w: size.width, h: size.height };
  const countries = countryShapes(world, drawn, frame);
  return {
    project,
    frame,
    world,
    land: merge(world, polygonsOf(drawn.filter((geometry) => !isFocus(geometry)))),
    focus,
    focusShape: shapeOf(focus, frame),
    borders: mesh(world, collection, (a, b) => a !== b),
    highlight: highlightedBorder(world, collection, input),
    countries,
    countryAt: countryLookup(countries, frame),
  };
}

function countryShapes(world: Geography['world'], drawn: readonly CountryGeometry[], frame: Rect): CountryShape[] {
  const byName = new Map<string, CountryGeometry[]>();
  for (const geometry of drawn) {
    const name = propName(geometry.properties);
    byName.set(name, [...(byName.get(name) ?? []), geometry]);
  }
  return [...byName].map(([name, parts]) => ({ name, shape: shapeOf(merge(world, polygonsOf(parts)), frame) }));
}
