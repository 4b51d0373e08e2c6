/**
 * Whether a point lies inside a shape, asked hundreds of thousands of times while labels
 * are placed. Even-odd ray casting walks every edge of a shape per question; here each
 * half-unit row of the map is cut with the shape's edges once, when the shape is made
 * (one sweep over its edges), so a question is a binary search in its row.
 */
import type { Point } from './geo-data.ts';

export type Ring = readonly Point[];

/** Half a user unit: the height to which a point is rounded before asking; far finer than a label's position. */
const ROW_STEP = 0.5;

/** The sorted x of every edge crossing each row of a band of the map, rows stored one after another. */
export interface RowCrossings {
  /** Number of the band's first row: row k lies at y = k × ROW_STEP. */
  readonly firstRow: number;
  /** Where each row's crossings start in `xs`, and one past the last row's end. */
  readonly starts: Int32Array;
  readonly xs: Float64Array;
}

/** The rows an edge from y `a` to y `b` crosses: those at y with min ≤ y < max, as ray casting counts them. */
function rowsOfEdge(a: number, b: number): [number, number] {
  return [Math.ceil(Math.min(a, b) / ROW_STEP), Math.ceil(Math.max(a, b) / ROW_STEP) - 1];
}

/** Calls `visit` with each edge of the rings and each row of the band it crosses (ray casting's rule). */
function eachCrossing(
  rings: readonly Ring[],
  band: { readonly firstRow: number; readonly lastRow: number },
  visit: (row: number, x: number) => void,
): void {
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [p, q] = [ring[i], ring[j]];
      if (!p || !q || p[1] === q[1]) continue;
      const [low, high] = rowsOfEdge(p[1], q[1]);
      for (let row = Math.max(low, band.firstRow); row <= Math.min(high, band.lastRow); row++) {
        const y = row * ROW_STEP;
        // The same test and the same intersection as a walk round the rings would make.
        if (p[1] > y !== q[1] > y) visit(row, ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]) + p[0]);
      }
    }
}

/**
 * The crossings of every row between `top` and `bottom` (the part of the map where labels
 * go): counted, then written in place, then sorted row by row.
 */
export function rowCrossings(rings: readonly Ring[], top: number, bottom: number): RowCrossings {
  const firstRow = Math.ceil(top / ROW_STEP);
  const lastRow = Math.max(firstRow - 1, Math.floor(bottom / ROW_STEP));
  const band = { firstRow, lastRow };
  const starts = new Int32Array(lastRow - firstRow + 2);
  eachCrossing(rings, band, (row) => {
    starts[row - firstRow + 1] = (starts[row - firstRow + 1] ?? 0) + 1;
  });
  for (let row = 1; row < starts.length; row++) starts[row] = (starts[row] ?? 0) + (starts[row - 1] ?? 0);
  const xs = new Float64Array(starts[starts.length - 1] ?? 0);
  const filled = starts.slice(0, -1);
  eachCrossing(rings, band, (row, x) => {
    const at = filled[row - firstRow] ?? 0;
    xs[at] = x;
    filled[row - firstRow] = at + 1;
  });
  for (let row = 0; row + 1 < starts.length; row++) xs.subarray(starts[row], starts[row + 1]).sort();
  return { firstRow, starts, xs };
}

/** How many of a row's sorted crossings lie left of x. */
function crossingsLeftOf(xs: Float64Array, from: number, to: number, x: number): number {
  let [low, high] = [from, to];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((xs[middle] ?? 0) < x) low = middle + 1;
    else high = middle;
  }
  return low - from;
}

/** Whether (x, y) lies inside the rings (even-odd), its height rounded to the row it falls in. */
export function insideRings(rings: readonly Ring[], rows: RowCrossings, x: number, y: number): boolean {
  const row = Math.round(y / ROW_STEP);
  const at = row - rows.firstRow;
  if (at >= 0 && at + 1 < rows.starts.length)
    return crossingsLeftOf(rows.xs, rows.starts[at] ?? 0, rows.starts[at + 1] ?? 0, x) % 2 === 1;
  // Off the band (rarely asked): the one row's crossings, walked for this question alone.
  let left = 0;
  eachCrossing(rings, { firstRow: row, lastRow: row }, (_row, crossing) => {
    if (crossing < x) left++;
  });
  return left % 2 === 1;
}
