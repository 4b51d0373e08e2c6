/** Phase 5 of a map: the legend's rows and the corner it takes. */
import type { TextMeasurer } from '../svg/text-measure.ts';
import { SYMBOL_CLEAR, SYMBOL_R, samplePolyline } from './candidates.ts';
import type { Geography } from './geography.ts';
import { CONFLICT, inflate, type Rect, rectContainsPoint, rectsOverlap } from './label-placement.ts';
import type { PlacedMarker } from './markers.ts';
import { shapeContains } from './planar.ts';
import { layoutText, type TextBlock, textStyle } from './text-layout.ts';
import type { LegendEntry, LegendPosition } from './types.ts';

export interface LegendLayout {
  readonly box: Rect;
  readonly title: TextBlock | null;
  readonly rows: readonly { entry: LegendEntry; text: TextBlock }[];
  readonly pad: number;
  readonly rowHeight: number;
}

export function layoutLegend(
  entries: readonly LegendEntry[],
  title: string | undefined,
  fontSize: number,
  measure: TextMeasurer,
): LegendLayout {
  const pad = Math.round(fontSize * 0.6);
  const rows = entries.map((entry) => ({ entry, text: layoutText([entry.text], textStyle(fontSize, 400), measure) }));
  const titleBlock = title ? layoutText([title], textStyle(fontSize, 700), measure) : null;
  const lineBox = rows[0]?.text.height ?? titleBlock?.height ?? fontSize * 1.4;
  const rowHeight = Math.ceil(Math.max(lineBox, 2 * SYMBOL_CLEAR) + 2);
  const symbolColumn = 2 * SYMBOL_R + 10;
  const textWidth = Math.max(0, ...rows.map((r) => r.text.width));
  const width = Math.ceil(pad * 2 + Math.max(symbolColumn + textWidth, titleBlock?.width ?? 0));
  const height = Math.ceil(pad * 2 + (titleBlock ? rowHeight : 0) + rows.length * rowHeight);
  return { box: { x: 0, y: 0, w: width, h: height }, title: titleBlock, rows, pad, rowHeight };
}

/** The corners a legend may take, in the order tried. */
const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'] as const;
const CORNER_MARGIN = 10;

function cornerBox(corner: Exclude<LegendPosition, 'auto'>, size: Rect, viewport: Rect): Rect {
  const x = corner.endsWith('left') ? CORNER_MARGIN : viewport.w - CORNER_MARGIN - size.w;
  const y = corner.startsWith('top') ? CORNER_MARGIN : viewport.h - CORNER_MARGIN - size.h;
  return { x, y, w: size.w, h: size.h };
}

/** What a legend in a corner would hide: markers (never), the highlighted border, a summary box, the focus countries. */
function cornerCost(
  box: Rect,
  markers: readonly PlacedMarker[],
  geography: Geography,
  outlines: readonly Rect[],
): number {
  const near = inflate(box, 40);
  let cost = 0;
  for (const marker of markers)
    if (rectContainsPoint(near, marker.x, marker.y) || rectContainsPoint(near, marker.trueX, marker.trueY))
      cost += CONFLICT;
  const highlight = geography.highlight ? samplePolyline(geography.highlight, 6) : [];
  for (const [x, y] of highlight) if (rectContainsPoint(box, x, y)) cost += 20;
  for (const outline of outlines) if (rectsOverlap(inflate(box, 10), outline)) cost += 500;
  for (let column = 0; column <= 8; column++)
    for (let row = 0; row <= 5; row++)
      if (shapeContains(geography.focusShape, box.x + (box.w * column) / 8, box.y + (box.h * row) / 5)) cost += 3;
  return cost;
}

/** The legend's frame: in the corner asked for, or in the corner where it hides least. */
export function chooseLegendBox(
  size: Rect,
  position: LegendPosition,
  viewport: Rect,
  markers: readonly PlacedMarker[],
  geography: Geography,
  outlines: readonly Rect[],
): Rect {
  if (position !== 'auto') return cornerBox(position, size, viewport);
  const scored = CORNERS.map((corner) => {
    const box = cornerBox(corner, size, viewport);
    return { box, cost: cornerCost(box, markers, geography, outlines) };
  });
  return scored.reduce((best, next) => (next.cost < best.cost ? next : best)).box;
}
