/**
 * Phase 7b of a map: every label placed at once by the optimiser (label-placement.ts). An
 * optional label still in conflict is left out; a mandatory one in conflict is an error
 * that names it and says what to change.
 */
import { LABEL_PADDING } from './candidates.ts';
import type { LabelJob } from './label-jobs.ts';
import {
  type Candidate,
  CONFLICT,
  type PlacementItem,
  pairCost,
  type Rect,
  type Segment,
  solvePlacement,
} from './label-placement.ts';
import type { TextBlock } from './text-layout.ts';
import { type LabelKind, LabelPlacementError } from './types.ts';

/** A label as placed: its text block, its box and its colour. */
export interface PlacedText {
  readonly id: string;
  readonly kind: LabelKind;
  readonly block: TextBlock;
  readonly box: Rect;
  /** The text's class, which gives its colour. */
  readonly tone: string;
}

export interface PlacedLabels {
  readonly texts: readonly PlacedText[];
  /** Leader lines of marker labels set off from their symbol, by marker id. */
  readonly leaders: ReadonlyMap<string, Segment>;
  /** Optional labels left out for lack of room, as `kind:id`. */
  readonly dropped: readonly string[];
}

/** Where a label left out "goes": an empty box far off the map, which conflicts with nothing. */
const LEFT_OUT: Rect = { x: -1e6, y: -1e6, w: 0, h: 0 };

function placementItem(job: LabelJob): PlacementItem {
  if (job.dropCost === null) return { id: job.id, candidates: job.candidates, priority: 0 };
  const leftOut: Candidate = { box: LEFT_OUT, leader: null, cost: job.dropCost, variant: -1 };
  return { id: job.id, candidates: [...job.candidates, leftOut], priority: 1000 - job.dropCost };
}

/** The labels whose chosen candidate still overlaps another's. */
function inConflict(items: readonly PlacementItem[], choice: readonly number[]): number[] {
  const chosen = items.map((item, index) => item.candidates[choice[index] ?? 0]);
  return chosen.flatMap((mine, index) =>
    mine && chosen.some((other, at) => at !== index && other && pairCost(mine, other, LABEL_PADDING) >= CONFLICT)
      ? [index]
      : [],
  );
}

export function placeLabels(jobs: readonly LabelJob[], seed: number): PlacedLabels {
  const items = jobs.map(placementItem);
  const choice = [...solvePlacement(items, { padding: LABEL_PADDING, seed }).choice];
  for (const index of inConflict(items, choice))
    if (jobs[index]?.dropCost !== null) choice[index] = (items[index]?.candidates.length ?? 1) - 1;
  const failed = inConflict(items, choice)
    .map((index) => jobs[index]?.id ?? String(index))
    .sort();
  if (failed.length > 0)
    throw new LabelPlacementError(
      `Cannot label ${failed.length} marker(s) without overlapping labels: ${failed.join(', ')}. ` +
        'Shorten their labels, enlarge the map (size) or its extent, lower the number of markers in that area, or split the markers across two maps.',
      failed,
    );
  return collectPlaced(jobs, items, choice);
}

function collectPlaced(
  jobs: readonly LabelJob[],
  items: readonly PlacementItem[],
  choice: readonly number[],
): PlacedLabels {
  const texts: PlacedText[] = [];
  const leaders = new Map<string, Segment>();
  const dropped: string[] = [];
  jobs.forEach((job, index) => {
    const candidate = items[index]?.candidates[choice[index] ?? 0];
    if (!candidate) throw new Error(`Internal: no placement for ${job.id}`);
    if (candidate.variant < 0) {
      dropped.push(`${job.kind}:${job.id}`);
      return;
    }
    const block = job.blocks[candidate.variant];
    if (!block) throw new Error(`Internal: no text variant for ${job.id}`);
    texts.push({ id: job.id, kind: job.kind, block, box: candidate.box, tone: job.tone });
    if (candidate.leader) leaders.set(job.id, candidate.leader);
  });
  return { texts, leaders, dropped };
}
