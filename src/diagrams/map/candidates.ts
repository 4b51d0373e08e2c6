/**
 * Where labels may go: positions around a marker (beside it, or further off with a
 * leader), beside a summary box, along a border, inside or near a country. An area's
 * positions are prospects, priced only if they come near the front (prospects.ts);
 * the optimiser in label-placement.ts picks among the candidates.
 */
import type * as GeoJSON from 'geojson';
import type { Point } from './geo-data.ts';
import type { Candidate, Rect, Segment } from './label-placement.ts';
import { insideFraction, type PlanarShape, shapeContains } from './planar.ts';
import type { Prospect } from './prospects.ts';
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

/** A shape a label names, with its visual centre (see visual-centre.ts), found once per label. */
export interface LabelArea {
  readonly shape: PlanarShape;
  readonly centre: Point;
}

/** The cost of a variant: a shorter alternative text costs more, and so does each line break. */
function variantCost(block: TextBlock, alternative: number): number {
  return alternative * 25 + (block.lines.length - 1) * 6;
}

/**
 * One way a label may lie on its shape: with at least `minInside` of its box on the shape,
 * where `fits` allows, at `extra` cost. At least half on it also needs the box's centre on it.
 */
export interface AreaTier {
  readonly minInside: number;
  readonly extra: number;
  readonly fits: (box: Rect) => boolean;
}

/** The cost of a position in the first tier it meets (tiers cheapest first), or null when it meets none. */
function tierCost(area: LabelArea, tiers: readonly AreaTier[], viewport: Rect, prospect: Prospect): number | null {
  const { box, anchor, bound } = prospect;
  const centreOn = shapeContains(area.shape, anchor[0], anchor[1]);
  const inside = insideFraction(area.shape, box, viewport);
  for (const tier of tiers) {
    if (tier.minInside >= 0.5 && !centreOn) continue;
    if (inside >= tier.minInside && tier.fits(box)) return bound + (1 - inside) * 30 + tier.extra;
  }
  return null;
}

/**
 * Label positions inside a shape, on a grid over its visible part, cheapest near its visual
 * centre; each in the cheapest of the tiers it meets. How much of a box lies on the shape is
 * what pricing one costs: until then, its distance to the centre bounds its cost. (A position
 * that meets several tiers is kept once, at its cheapest: the dearer would only repeat it.)
 */
export function areaProspects(
  area: LabelArea,
  blocks: readonly TextBlock[],
  altOf: readonly number[],
  tiers: readonly AreaTier[],
  viewport: Rect,
): Prospect[] {
  const { shape, centre } = area;
  const x0 = Math.max(shape.bbox.x, viewport.x);
  const y0 = Math.max(shape.bbox.y, viewport.y);
  const x1 = Math.min(shape.bbox.x + shape.bbox.w, viewport.x + viewport.w);
  const y1 = Math.min(shape.bbox.y + shape.bbox.h, viewport.y + viewport.h);
  const step = Math.max(5, Math.min(x1 - x0, y1 - y0) / 40);
  const price = (prospect: Prospect): number | null => tierCost(area, tiers, viewport, prospect);
  const out: Prospect[] = [];
  blocks.forEach((block, variant) => {
    const altCost = variantCost(block, altOf[variant] ?? 0);
    for (let cy = y0 + block.height / 2; cy <= y1 - block.height / 2; cy += step) {
      for (let cx = x0 + block.width / 2; cx <= x1 - block.width / 2; cx += step) {
        const box = {
          x: round1(cx - block.width / 2),
          y: round1(cy - block.height / 2),
          w: block.width,
          h: block.height,
        };
        const bound = altCost + Math.hypot(cx - centre[0], cy - centre[1]) * 0.08;
        out.push({ box, variant, anchor: [cx, cy], bound, price });
      }
    }
  });
  return out;
}

/** How far beside a shape's centre a label may stand (the gap from the centre to the box's nearest edge). */
const NEARBY_REACH = 70;
/** The grid the positions beside a shape are tried on. */
const NEARBY_STEP = 5;

/**
 * The positions `start + k × step` (k ≥ 0) between `from` and `to`: the grid laid from the
 * shape's corner, walked only where a box can lie within reach of the centre.
 */
function gridBetween(start: number, from: number, to: number): number[] {
  const first = Math.max(0, Math.ceil((from - start) / NEARBY_STEP));
  const last = Math.floor((to - start) / NEARBY_STEP);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => start + (first + k) * NEARBY_STEP);
}

/**
 * Label positions beside a (small) shape, cheapest closest to its visual centre, at `extra` cost;
 * `fits` says which may be used. Their cost is known at once: pricing one only asks `fits`.
 */
export function nearbyProspects(
  area: LabelArea,
  blocks: readonly TextBlock[],
  altOf: readonly number[],
  beside: { readonly extra: number; readonly fits: (box: Rect) => boolean },
): Prospect[] {
  const { shape, centre } = area;
  const reach = NEARBY_REACH;
  const price = (prospect: Prospect): number | null => (beside.fits(prospect.box) ? prospect.bound : null);
  const out: Prospect[] = [];
  blocks.forEach((block, variant) => {
    const altCost = variantCost(block, altOf[variant] ?? 0);
    const [left, top] = [shape.bbox.x - reach - block.width, shape.bbox.y - reach - block.height];
    // A unit of slack each side: the boxes' corners are rounded to a tenth, and the distance test below decides.
    const ys = gridBetween(
      top,
      centre[1] - reach - block.height - 1,
      Math.min(centre[1] + reach + 1, top + shape.bbox.h + 2 * reach + block.height),
    );
    const xs = gridBetween(
      left,
      centre[0] - reach - block.width - 1,
      Math.min(centre[0] + reach + 1, left + shape.bbox.w + 2 * reach + block.width),
    );
    for (const y of ys)
      for (const x of xs) {
        const box: Rect = { x: round1(x), y: round1(y), w: block.width, h: block.height };
        const dx = Math.max(box.x - centre[0], 0, centre[0] - (box.x + box.w));
        const dy = Math.max(box.y - centre[1], 0, centre[1] - (box.y + box.h));
        const dist = Math.hypot(dx, dy);
        if (dist <= reach)
          out.push({ box, variant, anchor: [x, y], bound: altCost + dist * 0.5 + beside.extra, price });
      }
  });
  return out;
}
