/**
 * Parts of wholes: each whole a full-width outlined bar, its part filled from the left, the
 * part's number and what it counts above the bar, the whole's below, each as its source words
 * it ("around 1.7 million"). Drawn alone (the `share` kind) or under another chart (the toll's
 * claimed share), so it hands back its rows as markup with their height, and a full drawing.
 */

import { rawSvg, type SafeSvg, svg, svgOpening } from './svg-text.ts';
import { sourceSans3Measurer, type TextMeasurer } from './text-measure.ts';

/** One part of one whole, with both numbers already worded. */
export interface PartOfWhole {
  /** The part as a share of the whole, 0–1. */
  readonly fraction: number;
  /** The part, e.g. "541,210 sent back by 2 January 2024" or "17% claimed". */
  readonly partText: string;
  /** The whole, e.g. "of around 1.7 million undocumented foreigners". */
  readonly wholeText: string;
  /** The palette colour of the bar: the main source's, or other reporting's. */
  readonly colour: 'article' | 'context';
}

export interface PartsLayout {
  readonly rows: readonly PartOfWhole[];
  /** Width in user units (1 unit is 1 CSS px on the slide). */
  readonly width: number;
  readonly fontSize: number;
  /** Where the first row starts, for rows drawn under another chart. */
  readonly top?: number;
  readonly measure?: TextMeasurer;
}

const BAR_HEIGHT = 34;
const ROW_GAP = 18;

/** The rows' styles; a drawing that holds them adds these to its own. */
export const PARTS_STYLE = [
  '.parts-text{fill:var(--ink)}',
  '.parts-part{font-weight:700}',
  '.parts-whole{fill:var(--muted)}',
  '.parts-track{fill:var(--paper);stroke-width:2}',
  '.parts-article{stroke:var(--article)}',
  '.parts-context{stroke:var(--context)}',
  '.parts-fill-article{fill:var(--article)}',
  '.parts-fill-context{fill:var(--context)}',
].join('');

/** A label that does not fit the width is set in a smaller size no smaller than 20 px, the slide's floor for labels. */
function fittedSize(text: string, width: number, fontSize: number, measure: TextMeasurer, weight: 400 | 700): number {
  const natural = measure(text, { fontSize, fontWeight: weight }).width;
  return natural <= width ? fontSize : Math.max(20, Math.floor((fontSize * width) / natural));
}

/** The rows as markup, from `top`, and the height they take. */
export function drawParts(layout: PartsLayout): { readonly markup: SafeSvg; readonly height: number } {
  const measure = layout.measure ?? sourceSans3Measurer();
  const size = layout.fontSize;
  const line = Math.round(size * 1.25);
  const out: SafeSvg[] = [];
  // Room over the first label for its font's ascent, which reaches above the line's top.
  let y = (layout.top ?? 0) + Math.ceil(size * 0.15);
  for (const [position, row] of layout.rows.entries()) {
    if (position > 0) y += ROW_GAP;
    const fraction = Math.min(1, Math.max(0, row.fraction));
    const partSize = fittedSize(row.partText, layout.width, size, measure, 700);
    y += line;
    out.push(
      svg`<text class="parts-text parts-part" x="0" y="${y - line * 0.25}" font-size="${partSize}">${row.partText}</text>`,
    );
    y += 6;
    out.push(
      svg`<rect class="parts-track parts-${row.colour}" x="1" y="${y}" width="${layout.width - 2}" height="${BAR_HEIGHT}"/>`,
      svg`<rect class="parts-fill-${row.colour}" x="1" y="${y}" width="${(layout.width - 2) * fraction}" height="${BAR_HEIGHT}"/>`,
    );
    y += BAR_HEIGHT + line;
    const wholeSize = fittedSize(row.wholeText, layout.width, size, measure, 400);
    out.push(
      svg`<text class="parts-whole" x="0" y="${y - line * 0.25}" font-size="${wholeSize}">${row.wholeText}</text>`,
    );
  }
  const top = layout.top ?? 0;
  // Room under the last baseline for the font's descent, so the drawing's edge cuts off no letter.
  return { markup: svg`${out}`, height: Math.ceil(y - top + size * 0.25) };
}

/** The rows as one drawing of their own. */
export function drawPartsOfWhole(
  layout: PartsLayout & { readonly id: string; readonly title: string; readonly description: string },
): { readonly svg: string; readonly height: number } {
  const { markup, height } = drawParts({ ...layout, top: 0 });
  const opening = svgOpening(
    layout.id,
    layout.width,
    height,
    'parts-of-whole',
    layout.title,
    layout.description,
    PARTS_STYLE,
  );
  return {
    svg: svg`${opening}<g font-size="${layout.fontSize}" direction="ltr">${rawSvg(markup.markup)}</g></svg>`.markup,
    height,
  };
}
