/**
 * Which markers would overlap on the drawn map: projected at the map's size, each with its
 * symbol's radius, joined when two symbols come closer than their radii and a small gap
 * (single linkage, so a chain of neighbours is one group). A map draws such a group as its
 * members' symbols at their true places under one label, instead of pushing them apart.
 */
import { makeProjection } from './planar.ts';
import { markerRadius } from './sizes.ts';
import type { MapMarker, RegionMapInput } from './types.ts';

/** The gap two symbols keep before they count as overlapping: room for their halos. */
const GAP = 4;

/** The markers that would overlap, as groups of two or more ids, each in the markers' order. */
export function overlappingMarkers(input: Pick<RegionMapInput, 'extent' | 'size' | 'markers' | 'sizeKey'>): string[][] {
  const projection = makeProjection(input.extent, input.size ?? { width: 1184, height: 530 });
  const points = input.markers.map((marker) => {
    const point = projection([marker.lon, marker.lat]);
    return { marker, x: point?.[0] ?? Number.NaN, y: point?.[1] ?? Number.NaN, r: markerRadius(marker, input.sizeKey) };
  });
  const parent = points.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  points.forEach((a, i) => {
    points.slice(i + 1).forEach((b, offset) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + GAP) parent[root(i + 1 + offset)] = root(i);
    });
  });
  const groups = new Map<number, MapMarker[]>();
  for (const [index, point] of points.entries())
    groups.set(root(index), [...(groups.get(root(index)) ?? []), point.marker]);
  return [...groups.values()].filter((group) => group.length > 1).map((group) => group.map((marker) => marker.id));
}
