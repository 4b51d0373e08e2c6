/**
 * Phase 5b of a map: the key, a second panel beside the legend of claims, with what the
 * map draws besides its categories: the reference places' square, the size of markers by
 * area (sample circles with their numbers, and the fixed dashed symbol of a marker with no
 * figure), a scale bar in round kilometres measured at the map's centre, and the credit
 * of its data. It takes the corner that hides least, never the legend's.
 */
import { geoDistance } from 'd3-geo';
import type { TextMeasurer } from '../svg/text-measure.ts';
import type { Projector } from './geo-data.ts';
import type { Rect } from './label-placement.ts';
import { REFERENCE_HALF } from './references.ts';
import { sizedRadius, UNSIZED_R } from './sizes.ts';
import { layoutText, type TextBlock, textStyle } from './text-layout.ts';
import type { GeoExtent, RegionMapInput } from './types.ts';

/** The Earth's mean radius (IUGG), to turn d3-geo's great-circle angles into kilometres. */
const EARTH_RADIUS_KM = 6371.0088;
/** Lengths a scale bar may take: round numbers a reader can use. */
const ROUND_KM = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000] as const;
/** The longest bar drawn, in user units: a bar longer than this crowds the key. */
const LONGEST_BAR = 160;

/** One thing in a row of the key, left to right. */
export type KeyItem =
  | { readonly kind: 'text'; readonly id: string; readonly block: TextBlock }
  | { readonly kind: 'square' }
  | { readonly kind: 'circle'; readonly r: number }
  | { readonly kind: 'dashed'; readonly r: number }
  | { readonly kind: 'bar'; readonly width: number };

export interface KeyRow {
  readonly items: readonly KeyItem[];
  readonly height: number;
}

export interface KeyLayout {
  readonly rows: readonly KeyRow[];
  readonly pad: number;
  readonly gap: number;
  /** Its size; x and y are 0 until a corner is chosen. */
  readonly box: Rect;
  /** The scale bar's length in km and in user units, or null without a footer. */
  readonly scale: { readonly km: number; readonly width: number } | null;
}

/** The scale bar: the roundest length that fits, measured along the parallel through the extent's centre. */
export function scaleBar(extent: GeoExtent, project: Projector): { km: number; width: number } {
  const lon = (extent.west + extent.east) / 2;
  const lat = (extent.south + extent.north) / 2;
  const [from, to] = [project([lon - 0.5, lat]), project([lon + 0.5, lat])];
  if (!from || !to) throw new Error('The map’s centre does not project: check its extent');
  const unitsPerKm =
    Math.hypot(to[0] - from[0], to[1] - from[1]) / (geoDistance([lon - 0.5, lat], [lon + 0.5, lat]) * EARTH_RADIUS_KM);
  const km = [...ROUND_KM].reverse().find((length) => length * unitsPerKm <= LONGEST_BAR) ?? ROUND_KM[0];
  return { km, width: Math.round(km * unitsPerKm * 10) / 10 };
}

/** How wide each kind of item is, in user units. */
const ITEM_WIDTHS: { readonly [K in KeyItem['kind']]: (item: Extract<KeyItem, { kind: K }>) => number } = {
  text: (item) => item.block.width,
  square: () => 2 * REFERENCE_HALF,
  circle: (item) => 2 * item.r,
  dashed: (item) => 2 * item.r,
  bar: (item) => item.width,
};

function itemWidth(item: KeyItem): number {
  const width = ITEM_WIDTHS[item.kind] as (item: KeyItem) => number;
  return width(item);
}

function itemHeight(item: KeyItem): number {
  return item.kind === 'text' ? item.block.height : item.kind === 'bar' ? 12 : itemWidth(item);
}

/** The key's rows, or null when the map has nothing to put in it. */
export function layoutKey(
  input: RegionMapInput,
  context: { readonly fontSize: number; readonly measure: TextMeasurer; readonly project: Projector },
): KeyLayout | null {
  const text = (id: string, words: string, weight: 400 | 700 = 400): KeyItem => ({
    kind: 'text',
    id,
    block: layoutText([words], textStyle(context.fontSize, weight), context.measure),
  });
  const rows: KeyItem[][] = [];
  if ((input.references ?? []).length > 0 && input.referenceLegend)
    rows.push([{ kind: 'square' }, text('key:reference', input.referenceLegend)]);
  if (input.sizeKey) {
    const { title, samples, unknown } = input.sizeKey;
    rows.push([text('key:size-title', title, 700)]);
    rows.push(
      samples.flatMap((sample): KeyItem[] => [
        { kind: 'circle', r: sizedRadius(sample) },
        text(`key:size:${sample}`, String(sample)),
      ]),
    );
    rows.push([{ kind: 'dashed', r: UNSIZED_R }, text('key:size-unknown', unknown)]);
  }
  const scale = input.footer ? scaleBar(input.extent, context.project) : null;
  if (input.footer && scale) {
    rows.push([{ kind: 'bar', width: scale.width }, text('key:scale', `${scale.km} ${input.footer.unit}`)]);
    if (input.footer.credit) rows.push([text('key:credit', input.footer.credit)]);
  }
  if (rows.length === 0) return null;
  const pad = Math.round(context.fontSize * 0.6);
  const gap = 8;
  const sized = rows.map((items) => ({ items, height: Math.ceil(Math.max(...items.map(itemHeight)) + 4) }));
  const width = Math.max(
    ...sized.map((row) => row.items.reduce((sum, item) => sum + itemWidth(item), 0) + gap * (row.items.length - 1)),
  );
  const height = sized.reduce((sum, row) => sum + row.height, 0);
  return {
    rows: sized,
    pad,
    gap,
    box: { x: 0, y: 0, w: Math.ceil(width + 2 * pad), h: Math.ceil(height + 2 * pad) },
    scale,
  };
}

/** Each item's left edge and the row's middle, for a key drawn at `box`. */
export function keyPositions(
  layout: KeyLayout,
  box: Rect,
): { readonly item: KeyItem; readonly x: number; readonly middle: number }[] {
  const placed: { item: KeyItem; x: number; middle: number }[] = [];
  let top = box.y + layout.pad;
  for (const row of layout.rows) {
    let x = box.x + layout.pad;
    for (const item of row.items) {
      placed.push({ item, x, middle: top + row.height / 2 });
      x += itemWidth(item) + layout.gap;
    }
    top += row.height;
  }
  return placed;
}
