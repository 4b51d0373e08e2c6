import { type GeoProjection, geoConicConformal, geoMercator } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import type { GeoBox, Point } from './geo-data.ts';
import { pointSegmentDistance, type Rect, rectContainsPoint } from './label-placement.ts';
import type { GeoExtent, MapSize } from './types.ts';

export type Ring = readonly Point[];
export interface PlanarShape {
  readonly rings: readonly Ring[];
  readonly bbox: Rect;
  readonly area: number;
}

export function ringsOf(geometry: GeoJSON.Geometry): Ring[] {
  const toRing = (r: GeoJSON.Position[]): Ring => r.map((p): Point => [p[0] ?? 0, p[1] ?? 0]);
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map(toRing);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map(toRing));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    default:
      return [];
  }
}

export function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const p = r[i];
    const q = r[j];
    if (p && q) a += q[0] * p[1] - p[0] * q[1];
  }
  return a / 2;
}

export function shapeOf(geometry: GeoJSON.Geometry): PlanarShape {
  const rings = ringsOf(geometry).filter((r) => r.length >= 4);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rings) {
    for (const [x, y] of r) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  // Even-odd area (holes subtract because they alternate sign only loosely; abs per ring is enough here).
  const area = rings.reduce((s, r) => s + Math.abs(ringArea(r)), 0);
  return { rings, bbox: { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) }, area };
}

export function shapeContains(shape: PlanarShape, x: number, y: number): boolean {
  if (!rectContainsPoint(shape.bbox, x, y)) return false;
  let inside = false;
  for (const r of shape.rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const p = r[i];
      const q = r[j];
      if (!p || !q) continue;
      if (p[1] > y !== q[1] > y && x < ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]) + p[0]) inside = !inside;
    }
  }
  return inside;
}

/** Where each horizontal line (by half unit) crosses a shape's edges, sorted: computed once per line the labels ask about. */
const crossingsByShape = new WeakMap<PlanarShape, Map<number, Float64Array>>();

/** Half a user unit: the resolution at which label placement asks whether a point is inside. */
const ROW_STEP = 0.5;

function crossingsAt(shape: PlanarShape, rowY: number): Float64Array {
  let rows = crossingsByShape.get(shape);
  if (!rows) {
    rows = new Map();
    crossingsByShape.set(shape, rows);
  }
  const known = rows.get(rowY);
  if (known) return known;
  const found: number[] = [];
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [p, q] = [ring[i], ring[j]];
      if (p && q && p[1] > rowY !== q[1] > rowY) found.push(((q[0] - p[0]) * (rowY - p[1])) / (q[1] - p[1]) + p[0]);
    }
  }
  const sorted = Float64Array.from(found).sort();
  rows.set(rowY, sorted);
  return sorted;
}

/**
 * `shapeContains` for label placement, which asks it millions of times: the point's height
 * is rounded to half a unit, and each such line's crossings with the shape are found once,
 * so a question costs a binary search instead of a walk round every ring.
 */
export function shapeContainsFast(shape: PlanarShape, x: number, y: number): boolean {
  if (!rectContainsPoint(shape.bbox, x, y)) return false;
  const crossings = crossingsAt(shape, Math.round(y / ROW_STEP) * ROW_STEP);
  let [low, high] = [0, crossings.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((crossings[middle] ?? 0) < x) low = middle + 1;
    else high = middle;
  }
  return low % 2 === 1;
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
      if (rectContainsPoint(visible, x, y) && shapeContainsFast(shape, x, y)) inside++;
    }
  }
  return inside / total;
}

/** Distance from a point to the shape's nearest edge; stops early once it is known to be at most `enough`. */
export function distanceToEdges(shape: PlanarShape, x: number, y: number, enough = -Infinity): number {
  let best = Infinity;
  for (const r of shape.rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const p = r[i];
      const q = r[j];
      if (!p || !q) continue;
      best = Math.min(best, pointSegmentDistance(x, y, { x1: p[0], y1: p[1], x2: q[0], y2: q[1] }));
      if (best <= enough) return best;
    }
  }
  return best;
}

const centreCache = new WeakMap<PlanarShape, Point | null>();

/** Grid-searched "pole of inaccessibility" of the visible part of a shape (cached per shape). */
export function visualCentre(shape: PlanarShape, visible: Rect): Point | null {
  if (centreCache.has(shape)) return centreCache.get(shape) ?? null;
  const found = computeVisualCentre(shape, visible);
  centreCache.set(shape, found);
  return found;
}

/** The edges of a shape that can be nearest to a point of the visible area: none further than half its size. */
function edgesNear(shape: PlanarShape, visible: Rect): Ring[] {
  const reach = Math.min(visible.w, visible.h) / 2;
  const [x0, y0, x1, y1] = [
    visible.x - reach,
    visible.y - reach,
    visible.x + visible.w + reach,
    visible.y + visible.h + reach,
  ];
  const edges: Ring[] = [];
  for (const ring of shape.rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [p, q] = [ring[i], ring[j]];
      if (!p || !q) continue;
      if (
        Math.max(p[0], q[0]) < x0 ||
        Math.min(p[0], q[0]) > x1 ||
        Math.max(p[1], q[1]) < y0 ||
        Math.min(p[1], q[1]) > y1
      )
        continue;
      edges.push([p, q]);
    }
  return edges;
}

function computeVisualCentre(shape: PlanarShape, visible: Rect): Point | null {
  const x0 = Math.max(shape.bbox.x, visible.x);
  const y0 = Math.max(shape.bbox.y, visible.y);
  const x1 = Math.min(shape.bbox.x + shape.bbox.w, visible.x + visible.w);
  const y1 = Math.min(shape.bbox.y + shape.bbox.h, visible.y + visible.h);
  if (x1 <= x0 || y1 <= y0) return null;
  const step = Math.max(4, Math.min(x1 - x0, y1 - y0) / 24);
  const near: PlanarShape = { rings: edgesNear(shape, visible), bbox: shape.bbox, area: shape.area };
  let best: Point | null = null;
  let bestD = -1;
  for (let y = y0 + step / 2; y < y1; y += step) {
    for (let x = x0 + step / 2; x < x1; x += step) {
      // The frame bounds the distance: a point no further from it than the best so far cannot win.
      const frame = Math.min(x - visible.x, visible.x + visible.w - x, y - visible.y, visible.y + visible.h - y);
      if (frame <= bestD || !shapeContainsFast(shape, x, y)) continue;
      const edge = Math.min(frame, distanceToEdges(near, x, y, bestD));
      if (edge > bestD) {
        bestD = edge;
        best = [x, y];
      }
    }
  }
  return best;
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
