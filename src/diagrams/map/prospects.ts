/**
 * The cheapest varied positions of an area label (a country's, a province's, the border's),
 * found without pricing every position tried. A position's cost has a cheap lower bound (its
 * distance to the shape's visual centre, its text variant) and a dear rest: how much of the
 * box lies on the shape, whether it clears the obstacles and the neighbours' land. Positions
 * wait in a priority queue by that bound; only those that reach the front are priced, and go
 * back in at their exact cost. A position is taken when it reaches the front priced, so the
 * result is what pricing every position and keeping the cheapest varied ones would give, for
 * the price of the few hundred that come near the front instead of every one of thousands.
 */
import TinyQueue from 'tinyqueue';
import type { Point } from './geo-data.ts';
import type { Candidate, Rect } from './label-placement.ts';

/** A position a label might take. */
export interface Prospect {
  readonly box: Rect;
  /** Which of the label's text variants it sets. */
  readonly variant: number;
  /** The grid point the box was laid out from, which its pricing measures from. */
  readonly anchor: Point;
  /** At most its cost: known without pricing it. */
  readonly bound: number;
  /** Its cost, at least `bound`, or null when the label may not go there; one function for a whole set of positions. */
  readonly price: (prospect: Prospect) => number | null;
}

/** A prospect in the queue, its sort key flat: at its bound until priced, then at its cost. */
interface Queued {
  readonly cost: number;
  readonly y: number;
  readonly x: number;
  readonly variant: number;
  readonly priced: boolean;
  readonly prospect: Prospect;
}

/**
 * Cheapest first; then top to bottom, left to right, the first variant first (the order the
 * candidates were always taken in); at one key, an unpriced prospect first, since its cost may
 * turn out the same and it must then be weighed before.
 */
function compareQueued(a: Queued, b: Queued): number {
  return a.cost - b.cost || a.y - b.y || a.x - b.x || a.variant - b.variant || Number(a.priced) - Number(b.priced);
}

function queued(prospect: Prospect, cost: number, priced: boolean): Queued {
  return { cost, y: prospect.box.y, x: prospect.box.x, variant: prospect.variant, priced, prospect };
}

/** Two positions of one variant this close would read as the same place: the second adds no choice. */
function nearlyRepeats(kept: readonly Candidate[], box: Rect, variant: number): boolean {
  return kept.some(
    (other) => other.variant === variant && Math.abs(other.box.x - box.x) < 12 && Math.abs(other.box.y - box.y) < 8,
  );
}

/** The `limit` cheapest prospects that may be used, skipping any that nearly repeats one kept. */
export function cheapestVaried(prospects: readonly Prospect[], limit: number): Candidate[] {
  const queue = new TinyQueue<Queued>(
    prospects.map((prospect) => queued(prospect, prospect.bound, false)),
    compareQueued,
  );
  const kept: Candidate[] = [];
  while (kept.length < limit) {
    const next = queue.pop();
    if (!next) break;
    const { prospect } = next;
    if (!next.priced) {
      const cost = prospect.price(prospect);
      if (cost !== null) queue.push(queued(prospect, cost, true));
    } else if (!nearlyRepeats(kept, prospect.box, prospect.variant))
      kept.push({ box: prospect.box, leader: null, cost: next.cost, variant: prospect.variant });
  }
  return kept;
}

/** Prospects whose cost is known already (their bound), usable where `fits` says so. */
export function knownProspects(candidates: readonly Candidate[], fits: (box: Rect) => boolean): Prospect[] {
  const price = (prospect: Prospect): number | null => (fits(prospect.box) ? prospect.bound : null);
  return candidates.map((candidate) => ({
    box: candidate.box,
    variant: candidate.variant,
    anchor: [candidate.box.x, candidate.box.y],
    bound: candidate.cost,
    price,
  }));
}
