/**
 * How big a marker's symbol is: one size for every marker, or, on a map with a size key,
 * an area that grows with the marker's figure (its radius with the square root), so that
 * 150 killed covers about fifteen times the ground of 10. A marker with no figure gets a
 * fixed symbol drawn dashed, never a size that would read as a number.
 */
import { type AreaScale, areaRadius } from '../../look/marks.ts';
import { SYMBOL_CLEAR, SYMBOL_R } from './candidates.ts';
import type { MapMarker, SizeKey } from './types.ts';

/**
 * Area by figure: 100 killed draws a 13-unit radius; the smallest sized symbol stays large enough to see its
 * shape and tone, and the largest is as large as its figure asks.
 */
const SIZED_SCALE: AreaScale = { least: 5, most: Number.POSITIVE_INFINITY, perRoot: 1.3 };
/** The fixed radius of a marker with no figure, on a sized map. */
export const UNSIZED_R = 7;
/** What a symbol's halo adds around it for collision tests. */
const HALO = SYMBOL_CLEAR - SYMBOL_R;

/** Radius of a sized symbol for a figure. */
export function sizedRadius(value: number): number {
  return areaRadius(value, SIZED_SCALE);
}

/** Radius of a marker's symbol on a map with or without a size key. */
export function markerRadius(marker: MapMarker, sizeKey: SizeKey | undefined): number {
  if (!sizeKey) return SYMBOL_R;
  return marker.size === undefined || marker.size === null ? UNSIZED_R : sizedRadius(marker.size);
}

/** Whether a marker is drawn with the fixed, dashed symbol of an unknown figure. */
export function isUnsized(marker: MapMarker, sizeKey: SizeKey | undefined): boolean {
  return sizeKey !== undefined && (marker.size === undefined || marker.size === null);
}

/** The radius a symbol of radius `r` keeps clear, halo included. */
export function clearRadius(r: number): number {
  return r + HALO;
}
