/**
 * Where labels may go: positions around a marker (beside it, or further off with a
 * leader), beside a summary box, along a border, inside or near a country, and the
 * The optimiser in label-placement.ts picks among them.
 */
import type * as GeoJSON from 'geojson';
import type { Point } from './geo-data.ts';
import type { Candidate, Rect, Segment } from './label-placement.ts';
import { insideFraction, type PlanarShape, shapeContainsFast, visualCentre } from './planar.ts';
import type { TextBlock } from './text-layout.ts';

/** Circumscribed radius of every symbol, user units. */
export const SYMBOL_R = 9;
/** Radius that symbols (with halo) occupy for collision tests. */
export const SYMBOL_CLEAR = 11.5;
export const LABEL_PADDING = 3;

export function round1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

const LEADER_DISTANCES = [34, 56, 84, 118, 160, 210, 270, 340, 420];

/** Preference of a direction (radians, y down): right, then upper/lower right, left, above/below. */
function directionPenalty(theta: number): number {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  let p = 0;
  if (c < -0.3) p += 1;
  if (Math.abs(c) < 0.5) p += 1.4;
  if (s > 0.3) p += 0.4;
  return p;
}

function attachBox(ax: number, ay: number, theta: number, w: number, h: number): Rect {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const x = c > 0.5 ? ax : c < -0.5 ? ax - w : ax - w / 2;
  const y = s > 0.5 ? ay : s < -0.5 ? ay - h : ay - h / 2;
  return { x: round1(x), y: round1(y), w, h };
}

/**
 * Positions of a symbol's label: beside it, then further off with a leader. `r` is the
 * symbol's radius and `clear` the radius it keeps clear (defaults: the fixed symbol's);
 * `reach` caps the leaders' length (a city's name stays next to its square).
 */
export function markerCandidates(
  sx: number,
  sy: number,
  variants: readonly TextBlock[],
  symbol: { readonly r: number; readonly clear: number; readonly reach?: number } = {
    r: SYMBOL_R,
    clear: SYMBOL_CLEAR,
  },
): Candidate[] {
  const out: Candidate[] = [];
  variants.forEach((v, variant) => {
    const variantCost = variant === 0 ? 0 : 3;
    for (let k = 0; k < 8; k++) {
      const theta = (k * Math.PI) / 4;
      const d = symbol.clear + 2;
      const box = attachBox(sx + d * Math.cos(theta), sy + d * Math.sin(theta), theta, v.width, v.height);
      out.push({ box, leader: null, cost: 2 * directionPenalty(theta) + variantCost, variant });
    }
    for (const dist of LEADER_DISTANCES.filter((distance) => distance <= (symbol.reach ?? Number.POSITIVE_INFINITY))) {
      for (let k = 0; k < 16; k++) {
        const theta = (k * Math.PI) / 8;
        const ax = sx + dist * Math.cos(theta);
        const ay = sy + dist * Math.sin(theta);
        const box = attachBox(ax, ay, theta, v.width, v.height);
        const ex = Math.max(box.x, Math.min(sx, box.x + box.w));
        const ey = Math.max(box.y, Math.min(sy, box.y + box.h));
        const phi = Math.atan2(ey - sy, ex - sx);
        const leader: Segment = {
          x1: sx + symbol.r * 1.1 * Math.cos(phi),
          y1: sy + symbol.r * 1.1 * Math.sin(phi),
          x2: ex,
          y2: ey,
        };
        // Leaders cost more than their length: short ones are fine, long ones a last resort.
        out.push({
          box,
          leader,
          cost: 6 + 0.12 * dist + 4 * (dist / 100) ** 2 + directionPenalty(theta) + variantCost,
          variant,
        });
      }
    }
  });
  return out;
}

export function boxLabelCandidates(b: Rect, variants: readonly TextBlock[]): Candidate[] {
  const out: Candidate[] = [];
  variants.forEach((v, variant) => {
    const gap = 6;
    const xs = [b.x, b.x + (b.w - v.width) / 2, b.x + b.w - v.width];
    const ys = [b.y, b.y + (b.h - v.height) / 2, b.y + b.h - v.height];
    const spots: [number, number, number][] = [];
    for (const x of xs) {
      spots.push([x, b.y - gap - v.height, 0]);
      spots.push([x, b.y + b.h + gap, 1]);
    }
    for (const y of ys) {
      spots.push([b.x - gap - v.width, y, 2]);
      spots.push([b.x + b.w + gap, y, 2]);
    }
    // Inside, along the top or bottom edge.
    for (const x of xs) {
      spots.push([x + (x === b.x ? gap : x === b.x + b.w - v.width ? -gap : 0), b.y + gap, 3]);
      spots.push([x + (x === b.x ? gap : x === b.x + b.w - v.width ? -gap : 0), b.y + b.h - gap - v.height, 3]);
    }
    for (const [x, y, pref] of spots) {
      out.push({
        box: { x: round1(x), y: round1(y), w: v.width, h: v.height },
        leader: null,
        cost: pref + (variant === 0 ? 0 : 2),
        variant,
      });
    }
  });
  return out;
}

export function polylineSegments(ml: GeoJSON.MultiLineString): Segment[] {
  const segs: Segment[] = [];
  for (const line of ml.coordinates) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (a && b) segs.push({ x1: a[0] ?? 0, y1: a[1] ?? 0, x2: b[0] ?? 0, y2: b[1] ?? 0 });
    }
  }
  return segs;
}

export function samplePolyline(ml: GeoJSON.MultiLineString, step: number): Point[] {
  const pts: Point[] = [];
  for (const s of polylineSegments(ml)) {
    const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
    const n = Math.max(1, Math.ceil(len / step));
    for (let i = 0; i < n; i++) pts.push([s.x1 + ((s.x2 - s.x1) * i) / n, s.y1 + ((s.y2 - s.y1) * i) / n]);
  }
  return pts;
}

export function borderLabelCandidates(ml: GeoJSON.MultiLineString, block: TextBlock): Candidate[] {
  const pts = samplePolyline(ml, 12);
  const out: Candidate[] = [];
  const mid = (pts.length - 1) / 2;
  pts.forEach(([x, y], i) => {
    const along = Math.abs(i - mid) / Math.max(1, pts.length);
    const gap = 9;
    const spots: [number, number][] = [
      [x + gap, y - block.height / 2],
      [x - gap - block.width, y - block.height / 2],
      [x - block.width / 2, y - gap - block.height],
      [x - block.width / 2, y + gap],
    ];
    spots.forEach(([bx, by], k) => {
      out.push({
        box: { x: round1(bx), y: round1(by), w: block.width, h: block.height },
        leader: null,
        cost: along * 40 + k * 0.5,
        variant: 0,
      });
    });
  });
  return out;
}

/** How many candidates an optional label keeps for the optimiser. */
export const AREA_CANDIDATES = 48;

/** The cheapest candidates, skipping any that nearly repeat one already kept (keeps the set varied). */
export function diverse(candidates: readonly Candidate[], limit: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.cost - b.cost || a.box.y - b.box.y || a.box.x - b.box.x || a.variant - b.variant,
  );
  const out: Candidate[] = [];
  for (const c of sorted) {
    if (out.length >= limit) break;
    const near = out.some(
      (o) => o.variant === c.variant && Math.abs(o.box.x - c.box.x) < 12 && Math.abs(o.box.y - c.box.y) < 8,
    );
    if (!near) out.push(c);
  }
  return out;
}

/** Label positions inside a shape (at least `minInside` of the box on it), cheapest near its visual centre. */
export function areaCandidates(
  shape: PlanarShape,
  blocks: readonly TextBlock[],
  altOf: readonly number[],
  minInside: number,
  viewport: Rect,
  ok: (box: Rect) => boolean,
): Candidate[] {
  const centre = visualCentre(shape, viewport);
  if (!centre) return [];
  const x0 = Math.max(shape.bbox.x, viewport.x);
  const y0 = Math.max(shape.bbox.y, viewport.y);
  const x1 = Math.min(shape.bbox.x + shape.bbox.w, viewport.x + viewport.w);
  const y1 = Math.min(shape.bbox.y + shape.bbox.h, viewport.y + viewport.h);
  const step = Math.max(5, Math.min(x1 - x0, y1 - y0) / 40);
  const out: Candidate[] = [];
  blocks.forEach((block, variant) => {
    const altCost = (altOf[variant] ?? 0) * 25 + (block.lines.length - 1) * 6;
    for (let cy = y0 + block.height / 2; cy <= y1 - block.height / 2; cy += step) {
      for (let cx = x0 + block.width / 2; cx <= x1 - block.width / 2; cx += step) {
        if (minInside >= 0.5 && !shapeContainsFast(shape, cx, cy)) continue;
        const box: Rect = {
          x: round1(cx - block.width / 2),
          y: round1(cy - block.height / 2),
          w: block.width,
          h: block.height,
        };
        const inside = insideFraction(shape, box, viewport);
        if (inside < minInside) continue;
        if (!ok(box)) continue;
        const dist = Math.hypot(cx - centre[0], cy - centre[1]);
        out.push({ box, leader: null, cost: altCost + dist * 0.08 + (1 - inside) * 30, variant });
      }
    }
  });
  return out;
}

/** Label positions beside a (small) shape, cheapest closest to its visual centre. */
export function nearbyCandidates(
  shape: PlanarShape,
  blocks: readonly TextBlock[],
  altOf: readonly number[],
  viewport: Rect,
  ok: (box: Rect) => boolean,
): Candidate[] {
  const centre = visualCentre(shape, viewport);
  if (!centre) return [];
  const reach = 70;
  const out: Candidate[] = [];
  blocks.forEach((block, variant) => {
    const altCost = (altOf[variant] ?? 0) * 25 + (block.lines.length - 1) * 6;
    for (let y = shape.bbox.y - reach - block.height; y <= shape.bbox.y + shape.bbox.h + reach; y += 5) {
      for (let x = shape.bbox.x - reach - block.width; x <= shape.bbox.x + shape.bbox.w + reach; x += 5) {
        const box: Rect = { x: round1(x), y: round1(y), w: block.width, h: block.height };
        const dx = Math.max(box.x - centre[0], 0, centre[0] - (box.x + box.w));
        const dy = Math.max(box.y - centre[1], 0, centre[1] - (box.y + box.h));
        const dist = Math.hypot(dx, dy);
        if (dist > reach) continue;
        if (!ok(box)) continue;
        out.push({ box, leader: null, cost: altCost + dist * 0.5, variant });
      }
    }
  });
  return out;
}
