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
  /** Country features in lon/lat, for point-in-country tests. */
  features: GeoJSON.Feature<GeoJSON.Geometry, CountryProps>[];
  /** Geographic bounds of each country, same order as the geometries. */
  bounds: [[number, number], [number, number]][];
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

/** The world-atlas 1:50m countries topology (parsed once, never mutated). */
export function loadWorld(): WorldCache {
  if (world) return world;
  const raw: unknown = require('world-atlas/countries-50m.json');
  if (!isWorldTopology(raw)) throw new Error('world-atlas/countries-50m.json is not the expected world-atlas topology');
  const arcs = raw.arcs.map((arc) => decodeArc(arc, raw.transform));
  const plain: TopoJSON.Topology<{ countries: CountryCollection }> = {
    type: 'Topology',
    objects: raw.objects,
    arcs,
  };
  const features = raw.objects.countries.geometries.map((g) => toFeature(plain, g));
  world = {
    topology: raw,
    features,
    bounds: features.map(planarBounds),
  };
  return world;
}

/**
 * The box of a country's coordinates in plain longitude and latitude: a quick filter before
 * the exact test. A country across the antimeridian gets the whole width, which
 * only makes the filter let it through.
 */
function planarBounds(feature: GeoJSON.Feature<GeoJSON.Geometry, CountryProps>): [[number, number], [number, number]] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
      west = Math.min(west, coordinates[0]);
      east = Math.max(east, coordinates[0]);
      south = Math.min(south, coordinates[1]);
      north = Math.max(north, coordinates[1]);
      return;
    }
    for (const inner of coordinates) visit(inner);
  };
  const geometry = feature.geometry;
  if (geometry.type === 'GeometryCollection')
    for (const part of geometry.geometries) visit('coordinates' in part ? part.coordinates : []);
  else visit(geometry.coordinates);
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * Minimal topology→GeoJSON conversion for an unquantized topology (kept here,
 * rather than using topojson-client's overloaded `feature`, for precise types).
 */
function toFeature(topology: TopoJSON.Topology, g: CountryGeometry): GeoJSON.Feature<GeoJSON.Geometry, CountryProps> {
  const arcs = topology.arcs;
  const arcPoints = (index: number): Point[] => {
    const arc = arcs[index < 0 ? ~index : index];
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
  for (let i = 0; i < w.features.length; i++) {
    const b = w.bounds[i];
    const f = w.features[i];
    if (!b || !f) continue;
    const [[west, south], [east, north]] = b;
    if (lat < south || lat > north) continue;
    const inLon = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
    if (!inLon) continue;
    if (geometryContains(f.geometry, lon, lat)) return f.properties.name;
  }
  return null;
}
