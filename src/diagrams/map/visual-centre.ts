/**
 * The visual centre of the part of a shape the map shows: its pole of inaccessibility, the
 * point inside it farthest from its outline, where a name reads as the shape's. Found by
 * polylabel (mapbox's quadtree search, precise to `CENTRE_PRECISION`) on each polygon
 * clipped to the map's frame, so a country running off the map is named in what is seen of it.
 */
import polylabel from 'polylabel';
import type { Point } from './geo-data.ts';
import { type Rect, rectsMeet } from './label-placement.ts';
import { boundsOf } from './planar.ts';
import type { Ring } from './point-in-shape.ts';

/** Precision of the centre in user units: a label's candidates lie 5 or more units apart. */
const CENTRE_PRECISION = 1;

type MutableRing = Array<[number, number]>;

/** One step of Sutherland–Hodgman: the ring cut by a half-plane, `keep` saying which side stays. */
function clipByHalfPlane(
  ring: MutableRing,
  keep: (point: Point) => boolean,
  cut: (from: Point, to: Point) => [number, number],
): MutableRing {
  const clipped: MutableRing = [];
  for (let i = 0; i < ring.length; i++) {
    const [from, to] = [ring[(i + ring.length - 1) % ring.length], ring[i]];
    if (!from || !to) continue;
    if (keep(to)) {
      if (!keep(from)) clipped.push(cut(from, to));
      clipped.push(to);
    } else if (keep(from)) clipped.push(cut(from, to));
  }
  return clipped;
}

/**
 * A ring clipped to a rectangle. Where the ring leaves the frame and comes back, the result
 * runs along the frame's edge; such edges lie on the frame, so distances to the outline
 * stay distances to what is visible.
 */
function clipRing(ring: Ring, frame: Rect): MutableRing {
  const [left, top, right, bottom] = [frame.x, frame.y, frame.x + frame.w, frame.y + frame.h];
  const atX = (from: Point, to: Point, x: number): [number, number] => [
    x,
    from[1] + ((to[1] - from[1]) * (x - from[0])) / (to[0] - from[0]),
  ];
  const atY = (from: Point, to: Point, y: number): [number, number] => [
    from[0] + ((to[0] - from[0]) * (y - from[1])) / (to[1] - from[1]),
    y,
  ];
  let clipped: MutableRing = ring.map(([x, y]) => [x, y]);
  clipped = clipByHalfPlane(
    clipped,
    (p) => p[0] >= left,
    (a, b) => atX(a, b, left),
  );
  clipped = clipByHalfPlane(
    clipped,
    (p) => p[0] <= right,
    (a, b) => atX(a, b, right),
  );
  clipped = clipByHalfPlane(
    clipped,
    (p) => p[1] >= top,
    (a, b) => atY(a, b, top),
  );
  return clipByHalfPlane(
    clipped,
    (p) => p[1] <= bottom,
    (a, b) => atY(a, b, bottom),
  );
}

/**
 * The visual centre of what the frame shows of a shape, given as polygons (outer ring first,
 * then holes): the best pole among its polygons. Null when no part of it is visible.
 */
export function visibleCentre(polygons: readonly (readonly Ring[])[], frame: Rect): Point | null {
  let best: { point: Point; distance: number } | null = null;
  for (const [outer, ...holes] of polygons) {
    // A polygon whose outer ring keeps off the frame shows nothing (most of a large neighbour's islands).
    const shown = outer && rectsMeet(boundsOf([outer]), frame) ? clipRing(outer, frame) : [];
    if (shown.length < 3) continue;
    const cutHoles = holes.map((hole) => clipRing(hole, frame)).filter((hole) => hole.length >= 3);
    const pole = polylabel([shown, ...cutHoles], CENTRE_PRECISION);
    if (pole.distance > 0 && (!best || pole.distance > best.distance))
      best = { point: [pole[0], pole[1]], distance: pole.distance };
  }
  return best?.point ?? null;
}
