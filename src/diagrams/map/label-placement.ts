/**
 * Label placement: plane geometry helpers and a deterministic optimiser.
 *
 * Each label chooses one of its candidate positions (next to its symbol, further
 * off with a leader, or, for an optional label, none) so that no two labels overlap
 * and no leader runs through another label. The chosen boxes sit in a spatial index
 * (rbush), so scoring a candidate asks only about the labels near it. The search:
 * a greedy start (mandatory and most constrained labels first), min-conflicts repair
 * with a seeded random walk while any label still overlaps, then a steepest-descent
 * polish; the same input always gives the same placement.
 */
import RBush from 'rbush';

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

/** Whether two rectangles meet, edges touching counting (`rectsOverlap` needs them to share area). */
export function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
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
  /** PRNG seed for the repair's random moves; fixed so the result is deterministic. */
  readonly seed: number;
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

/** A candidate with its padded box and the bounds of box ∪ leader precomputed, as the index holds it. */
interface Prepared {
  readonly item: number;
  readonly cost: number;
  readonly empty: boolean;
  readonly box: Rect;
  readonly leader: Segment | null;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

function prepare(candidate: Candidate, item: number, padding: number): Prepared {
  const box = inflate(candidate.box, padding);
  const leader = candidate.leader;
  return {
    item,
    cost: candidate.cost,
    empty: candidate.box.w === 0 && candidate.box.h === 0,
    box,
    leader,
    minX: Math.min(box.x, leader ? Math.min(leader.x1, leader.x2) : Infinity),
    minY: Math.min(box.y, leader ? Math.min(leader.y1, leader.y2) : Infinity),
    maxX: Math.max(box.x + box.w, leader ? Math.max(leader.x1, leader.x2) : -Infinity),
    maxY: Math.max(box.y + box.h, leader ? Math.max(leader.y1, leader.y2) : -Infinity),
  };
}

function preparedPairCost(a: Prepared, b: Prepared): number {
  if (a.empty || b.empty) return 0;
  let cost = 0;
  if (rectsOverlap(a.box, b.box)) cost += CONFLICT;
  if (a.leader && segmentIntersectsRect(a.leader, b.box)) cost += CONFLICT;
  if (b.leader && segmentIntersectsRect(b.leader, a.box)) cost += CONFLICT;
  if (a.leader && b.leader && segmentsIntersect(a.leader, b.leader)) cost += LEADER_CROSSING;
  return cost;
}

/** Hard conflicts and soft cost of one candidate against the labels placed so far. */
interface Score {
  readonly conflicts: number;
  readonly soft: number;
}

function better(a: Score, b: Score): boolean {
  return a.conflicts < b.conflicts || (a.conflicts === b.conflicts && a.soft < b.soft - 1e-9);
}

/** The labels as currently chosen, in a spatial index of their boxes and leaders. */
class Layout {
  private readonly index = new RBush<Prepared>();
  /** Each label's candidates by their own cost, cheapest first (the first listed first at one cost). */
  private readonly cheapestFirst: readonly (readonly number[])[];
  readonly choice: number[];
  constructor(
    private readonly candidates: readonly (readonly Prepared[])[],
    choice: readonly number[],
    placed: Iterable<number>,
  ) {
    this.choice = [...choice];
    this.index.load([...placed].map((item) => this.chosen(item)));
    this.cheapestFirst = candidates.map((own) =>
      own.map((_, at) => at).sort((a, b) => (own[a]?.cost ?? 0) - (own[b]?.cost ?? 0) || a - b),
    );
  }
  chosen(item: number): Prepared {
    const found = this.candidates[item]?.[this.choice[item] ?? 0];
    if (!found) throw new Error(`No candidate ${this.choice[item]} for label ${item}`);
    return found;
  }
  score(item: number, candidate: number): Score {
    const me = this.candidates[item]?.[candidate];
    if (!me) throw new Error(`No candidate ${candidate} for label ${item}`);
    let conflicts = 0;
    let soft = me.cost;
    if (me.empty) return { conflicts, soft };
    for (const other of this.index.search(me)) {
      if (other.item === item) continue;
      const cost = preparedPairCost(me, other);
      const hard = Math.floor(cost / CONFLICT);
      conflicts += hard;
      soft += cost - hard * CONFLICT;
    }
    return { conflicts, soft };
  }
  /** Adds a label not yet in the layout. */
  add(item: number, candidate: number): void {
    this.choice[item] = candidate;
    this.index.insert(this.chosen(item));
  }
  place(item: number, candidate: number): void {
    this.index.remove(this.chosen(item));
    this.choice[item] = candidate;
    this.index.insert(this.chosen(item));
  }
  /**
   * The cheapest candidate of a label given the others: its current one if none is better,
   * else the first of the best. With `prefer`, every candidate is weighed in turn, nudged by it.
   */
  best(item: number, prefer?: (candidate: number) => number): { candidate: number; score: Score } {
    if (prefer) return this.bestNudged(item, prefer);
    const current = this.choice[item] ?? 0;
    let found = { candidate: current, score: this.score(item, current) };
    for (const candidate of this.cheapestFirst[item] ?? []) {
      // A candidate's own cost bounds its score from below: once it is dearer than a clear best, so is every later one.
      const own = this.candidates[item]?.[candidate]?.cost ?? 0;
      if (found.score.conflicts === 0 && own > found.score.soft + 1e-9) break;
      if (candidate === current) continue;
      const score = this.score(item, candidate);
      const tied = !better(found.score, score) && found.candidate !== current && candidate < found.candidate;
      if (better(score, found.score) || tied) found = { candidate, score };
    }
    return found;
  }
  /** `best` with each candidate's score nudged by `prefer`, weighed in list order (the nudges are drawn in it). */
  private bestNudged(item: number, prefer: (candidate: number) => number): { candidate: number; score: Score } {
    let found = { candidate: this.choice[item] ?? 0, score: this.score(item, this.choice[item] ?? 0) };
    const count = this.candidates[item]?.length ?? 0;
    for (let candidate = 0; candidate < count; candidate++) {
      const score = this.score(item, candidate);
      const nudged = { ...score, soft: score.soft + prefer(candidate) };
      if (better(nudged, found.score)) found = { candidate, score: nudged };
    }
    return found;
  }
  /** The labels a candidate would overlap, as placed now. */
  blockers(item: number, candidate: number): number[] {
    const me = this.candidates[item]?.[candidate];
    if (!me || me.empty) return [];
    return this.index
      .search(me)
      .filter((other) => other.item !== item && preparedPairCost(me, other) >= CONFLICT)
      .map((other) => other.item);
  }
  isLeftOut(item: number): boolean {
    return this.chosen(item).empty;
  }
  candidateCount(item: number): number {
    return this.candidates[item]?.length ?? 0;
  }
  conflicted(): number[] {
    return this.choice.flatMap((candidate, item) => (this.score(item, candidate).conflicts > 0 ? [item] : []));
  }
}

/** Greedy start: mandatory labels first, the most constrained first; each takes its cheapest candidate given those placed. */
function greedyStart(items: readonly PlacementItem[], candidates: readonly (readonly Prepared[])[]): Layout {
  const order = [...items.keys()].sort(
    (a, b) =>
      (items[a]?.priority ?? 0) - (items[b]?.priority ?? 0) ||
      (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0) ||
      ((items[a]?.id ?? '') < (items[b]?.id ?? '') ? -1 : 1),
  );
  // The index holds only the labels placed so far, so each is scored against those alone.
  const layout = new Layout(candidates, new Array<number>(items.length).fill(0), []);
  for (const item of order) layout.add(item, layout.best(item).candidate);
  return layout;
}

/** Moves allowed to the repair: enough for a few dozen labels to untangle, bounded so a hopeless map fails fast. */
const REPAIR_MOVES_PER_LABEL = 200;

/**
 * Min-conflicts repair: a label that still overlaps moves to its least conflicting candidate;
 * when that changes nothing, a seeded random move shakes the layout out of the local minimum.
 */
function repair(layout: Layout, items: readonly PlacementItem[], seed: number): void {
  const random = mulberry32(seed);
  for (let move = 0; move < REPAIR_MOVES_PER_LABEL * items.length; move++) {
    const conflicted = layout.conflicted();
    if (conflicted.length === 0) return;
    const item = conflicted[Math.floor(random() * conflicted.length)] ?? 0;
    const current = layout.choice[item] ?? 0;
    // A little noise in the soft cost, so that two labels swapping back and forth end.
    const { candidate } = layout.best(item, () => random() * 4);
    const count = layout.candidateCount(item);
    if (candidate !== current) layout.place(item, candidate);
    else if (count > 1) layout.place(item, Math.floor(random() * count));
  }
}

/** Labels a left-out label may push aside to take a place: more would rarely pay. */
const MOST_BLOCKERS = 2;

/**
 * Makes room for a label left out: tries each of its places with the labels in the way
 * moved to their best free places, and keeps the cheapest such move if it costs less
 * than leaving the label out (an ejection chain of depth one, which a descent that moves
 * one label at a time cannot find).
 */
function makeRoom(layout: Layout, count: number): void {
  for (let item = 0; item < count; item++) {
    if (!layout.isLeftOut(item)) continue;
    const leftOut = layout.choice[item] ?? 0;
    let best: { gain: number; candidate: number; moves: Array<[number, number]> } | null = null;
    for (let candidate = 0; candidate < layout.candidateCount(item); candidate++) {
      const blockers = [...new Set(layout.blockers(item, candidate))];
      if (blockers.length === 0 || blockers.length > MOST_BLOCKERS) continue;
      const trial = tryMove(layout, item, candidate, leftOut, blockers);
      if (trial && (!best || trial.gain > best.gain)) best = { ...trial, candidate };
    }
    if (!best) continue;
    layout.place(item, best.candidate);
    for (const [blocker, moved] of best.moves) layout.place(blocker, moved);
  }
}

/** The gain of placing `item` at `candidate` with its blockers moved to free places, or null when they cannot move. */
function tryMove(layout: Layout, item: number, candidate: number, leftOut: number, blockers: readonly number[]) {
  const before =
    layout.score(item, leftOut).soft +
    blockers.reduce((sum, blocker) => sum + layout.score(blocker, layout.choice[blocker] ?? 0).soft, 0);
  const original = blockers.map((blocker) => layout.choice[blocker] ?? 0);
  layout.place(item, candidate);
  const moves: Array<[number, number]> = [];
  for (const blocker of blockers) {
    const { candidate: moved, score } = layout.best(blocker);
    if (score.conflicts > 0) break;
    layout.place(blocker, moved);
    moves.push([blocker, moved]);
  }
  const fits = moves.length === blockers.length && layout.score(item, candidate).conflicts === 0;
  const after =
    layout.score(item, candidate).soft +
    blockers.reduce((sum, blocker) => sum + layout.score(blocker, layout.choice[blocker] ?? 0).soft, 0);
  for (const [index, blocker] of blockers.entries()) layout.place(blocker, original[index] ?? 0);
  layout.place(item, leftOut);
  return fits && after < before ? { gain: before - after, moves } : null;
}

/** Steepest descent, one label at a time, until nothing improves (bounded rounds). */
function polish(layout: Layout, count: number): void {
  for (let round = 0; round < 12; round++) {
    let improved = false;
    for (let item = 0; item < count; item++) {
      const current = layout.choice[item] ?? 0;
      const { candidate } = layout.best(item);
      if (candidate !== current) {
        layout.place(item, candidate);
        improved = true;
      }
    }
    if (!improved) return;
  }
}

/**
 * Chooses one candidate per item, minimising static + pairwise cost. Items must have at
 * least one candidate each. Deterministic for a given seed.
 */
export function solvePlacement(items: readonly PlacementItem[], opts: SolverOptions): SolverResult {
  if (items.length === 0) return { choice: [], conflicted: [], cost: 0 };
  const candidates = items.map((item, index) =>
    item.candidates.map((candidate) => prepare(candidate, index, opts.padding)),
  );
  const layout = greedyStart(items, candidates);
  repair(layout, items, opts.seed);
  makeRoom(layout, items.length);
  polish(layout, items.length);
  const scores = layout.choice.map((candidate, item) => layout.score(item, candidate));
  const pairs = scores.reduce(
    (sum, score, item) => sum + score.soft - (candidates[item]?.[layout.choice[item] ?? 0]?.cost ?? 0),
    0,
  );
  const own = layout.choice.reduce((sum, candidate, item) => sum + (candidates[item]?.[candidate]?.cost ?? 0), 0);
  const conflicts = scores.reduce((sum, score) => sum + score.conflicts, 0) / 2;
  return {
    choice: layout.choice,
    conflicted: scores.flatMap((score, item) => (score.conflicts > 0 ? [items[item]?.id ?? String(item)] : [])),
    cost: own + pairs / 2 + conflicts * CONFLICT,
  };
}
