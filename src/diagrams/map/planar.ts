/**
 * The map's plane: the projection that fits an extent to the slide's size, and the countries'
 * and provinces' shapes in it, with the inside test label placement asks of them.
 */
import { type GeoProjection, geoConicConformal, geoMercator } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import type { GeoBox, Point } from './geo-data.ts';
import { type Rect, rectContainsPoint } from './label-placement.ts';
import { insideRings, type Ring, type RowCrossings, rowCrossings } from './point-in-shape.ts';
import type { GeoExtent, MapSize } from './types.ts';

/**
 * A country's or province's outline in the map's plane, with the index its inside test uses,
 * made once per map: label placement asks about it hundreds of thousands of times.
 */
export interface PlanarShape {
  /** Each polygon's rings, its outer ring first (the visual centre is found per polygon). */
  readonly polygons: readonly (readonly Ring[])[];
  /** Every ring, for the even-odd inside test. */
  readonly rings: readonly Ring[];
  readonly bbox: Rect;
  /**
   * Each row's crossings with the outline over the map's height: made when first asked, since
   * most countries near a map (those beside it, with no label) are never asked about.
   */
  readonly rows: () => RowCrossings;
}

/** A value made on first use and kept. */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** The polygons of a geometry in the plane, each as its rings (outer first). */
function planarPolygons(geometry: GeoJSON.Geometry): Ring[][] {
  const toRing = (r: GeoJSON.Position[]): Ring => r.map((p): Point => [p[0] ?? 0, p[1] ?? 0]);
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates.map(toRing)];
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => polygon.map(toRing));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(planarPolygons);
    default:
      return [];
  }
}

/** The box around some rings. */
export function boundsOf(rings: readonly Ring[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** A shape from a planar geometry; its inside test is indexed over the rows of `frame` (the map). */
export function shapeOf(geometry: GeoJSON.Geometry, frame: Rect): PlanarShape {
  // A ring of fewer than four points (closed) has no area: it can hold no label.
  const polygons = planarPolygons(geometry)
    .filter((polygon) => (polygon[0]?.length ?? 0) >= 4)
    .map((polygon) => polygon.filter((ring) => ring.length >= 4));
  const rings = polygons.flat();
  return {
    polygons,
    rings,
    bbox: boundsOf(rings),
    rows: lazily(() => rowCrossings(rings, frame.y, frame.y + frame.h)),
  };
}

/** Whether (x, y) lies inside the shape (even-odd), its height rounded to half a unit. */
export function shapeContains(shape: PlanarShape, x: number, y: number): boolean {
  return rectContainsPoint(shape.bbox, x, y) && insideRings(shape.rings, shape.rows(), x, y);
}

/** Share of a grid of sample points in the rectangle that fall inside the shape. */
export function insideFraction(shape: PlanarShape, r: Rect, visible: Rect): number {
  let inside = 0;
  let total = 0;
  for (let i = 0; i <= 6; i++) {
    for (let j = 0; j <= 2; j++) {
      const x = r.x + (r.w * i) / 6;
      const y = r.y + r.h * (0.15 + (0.7 * j) / 2);
      total++;
      if (rectContainsPoint(visible, x, y) && shapeContains(shape, x, y)) inside++;
    }
  }
  return inside / total;
}

function densifiedExtent(e: GeoExtent): Point[] {
  const pts: Point[] = [];
  const n = 24;
  for (let i = 0; i <= n; i++) {
    const lon = e.west + ((e.east - e.west) * i) / n;
    pts.push([lon, e.south], [lon, e.north]);
    const lat = e.south + ((e.north - e.south) * i) / n;
    pts.push([e.west, lat], [e.east, lat]);
  }
  return pts;
}

export function makeProjection(extent: GeoExtent, size: MapSize): GeoProjection {
  const midLon = (extent.west + extent.east) / 2;
  const midLat = (extent.south + extent.north) / 2;
  const span = extent.north - extent.south;
  const projection =
    (extent.south < 0 && extent.north > 0) || Math.abs(midLat) < 8
      ? geoMercator().rotate([-midLon, 0])
      : geoConicConformal()
          .parallels([extent.south + span / 6, extent.north - span / 6])
          .rotate([-midLon, 0]);
  const margin = Math.round(Math.min(size.width, size.height) * 0.02);
  projection.fitExtent(
    [
      [margin, margin],
      [size.width - margin, size.height - margin],
    ],
    { type: 'MultiPoint', coordinates: densifiedExtent(extent) },
  );
  return projection;
}

/** Geographic bounding box of the SVG viewport (plus a buffer), from its inverted border. */
export function viewportGeoBox(projection: GeoProjection, size: MapSize, buffer: number): GeoBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const n = 40;
  const add = (x: number, y: number): void => {
    const ll = projection.invert?.([x, y]);
    if (!ll) return;
    west = Math.min(west, ll[0]);
    east = Math.max(east, ll[0]);
    south = Math.min(south, ll[1]);
    north = Math.max(north, ll[1]);
  };
  for (let i = 0; i <= n; i++) {
    add((size.width * i) / n, 0);
    add((size.width * i) / n, size.height);
    add(0, (size.height * i) / n);
    add(size.width, (size.height * i) / n);
  }
  return [west - buffer, Math.max(-90, south - buffer), east + buffer, Math.min(90, north + buffer)];
}
