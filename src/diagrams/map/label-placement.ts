/**
 * Label placement: plane geometry helpers and a deterministic optimiser.
 *
 * Marker labels are placed by choosing one candidate position per marker
 * (next to the symbol, or further away with a leader line) so that no two
 * labels overlap and no leader runs through another label. The search is a
 * greedy start followed by simulated annealing with a fixed-seed PRNG and a
 * final steepest-descent polish, so the same input always gives the same
 * placement.
 */

/** Axis-aligned rectangle in SVG user units (y grows downwards). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Line segment in SVG user units. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** One possible position of a label. */
export interface Candidate {
  /** The text box as drawn (advance width × line box). */
  readonly box: Rect;
  /** Leader line from the symbol to the box, or null when the label sits next to the symbol. */
  readonly leader: Segment | null;
  /** Static cost: distance, direction preference, line breaks, what it covers. Lower is better. */
  readonly cost: number;
  /** Index of the text variant (single line, broken in two, …) this candidate uses. */
  readonly variant: number;
}

/** One label to place. */
export interface PlacementItem {
  readonly id: string;
  readonly candidates: readonly Candidate[];
  /** Greedy start order: lower goes first (mandatory labels before optional ones). Default 0. */
  readonly priority?: number;
}

export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function rectContainsPoint(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
}

export function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** True when the two segments properly cross or touch. */
export function segmentsIntersect(s: Segment, t: Segment): boolean {
  const d1 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1);
  const d2 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
  const d3 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1);
  const d4 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return false;
}

/** True when the segment passes through (or ends inside) the rectangle. Liang–Barsky clipping. */
export function segmentIntersectsRect(s: Segment, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const p = [-dx, dx, -dy, dy];
  const q = [s.x1 - r.x, r.x + r.w - s.x1, s.y1 - r.y, r.y + r.h - s.y1];
  for (let i = 0; i < 4; i++) {
    const pi = p[i] ?? 0;
    const qi = q[i] ?? 0;
    if (pi === 0) {
      if (qi < 0) return false;
    } else {
      const t = qi / pi;
      if (pi < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
  }
  return t0 < t1;
}

/** Distance from point to segment. */
export function pointSegmentDistance(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - s.x1) * dx + (py - s.y1) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = s.x1 + t * dx;
  const y = s.y1 + t * dy;
  return Math.hypot(px - x, py - y);
}

/** Small, fast, seedable PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cost of a hard conflict (overlap); anything at or above it is infeasible. */
export const CONFLICT = 10_000;
/** Penalty for two leader lines crossing (ugly, but legible). */
const LEADER_CROSSING = 60;

export interface SolverOptions {
  /** Padding added around every box before overlap tests (keeps halos apart). */
  readonly padding: number;
  /** PRNG seed; fixed so the result is deterministic. */
  readonly seed: number;
  /** Annealing iterations per item (total = this × item count, at least 20 000). */
  readonly iterationsPerItem: number;
}

export interface SolverResult {
  /** Chosen candidate index per item (same order as the input). */
  readonly choice: readonly number[];
  /** Ids of items still in a hard conflict (empty when the placement is valid). */
  readonly conflicted: readonly string[];
  readonly cost: number;
}

/** Pairwise cost between two chosen candidates of different items. */
export function pairCost(a: Candidate, b: Candidate, padding: number): number {
  // An empty box stands for "label not drawn" and conflicts with nothing.
  if ((a.box.w === 0 && a.box.h === 0) || (b.box.w === 0 && b.box.h === 0)) return 0;
  let cost = 0;
  const pa = inflate(a.box, padding);
  const pb = inflate(b.box, padding);
  if (rectsOverlap(pa, pb)) cost += CONFLICT;
  if (a.leader && segmentIntersectsRect(a.leader, pb)) cost += CONFLICT;
  if (b.leader && segmentIntersectsRect(b.leader, pa)) cost += CONFLICT;
  if (a.leader && b.leader && segmentsIntersect(a.leader, b.leader)) cost += LEADER_CROSSING;
  return cost;
}

/** A candidate with its padded box and the bounds of box ∪ leader precomputed. */
interface Prepared {
  readonly cost: number;
  readonly empty: boolean;
  readonly box: Rect;
  readonly leader: Segment | null;
  /** Bounds of the padded box and the leader together (for a quick reject). */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function prepare(c: Candidate, padding: number): Prepared {
  const box = inflate(c.box, padding);
  const l = c.leader;
  return {
    cost: c.cost,
    empty: c.box.w === 0 && c.box.h === 0,
    box,
    leader: l,
    x0: Math.min(box.x, l ? Math.min(l.x1, l.x2) : Infinity),
    y0: Math.min(box.y, l ? Math.min(l.y1, l.y2) : Infinity),
    x1: Math.max(box.x + box.w, l ? Math.max(l.x1, l.x2) : -Infinity),
    y1: Math.max(box.y + box.h, l ? Math.max(l.y1, l.y2) : -Infinity),
  };
}

function preparedPairCost(a: Prepared, b: Prepared): number {
  if (a.empty || b.empty) return 0;
  if (a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0) return 0;
  let cost = 0;
  if (rectsOverlap(a.box, b.box)) cost += CONFLICT;
  if (a.leader && segmentIntersectsRect(a.leader, b.box)) cost += CONFLICT;
  if (b.leader && segmentIntersectsRect(b.leader, a.box)) cost += CONFLICT;
  if (a.leader && b.leader && segmentsIntersect(a.leader, b.leader)) cost += LEADER_CROSSING;
  return cost;
}

/**
 * Chooses one candidate per item, minimising static + pairwise cost.
 * Items must have at least one candidate each.
 *
 * Greedy start, then simulated annealing in which an overlap starts cheap and
 * grows expensive as the temperature falls (so the search can pass through
 * overlapping states to reach better layouts), run from a few fixed seeds;
 * the best overlap-free result is polished by steepest descent.
 */
export function solvePlacement(items: readonly PlacementItem[], opts: SolverOptions): SolverResult {
  const n = items.length;
  if (n === 0) return { choice: [], conflicted: [], cost: 0 };
  const preparedItems = items.map((item) => item.candidates.map((c) => prepare(c, opts.padding)));
  const cand = (i: number, c: number): Prepared => {
    const found = preparedItems[i]?.[c];
    if (!found) throw new Error(`No candidate ${c} for item ${i}`);
    return found;
  };
  const pairCost = (a: Prepared, b: Prepared, _padding: number): number => preparedPairCost(a, b);
  const countOf = (i: number): number => items[i]?.candidates.length ?? 0;

  /** Hard conflicts and soft cost of item i at candidate c, given the others. */
  const parts = (choice: readonly number[], i: number, c: number): [number, number] => {
    const me = cand(i, c);
    let conflicts = 0;
    let soft = me.cost;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const v = pairCost(me, cand(j, choice[j] ?? 0), opts.padding);
      if (v === 0) continue;
      const k = Math.floor(v / CONFLICT);
      conflicts += k;
      soft += v - k * CONFLICT;
    }
    return [conflicts, soft];
  };
  const totals = (choice: readonly number[]): [number, number] => {
    let conflicts = 0;
    let soft = 0;
    for (let i = 0; i < n; i++) {
      soft += cand(i, choice[i] ?? 0).cost;
      for (let j = i + 1; j < n; j++) {
        const v = pairCost(cand(i, choice[i] ?? 0), cand(j, choice[j] ?? 0), opts.padding);
        const k = Math.floor(v / CONFLICT);
        conflicts += k;
        soft += v - k * CONFLICT;
      }
    }
    return [conflicts, soft];
  };
  const conflictedItems = (choice: readonly number[]): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (parts(choice, i, choice[i] ?? 0)[0] > 0) out.push(i);
    return out;
  };
  const better = (a: [number, number], b: [number, number]): boolean =>
    a[0] < b[0] || (a[0] === b[0] && a[1] < b[1] - 1e-9);

  // 1. Greedy start: by priority, then most constrained first; each takes its cheapest
  //    candidate given those already placed.
  const prio = (i: number): number => items[i]?.priority ?? 0;
  const order = [...Array(n).keys()].sort(
    (a, b) => prio(a) - prio(b) || countOf(a) - countOf(b) || ((items[a]?.id ?? '') < (items[b]?.id ?? '') ? -1 : 1),
  );
  const greedy: number[] = new Array<number>(n).fill(0);
  const placed: number[] = [];
  for (const i of order) {
    let bestC = 0;
    let bestCost = Infinity;
    for (let c = 0; c < countOf(i); c++) {
      let cost = cand(i, c).cost;
      for (const j of placed) {
        cost += pairCost(cand(i, c), cand(j, greedy[j] ?? 0), opts.padding);
        if (cost >= bestCost) break;
      }
      if (cost < bestCost) {
        bestCost = cost;
        bestC = c;
      }
    }
    greedy[i] = bestC;
    placed.push(i);
  }

  // 2. Annealing runs from fixed seeds.
  let best = [...greedy];
  let bestParts = totals(best);
  const iterations = Math.max(20_000, opts.iterationsPerItem * n);
  const RUNS = 3;
  for (let run = 0; run < RUNS; run++) {
    const rand = mulberry32((opts.seed * 2654435761 + run * 40503) >>> 0);
    const choice = [...greedy];
    let [conf, soft] = totals(choice);
    let conflicted = conflictedItems(choice);
    const t0 = 40;
    const t1 = 0.05;
    const w0 = 25;
    const w1 = CONFLICT;
    for (let k = 0; k < iterations; k++) {
      const f = k / iterations;
      const temp = t0 * (t1 / t0) ** f;
      const weight = w0 * (w1 / w0) ** f;
      let i: number;
      if (conflicted.length > 0 && rand() < 0.6) i = conflicted[Math.floor(rand() * conflicted.length)] ?? 0;
      else i = Math.floor(rand() * n);
      const count = countOf(i);
      if (count < 2) continue;
      const old = choice[i] ?? 0;
      let next = Math.floor(rand() * (count - 1));
      if (next >= old) next++;
      const [oc, os] = parts(choice, i, old);
      const [nc, ns] = parts(choice, i, next);
      const delta = ns - os + weight * (nc - oc);
      if (delta <= 0 || rand() < Math.exp(-delta / temp)) {
        choice[i] = next;
        conf += nc - oc;
        soft += ns - os;
        if (nc !== oc || k % 256 === 0) conflicted = conflictedItems(choice);
        if (better([conf, soft], bestParts)) {
          bestParts = [conf, soft];
          best = [...choice];
        }
      }
    }
  }

  // 3. Polish: steepest descent, one item at a time, until nothing improves.
  let improved = true;
  let rounds = 0;
  while (improved && rounds < 50) {
    improved = false;
    rounds++;
    for (let i = 0; i < n; i++) {
      const old = best[i] ?? 0;
      let bestC = old;
      let bestItem = parts(best, i, old);
      for (let c = 0; c < countOf(i); c++) {
        if (c === old) continue;
        const p = parts(best, i, c);
        if (better(p, bestItem)) {
          bestItem = p;
          bestC = c;
        }
      }
      if (bestC !== old) {
        best[i] = bestC;
        improved = true;
      }
    }
  }

  const [conflicts, soft] = totals(best);
  const left = conflictedItems(best).map((i) => items[i]?.id ?? String(i));
  return { choice: best, conflicted: left, cost: soft + conflicts * CONFLICT };
}
