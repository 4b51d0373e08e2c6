/**
 * The world's countries as Natural Earth draws them (world-atlas, 1:50m admin-0, public domain),
 * in longitude and latitude, and which of them a point lies in. The places rule asks it, and the
 * map draws from the same data (src/diagrams/map/geo-data.ts), so a place the rules accept is
 * where the map puts it. The rules import this module, so it loads no drawing library: the
 * TopoJSON is decoded here and the point test is planar (see `ringsContain`).
 */
import { createRequire } from 'node:module';
import type * as GeoJSON from 'geojson';
import type * as TopoJSON from 'topojson-specification';

export type Point = [number, number];
/** Properties of a world-atlas country: Natural Earth NAME. */
export interface CountryProps {
  name: string;
}
export type CountryGeometry = TopoJSON.GeometryObject<CountryProps>;
export type CountryCollection = TopoJSON.GeometryCollection<CountryProps>;
export interface WorldTopology extends TopoJSON.Topology<{ countries: CountryCollection }> {
  transform: TopoJSON.Transform;
}

const require = createRequire(import.meta.url);

/** The `name` property of a TopoJSON geometry's properties, or ''. */
export function propName(props: unknown): string {
  if (typeof props !== 'object' || props === null) return '';
  const n = (props as Record<string, unknown>)['name'];
  return typeof n === 'string' ? n : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isWorldTopology(value: unknown): value is WorldTopology {
  if (!isRecord(value) || value['type'] !== 'Topology' || !Array.isArray(value['arcs'])) return false;
  const objects = value['objects'];
  if (!isRecord(objects)) return false;
  const countries = objects['countries'];
  return (
    isRecord(countries) &&
    countries['type'] === 'GeometryCollection' &&
    Array.isArray(countries['geometries']) &&
    isRecord(value['transform'])
  );
}

interface WorldCache {
  topology: WorldTopology;
  /** Natural Earth's name of each country, in the geometries' order. */
  names: string[];
  /** Geographic bounds of each country, same order as the geometries. */
  bounds: [[number, number], [number, number]][];
  /**
   * The country at `index` as a feature in lon/lat, decoded when first asked for: a place test
   * needs the few countries whose box holds the point, not all 241.
   */
  feature(index: number): GeoJSON.Feature<GeoJSON.Geometry, CountryProps>;
}

let world: WorldCache | undefined;

/** A quantized arc in longitude and latitude: its positions are deltas from the one before, in the transform's grid. */
function decodeArc(arc: TopoJSON.Arc, { scale, translate }: TopoJSON.Transform): TopoJSON.Arc {
  let [x, y] = [0, 0];
  return arc.map(([dx = 0, dy = 0]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
}

type Box = [[number, number], [number, number]];

/** The box of a quantized arc in longitude and latitude, read from its deltas without decoding it. */
function arcBox(arc: TopoJSON.Arc, { scale, translate }: TopoJSON.Transform): Box {
  let [x, y] = [0, 0];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [dx = 0, dy = 0] of arc) {
    x += dx;
    y += dy;
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return [
    [west * scale[0] + translate[0], south * scale[1] + translate[1]],
    [east * scale[0] + translate[0], north * scale[1] + translate[1]],
  ];
}

/** Every arc index a geometry uses (negative indexes are arcs run backwards). */
function arcIndexes(geometry: CountryGeometry): number[] {
  const flat = (nested: unknown): number[] =>
    Array.isArray(nested) ? nested.flatMap(flat) : typeof nested === 'number' ? [nested < 0 ? ~nested : nested] : [];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(arcIndexes);
  return 'arcs' in geometry ? flat(geometry.arcs) : [];
}

/**
 * A country's box in plain longitude and latitude, the union of its arcs' boxes: a quick filter
 * before the exact test. A country across the antimeridian gets the whole width, which only
 * makes the filter let it through.
 */
function countryBox(geometry: CountryGeometry, boxes: readonly Box[]): Box {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const index of arcIndexes(geometry)) {
    const box = boxes[index];
    if (!box) continue;
    west = Math.min(west, box[0][0]);
    south = Math.min(south, box[0][1]);
    east = Math.max(east, box[1][0]);
    north = Math.max(north, box[1][1]);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** The world-atlas 1:50m countries topology (parsed once, never mutated). */
export function loadWorld(): WorldCache {
  if (world) return world;
  const raw: unknown = require('world-atlas/countries-50m.json');
  if (!isWorldTopology(raw)) throw new Error('world-atlas/countries-50m.json is not the expected world-atlas topology');
  const boxes = raw.arcs.map((arc) => arcBox(arc, raw.transform));
  const geometries = raw.objects.countries.geometries;
  // Arcs are decoded on first use, and shared by the countries that border on them.
  const decoded = new Map<number, TopoJSON.Arc>();
  const arcAt = (index: number): TopoJSON.Arc | undefined => {
    const known = decoded.get(index);
    if (known) return known;
    const arc = raw.arcs[index];
    if (!arc) return undefined;
    const decodedArc = decodeArc(arc, raw.transform);
    decoded.set(index, decodedArc);
    return decodedArc;
  };
  const features = new Map<number, GeoJSON.Feature<GeoJSON.Geometry, CountryProps>>();
  world = {
    topology: raw,
    names: geometries.map((geometry) => propName(geometry.properties)),
    bounds: geometries.map((geometry) => countryBox(geometry, boxes)),
    feature(index) {
      const known = features.get(index);
      if (known) return known;
      const geometry = geometries[index];
      if (!geometry) throw new Error(`The world has no country at index ${index}.`);
      const feature = toFeature(arcAt, geometry);
      features.set(index, feature);
      return feature;
    },
  };
  return world;
}

/**
 * Minimal topology→GeoJSON conversion for an unquantized topology (kept here,
 * rather than using topojson-client's overloaded `feature`, for precise types).
 */
function toFeature(
  arcAt: (index: number) => TopoJSON.Arc | undefined,
  g: CountryGeometry,
): GeoJSON.Feature<GeoJSON.Geometry, CountryProps> {
  const arcPoints = (index: number): Point[] => {
    const arc = arcAt(index < 0 ? ~index : index);
    if (!arc) throw new Error(`Arc ${index} missing`);
    const pts = arc.map((p): Point => [p[0] ?? 0, p[1] ?? 0]);
    return index < 0 ? pts.reverse() : pts;
  };
  const ring = (indexes: number[]): Point[] => {
    const out: Point[] = [];
    indexes.forEach((index, k) => {
      const pts = arcPoints(index);
      out.push(...(k === 0 ? pts : pts.slice(1)));
    });
    return out;
  };
  const geometry = (geo: TopoJSON.GeometryObject<CountryProps>): GeoJSON.Geometry => {
    switch (geo.type) {
      case 'Polygon':
        return { type: 'Polygon', coordinates: geo.arcs.map(ring) };
      case 'MultiPolygon':
        return { type: 'MultiPolygon', coordinates: geo.arcs.map((poly) => poly.map(ring)) };
      case 'LineString':
        return { type: 'LineString', coordinates: ring(geo.arcs) };
      case 'MultiLineString':
        return { type: 'MultiLineString', coordinates: geo.arcs.map(ring) };
      case 'GeometryCollection':
        return { type: 'GeometryCollection', geometries: geo.geometries.map(geometry) };
      case 'Point':
        return { type: 'Point', coordinates: geo.coordinates };
      case 'MultiPoint':
        return { type: 'MultiPoint', coordinates: geo.coordinates };
      case null:
        return { type: 'GeometryCollection', geometries: [] };
    }
  };
  return { type: 'Feature', properties: { name: propName(g.properties) }, geometry: geometry(g) };
}

/**
 * Whether a point lies inside a polygon's rings (outer ring and holes), by the even-odd rule in
 * plain longitude and latitude. At 1:50m a border's segments are a few kilometres long, so the
 * straight segment and the great-circle arc between two vertices part by metres: no place a talk
 * gives is that close to a border, and a test holds this to d3-geo's spherical answer over the region.
 */
function ringsContain(rings: readonly GeoJSON.Position[][], lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

function geometryContains(geometry: GeoJSON.Geometry, lon: number, lat: number): boolean {
  switch (geometry.type) {
    case 'Polygon':
      return ringsContain(geometry.coordinates, lon, lat);
    case 'MultiPolygon':
      return geometry.coordinates.some((polygon) => ringsContain(polygon, lon, lat));
    case 'GeometryCollection':
      return geometry.geometries.some((part) => geometryContains(part, lon, lat));
    default:
      return false;
  }
}

/** Natural Earth name of the country containing the point, or null (sea / no country). */
export function countryNameAt(lon: number, lat: number): string | null {
  const w = loadWorld();
  for (let i = 0; i < w.bounds.length; i++) {
    const b = w.bounds[i];
    if (!b) continue;
    const [[west, south], [east, north]] = b;
    if (lat < south || lat > north) continue;
    const inLon = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
    if (!inLon) continue;
    const country = w.feature(i);
    if (geometryContains(country.geometry, lon, lat)) return country.properties.name;
  }
  return null;
}
