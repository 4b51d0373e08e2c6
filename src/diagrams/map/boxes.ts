/** Phase 3 of a map: the dashed outlines of the summary boxes ("attacks another map shows"). */
import type { Point, Projector } from './geo-data.ts';
import type { Rect, Segment } from './label-placement.ts';
import type { GeoExtent, SummaryBox } from './types.ts';

export interface BoxOutline {
  readonly box: SummaryBox;
  /** The projected outline, closed: a box of parallels and meridians is curved in most projections. */
  readonly points: readonly Point[];
  readonly bounds: Rect;
  readonly segments: readonly Segment[];
}

const STEPS_PER_SIDE = 24;

/** The extent's edge, walked round with `STEPS_PER_SIDE` points a side. */
function edgeOf(extent: GeoExtent): Point[] {
  const { west, south, east, north } = extent;
  const along = (from: number, to: number, step: number): number => from + ((to - from) * step) / STEPS_PER_SIDE;
  const edge: Point[] = [];
  for (let step = 0; step <= STEPS_PER_SIDE; step++) edge.push([along(west, east, step), south]);
  for (let step = 1; step <= STEPS_PER_SIDE; step++) edge.push([east, along(south, north, step)]);
  for (let step = 1; step <= STEPS_PER_SIDE; step++) edge.push([along(east, west, step), north]);
  for (let step = 1; step <= STEPS_PER_SIDE; step++) edge.push([west, along(north, south, step)]);
  return edge;
}

export function outlineBoxes(boxes: readonly SummaryBox[], project: Projector): BoxOutline[] {
  return boxes.map((box) => {
    const points = edgeOf(box.extent)
      .map(project)
      .filter((point): point is Point => point !== null);
    const xs = points.map((point) => point[0]);
    const ys = points.map((point) => point[1]);
    const [left, top] = [Math.min(...xs), Math.min(...ys)];
    const segments = points.map((point, index): Segment => {
      const next = points[(index + 1) % points.length] ?? point;
      return { x1: point[0], y1: point[1], x2: next[0], y2: next[1] };
    });
    return { box, points, bounds: { x: left, y: top, w: Math.max(...xs) - left, h: Math.max(...ys) - top }, segments };
  });
}
