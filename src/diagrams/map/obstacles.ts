/**
 * Phase 6 of a map: everything a label must keep clear of, in one spatial index:
 * marker symbols and their true places, the legend, the highlighted border and the
 * summary boxes' outlines. A candidate position asks only about what lies near it.
 * The index is flatbush (see box-index.ts): nothing in it moves once collected.
 */

import { type BoxSearch, boxIndex } from './box-index.ts';
import type { BoxOutline } from './boxes.ts';
import { LABEL_PADDING, polylineSegments } from './candidates.ts';
import type { Geography } from './geography.ts';
import {
  inflate,
  pointSegmentDistance,
  type Rect,
  rectInside,
  rectsOverlap,
  type Segment,
  segmentIntersectsRect,
  segmentsIntersect,
} from './label-placement.ts';
import { isDisplaced, type PlacedMarker, symbolOwner } from './markers.ts';

/** What lies on the map, as the index holds it: an area (symbol, true place, legend) or a line (border, outline). */
interface Obstacle {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly kind: 'symbol' | 'true-place' | 'legend' | 'border' | 'outline';
  /** The marker a symbol or true place belongs to. */
  readonly owner?: string;
  readonly segment?: Segment;
  /** For symbols: the symbol's centre and the radius it keeps clear. */
  readonly centre?: readonly [number, number];
  readonly clear?: number;
}

export interface Obstacles {
  /** Whether a label (and its leader) for this marker (null: not a marker's) stays on the map and clear of everything drawn. */
  labelFits(box: Rect, leader: Segment | null, marker: string | null): boolean;
  /**
   * Whether an area's label (a country's, a province's, the border's) fits: as `labelFits`, and
   * clear of the summary boxes' outlines too. One search of the index answers both.
   */
  areaLabelFits(box: Rect): boolean;
  /** Whether a leader line crosses the highlighted border. */
  leaderCrossesBorder(leader: Segment): boolean;
}

/** How far labels keep from the map's edge: a label that touches the frame reads as cut off. */
export const EDGE_MARGIN = 8;

function areaObstacle(rect: Rect, kind: Obstacle['kind'], owner?: string): Obstacle {
  return {
    minX: rect.x,
    minY: rect.y,
    maxX: rect.x + rect.w,
    maxY: rect.y + rect.h,
    kind,
    ...(owner ? { owner } : {}),
  };
}

function lineObstacle(segment: Segment, kind: Obstacle['kind']): Obstacle {
  return {
    minX: Math.min(segment.x1, segment.x2),
    minY: Math.min(segment.y1, segment.y2),
    maxX: Math.max(segment.x1, segment.x2),
    maxY: Math.max(segment.y1, segment.y2),
    kind,
    segment,
  };
}

/** A symbol drawn on the map that labels keep clear of: an attack's marker or a reference place's square. */
export interface DrawnSymbol {
  /** The marker or reference id it belongs to (its own label may come close). */
  readonly owner: string;
  readonly x: number;
  readonly y: number;
  readonly clear: number;
}

/** A footprint labels keep off entirely: the legend, the scale bar and credit. */
export type Reserved = Rect;

function collect(
  markers: readonly PlacedMarker[],
  extras: { readonly symbols: readonly DrawnSymbol[]; readonly reserved: readonly Reserved[] },
  legendBox: Rect | null,
  geography: Geography,
  outlines: readonly BoxOutline[],
): Obstacle[] {
  const drawn: DrawnSymbol[] = [
    ...markers.map((marker) => ({ owner: symbolOwner(marker), x: marker.x, y: marker.y, clear: marker.clear })),
    ...extras.symbols,
  ];
  const symbols = drawn.map((symbol) => ({
    ...areaObstacle(inflate({ x: symbol.x, y: symbol.y, w: 0, h: 0 }, symbol.clear), 'symbol', symbol.owner),
    centre: [symbol.x, symbol.y] as const,
    clear: symbol.clear,
  }));
  const truePlaces = markers
    .filter(isDisplaced)
    .map((marker) =>
      areaObstacle({ x: marker.trueX - 4, y: marker.trueY - 4, w: 8, h: 8 }, 'true-place', marker.marker.id),
    );
  const border = geography.highlight ? polylineSegments(geography.highlight) : [];
  return [
    ...symbols,
    ...truePlaces,
    ...(legendBox ? [areaObstacle(inflate(legendBox, 4), 'legend')] : []),
    ...extras.reserved.map((rect) => areaObstacle(inflate(rect, 4), 'legend')),
    ...border.map((segment) => lineObstacle(segment, 'border')),
    ...outlines.flatMap((outline) => outline.segments.map((segment) => lineObstacle(segment, 'outline'))),
  ];
}

const asBox = (rect: Rect) => ({ minX: rect.x, minY: rect.y, maxX: rect.x + rect.w, maxY: rect.y + rect.h });

function boxBlocked(obstacle: Obstacle, box: Rect, padded: Rect, marker: string | null): boolean {
  const bounds = {
    x: obstacle.minX,
    y: obstacle.minY,
    w: obstacle.maxX - obstacle.minX,
    h: obstacle.maxY - obstacle.minY,
  };
  switch (obstacle.kind) {
    case 'border':
      return obstacle.segment !== undefined && segmentIntersectsRect(obstacle.segment, padded);
    case 'outline':
      return false;
    case 'legend':
      return rectsOverlap(padded, bounds);
    default:
      // A label may come close to its own symbol (padding aside), never onto it; its own true place is its leader's end.
      if (obstacle.owner !== marker) return rectsOverlap(padded, bounds);
      return obstacle.kind === 'symbol' && rectsOverlap(box, bounds);
  }
}

/** The owner prefix of a reference place's square, apart from the markers' ids. */
export const REFERENCE_OWNER = 'reference:';

/** Farthest a symbol's clear radius reaches: how far around a leader to look for symbols. */
const WIDEST_CLEAR = 40;

function leaderBlocked(search: BoxSearch<Obstacle>, leader: Segment, marker: string | null): boolean {
  const reach = WIDEST_CLEAR;
  const near = search({
    minX: Math.min(leader.x1, leader.x2) - reach,
    minY: Math.min(leader.y1, leader.y2) - reach,
    maxX: Math.max(leader.x1, leader.x2) + reach,
    maxY: Math.max(leader.y1, leader.y2) + reach,
  });
  return near.some((obstacle) => {
    if (obstacle.kind === 'legend')
      return segmentIntersectsRect(leader, {
        x: obstacle.minX,
        y: obstacle.minY,
        w: obstacle.maxX - obstacle.minX,
        h: obstacle.maxY - obstacle.minY,
      });
    if (obstacle.kind !== 'symbol' || obstacle.owner === marker || !obstacle.centre) return false;
    const reach = (obstacle.clear ?? 0) + 1;
    // A city's square may lie under the symbols of the attacks there: its leader has to start among them.
    const [x, y] = obstacle.centre;
    if (marker?.startsWith(REFERENCE_OWNER) && Math.hypot(leader.x1 - x, leader.y1 - y) < reach) return false;
    return pointSegmentDistance(x, y, leader) < reach;
  });
}

export function collectObstacles(
  viewport: Rect,
  markers: readonly PlacedMarker[],
  legendBox: Rect | null,
  geography: Geography,
  outlines: readonly BoxOutline[],
  extras: { readonly symbols: readonly DrawnSymbol[]; readonly reserved: readonly Reserved[] } = {
    symbols: [],
    reserved: [],
  },
): Obstacles {
  const search = boxIndex(collect(markers, extras, legendBox, geography, outlines));
  const safe = inflate(viewport, -EDGE_MARGIN);
  return {
    labelFits(box, leader, marker) {
      if (!rectInside(box, safe)) return false;
      const padded = inflate(box, LABEL_PADDING);
      if (search(asBox(padded)).some((obstacle) => boxBlocked(obstacle, box, padded, marker))) return false;
      return leader === null || !leaderBlocked(search, leader, marker);
    },
    leaderCrossesBorder(leader) {
      const bounds = {
        x: Math.min(leader.x1, leader.x2),
        y: Math.min(leader.y1, leader.y2),
        w: Math.abs(leader.x2 - leader.x1),
        h: Math.abs(leader.y2 - leader.y1),
      };
      return search(asBox(bounds)).some(
        (obstacle) =>
          obstacle.kind === 'border' && obstacle.segment !== undefined && segmentsIntersect(leader, obstacle.segment),
      );
    },
    areaLabelFits(box) {
      if (!rectInside(box, safe)) return false;
      const padded = inflate(box, LABEL_PADDING);
      return !search(asBox(padded)).some(
        (obstacle) =>
          boxBlocked(obstacle, box, padded, null) ||
          (obstacle.kind === 'outline' &&
            obstacle.segment !== undefined &&
            segmentIntersectsRect(obstacle.segment, padded)),
      );
    },
  };
}
