/**
 * Phase 4b of a map: the reference places (cities drawn for orientation), each projected
 * and checked to lie on the map. They are not events: a small square in ink, always shown.
 */
import type { Projector } from './geo-data.ts';
import { inflate, type Rect, rectContainsPoint } from './label-placement.ts';
import { type DrawnSymbol, REFERENCE_OWNER } from './obstacles.ts';
import type { ReferencePlace } from './types.ts';

/** Half the side of a reference place's square: smaller than any attack's symbol, so it never reads as one. */
export const REFERENCE_HALF = 4;
/** The radius a reference square keeps clear of labels. */
export const REFERENCE_CLEAR = REFERENCE_HALF * Math.SQRT2 + 2;

/** A reference place where it is drawn. */
export interface PlacedReference {
  readonly place: ReferencePlace;
  readonly x: number;
  readonly y: number;
}

export function placeReferences(
  places: readonly ReferencePlace[],
  project: Projector,
  viewport: Rect,
): PlacedReference[] {
  const ids = new Set<string>();
  return places.map((place) => {
    if (ids.has(place.id)) throw new Error(`Reference place "${place.id}" appears twice: give each place once`);
    ids.add(place.id);
    if (place.label.trim() === '') throw new Error(`Reference place "${place.id}": empty label; give its name`);
    const point = project([place.lon, place.lat]);
    if (!point || !rectContainsPoint(inflate(viewport, -REFERENCE_CLEAR), point[0], point[1]))
      throw new Error(
        `Reference place "${place.id}" (${place.lon}, ${place.lat}) lies outside the drawn area; remove it or enlarge the extent`,
      );
    return { place, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 };
  });
}

/** The squares as symbols that labels keep clear of. */
export function referenceSymbols(references: readonly PlacedReference[]): DrawnSymbol[] {
  return references.map((reference) => ({
    owner: `${REFERENCE_OWNER}${reference.place.id}`,
    x: reference.x,
    y: reference.y,
    clear: REFERENCE_CLEAR,
  }));
}

/** The square's path data. */
export function referenceSquare(x: number, y: number): string {
  const side = 2 * REFERENCE_HALF;
  return `M${x - REFERENCE_HALF} ${y - REFERENCE_HALF}h${side}v${side}h${-side}Z`;
}
