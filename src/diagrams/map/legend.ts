import type { TextMeasurer } from '../svg/text-measure.ts';
import { SYMBOL_CLEAR, SYMBOL_R } from './candidates.ts';
import type { Rect } from './label-placement.ts';
import { layoutText, type TextBlock, textStyle } from './text-layout.ts';
import type { LegendEntry } from './types.ts';

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
