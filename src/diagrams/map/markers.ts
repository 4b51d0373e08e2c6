/** Phase 4 of a map: each marker projected, checked to lie on the map, and its symbol set clear of the others. */
import { round1 } from './candidates.ts';
import type { Projector } from './geo-data.ts';
import { inflate, type Rect, rectContainsPoint } from './label-placement.ts';
import { clearRadius, markerRadius } from './sizes.ts';
import type { LegendEntry, MapMarker, MarkerGroup, SizeKey } from './types.ts';

/** A marker as placed: its true projected position and where its symbol is drawn after spreading co-located ones. */
export interface PlacedMarker {
  readonly marker: MapMarker;
  readonly entry: LegendEntry;
  /** Where the place is. */
  readonly trueX: number;
  readonly trueY: number;
  /** Where the symbol is drawn. */
  readonly x: number;
  readonly y: number;
  /** The symbol's circumscribed radius, and the radius it keeps clear of labels and other symbols. */
  readonly r: number;
  readonly clear: number;
  /** The group it is drawn in (at its true place, labelled with the group), or null. */
  readonly group: string | null;
}

/** Whose symbol it is, for the labels: its group's when it has one (the group's label may cover its members). */
export function symbolOwner(marker: PlacedMarker): string {
  return marker.group === null ? marker.marker.id : `${GROUP_OWNER}${marker.group}`;
}

/** The owner prefix of a group's symbols, apart from the markers' ids. */
export const GROUP_OWNER = 'group:';

/** True when a symbol was moved off its place far enough to need a spoke back to it. */
export function isDisplaced(marker: PlacedMarker): boolean {
  return Math.hypot(marker.x - marker.trueX, marker.y - marker.trueY) > 3;
}

function byStepThenId(a: MapMarker, b: MapMarker): number {
  return a.step - b.step || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function placeMarkers(
  markers: readonly MapMarker[],
  legend: ReadonlyMap<string, LegendEntry>,
  project: Projector,
  viewport: Rect,
  sizeKey?: SizeKey,
  groups: readonly MarkerGroup[] = [],
): PlacedMarker[] {
  const groupOf = new Map(groups.flatMap((group) => group.members.map((member) => [member, group.id] as const)));
  const placed = [...markers].sort(byStepThenId).map((marker): PlacedMarker => {
    const point = project([marker.lon, marker.lat]);
    const entry = legend.get(marker.category);
    const r = markerRadius(marker, sizeKey);
    if (!entry) throw new Error(`Marker "${marker.id}": unknown category`);
    if (!point || !rectContainsPoint(inflate(viewport, -clearRadius(r)), point[0], point[1]))
      throw new Error(
        `Marker "${marker.id}" (${marker.lon}, ${marker.lat}) lies outside the drawn area; filter markers with insideExtent() or enlarge the extent`,
      );
    const group = groupOf.get(marker.id) ?? null;
    return {
      marker,
      entry,
      trueX: point[0],
      trueY: point[1],
      x: point[0],
      y: point[1],
      r,
      clear: clearRadius(r),
      group,
    };
  });
  // A group's symbols stay at their true places: the group is drawn so that they may overlap.
  const spread = spreadSymbols(placed.filter((marker) => marker.group === null));
  return placed.map((marker) => (marker.group === null ? (spread.shift() ?? marker) : marker));
}

/** The distance two symbols keep between their centres: their radii and a small gap. */
function spacing(a: { r: number }, b: { r: number }): number {
  return a.r + b.r + 4;
}

/** Markers at the same place, on a small ring around it, so none is hidden and each keeps room outward for its label. */
function ringCoLocated(markers: readonly PlacedMarker[]): PlacedMarker[] {
  const groups: PlacedMarker[][] = [];
  for (const marker of markers) {
    const group = groups.find(
      ([first]) => first && Math.hypot(first.trueX - marker.trueX, first.trueY - marker.trueY) < 0.5,
    );
    if (group) group.push(marker);
    else groups.push([marker]);
  }
  const moved = new Map<PlacedMarker, PlacedMarker>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const widest = Math.max(...group.map((marker) => spacing(marker, marker)));
    const radius = Math.max(widest / 2, widest / (2 * Math.sin(Math.PI / group.length)));
    group.forEach((marker, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / group.length;
      moved.set(marker, {
        ...marker,
        x: marker.trueX + radius * Math.cos(angle),
        y: marker.trueY + radius * Math.sin(angle),
      });
    });
  }
  return markers.map((marker) => moved.get(marker) ?? marker);
}

/**
 * Spreads symbols that would overlap, deterministically: co-located ones onto a ring, then
 * nearby ones pushed apart pairwise. Each displaced symbol keeps a spoke to its true place.
 */
export function spreadSymbols(markers: readonly PlacedMarker[]): PlacedMarker[] {
  const positions = ringCoLocated(markers).map((marker) => ({ x: marker.x, y: marker.y, r: marker.r }));
  for (let round = 0; round < 500 && pushApart(positions); round++);
  return markers.map((marker, index) => {
    const position = positions[index] ?? marker;
    return { ...marker, x: round1(position.x), y: round1(position.y) };
  });
}

/** One pass of pushing overlapping symbols apart; true when one moved. */
function pushApart(positions: Array<{ x: number; y: number; readonly r: number }>): boolean {
  let moved = false;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      const [a, b] = [positions[i], positions[j]];
      if (!a || !b) continue;
      let [dx, dy] = [b.x - a.x, b.y - a.y];
      let distance = Math.hypot(dx, dy);
      const apart = spacing(a, b);
      if (distance >= apart - 1e-6) continue;
      if (distance < 1e-6) [dx, dy, distance] = [1, 0, 1];
      const push = (apart - distance) / 2 + 0.01;
      a.x -= (dx / distance) * push;
      a.y -= (dy / distance) * push;
      b.x += (dx / distance) * push;
      b.y += (dy / distance) * push;
      moved = true;
    }
  }
  return moved;
}
