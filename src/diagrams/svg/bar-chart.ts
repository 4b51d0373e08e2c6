/**
 * Horizontal bars on one scale, in groups (one per source), each bar with its value as
 * its source words it ("around 1,000") and, under it, the parts or shares it splits into.
 * Text is measured with the deck's own font, so nothing overlaps and no label runs off.
 * Colours are the palette's custom properties: the chart follows the theme.
 */

import { rawSvg, type SafeSvg, svg, svgOpening } from './svg-text.ts';
import { type FontWeight, sourceSans3Measurer, type TextMeasurer } from './text-measure.ts';

/** A slice of a bar: its share of the bar (0–1) and its label, e.g. "500 civilians". */
export interface BarSegment {
  readonly fraction: number;
  readonly label: string;
}

export interface Bar {
  /** What is counted, left of the bar. */
  readonly label: string;
  /** The number, which sets the bar's length. */
  readonly value: number;
  /** The number as shown at the bar's end, hedge included. */
  readonly valueText: string;
  /** Slices, left to right; none for a plain bar. */
  readonly segments: readonly BarSegment[];
}

export interface BarGroup {
  /** Heading over the group's bars, e.g. "The article: Town Gazette, May 2002". */
  readonly heading: string;
  /** The palette colour of the group's bars. */
  readonly colour: 'article' | 'context';
  readonly bars: readonly Bar[];
}

export interface BarChartInput {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly groups: readonly BarGroup[];
  /** Width in user units (drawn at scale 1 on the slide, so 1 unit is 1 CSS px). */
  readonly width: number;
  readonly fontSize: number;
  /** Distance between the scale's ticks, e.g. 500. */
  readonly tick: number;
  /** Formats a tick's number, e.g. "1,000". */
  readonly formatNumber: (value: number) => string;
  readonly measure?: TextMeasurer;
  /** More rows under the scale, in the same drawing (the toll's claimed shares), with their styles; default none. */
  readonly below?: {
    readonly draw: (top: number) => { readonly markup: SafeSvg; readonly height: number };
    readonly style: string;
  };
}

const BAR_HEIGHT = 34;
const GAP = 14;

const STYLE = [
  '.bars-text{fill:var(--ink)}',
  '.bars-heading{fill:var(--ink);font-weight:700}',
  '.bars-muted{fill:var(--muted)}',
  '.bars-grid{stroke:var(--rule);stroke-width:1;stroke-dasharray:4 4}',
  '.bars-axis{stroke:var(--muted);stroke-width:1.5}',
  '.bars-article{fill:var(--article);stroke:var(--article)}',
  '.bars-context{fill:var(--context);stroke:var(--context)}',
  // A lighter slice keeps its bar's colour as an outline, so its edge stays at 3:1 on the paper in both looks.
  '.bars-slice-2{fill-opacity:.45;stroke-width:2}',
  '.bars-slice-3{fill-opacity:.25;stroke-width:2}',
  '.bars-divider{stroke:var(--paper);stroke-width:3}',
].join('');

/** The chart as SVG, and its height. */
export function drawBarChart(input: BarChartInput): { readonly svg: string; readonly height: number } {
  const measure = input.measure ?? sourceSans3Measurer();
  const size = input.fontSize;
  const width = (text: string, weight: FontWeight = 400): number =>
    measure(text, { fontSize: size, fontWeight: weight }).width;
  const lineHeight = Math.round(size * 1.25);
  const bars = input.groups.flatMap((group) => group.bars);
  const labelColumn = Math.ceil(Math.max(...bars.map((bar) => width(bar.label)))) + 20;
  const valueColumn = Math.ceil(Math.max(...bars.map((bar) => width(bar.valueText, 700)))) + 14;
  const barLeft = labelColumn;
  const maxValue = Math.max(...bars.map((bar) => bar.value));
  const axisMax = Math.ceil(maxValue / input.tick) * input.tick;
  const scale = (input.width - barLeft - valueColumn - 8) / axisMax;
  const out: string[] = [];
  let y = 0;
  let firstBarTop: number | null = null;
  for (const group of input.groups) {
    y += lineHeight;
    out.push(svg`<text class="bars-heading" x="0" y="${y - lineHeight * 0.25}">${group.heading}</text>`.markup);
    y += GAP / 2;
    for (const bar of group.bars) {
      const top = y;
      firstBarTop ??= top;
      const length = bar.value * scale;
      const middle = top + BAR_HEIGHT / 2 + size * 0.35;
      out.push(svg`<text class="bars-text" x="0" y="${middle}">${bar.label}</text>`.markup);
      const slices = bar.segments.length > 0 ? bar.segments : [{ fraction: 1, label: '' }];
      let start = barLeft;
      slices.forEach((slice, index) => {
        const sliceWidth = length * slice.fraction;
        out.push(
          svg`<rect class="bars-${group.colour}${index > 0 ? ` bars-slice-${Math.min(index + 1, 3)}` : ''}" x="${start}" y="${top}" width="${sliceWidth}" height="${BAR_HEIGHT}"/>`
            .markup,
        );
        if (index > 0)
          out.push(
            svg`<line class="bars-divider" x1="${start}" y1="${top}" x2="${start}" y2="${top + BAR_HEIGHT}"/>`.markup,
          );
        start += sliceWidth;
      });
      out.push(
        svg`<text class="bars-text" font-weight="700" x="${barLeft + length + 10}" y="${middle}">${bar.valueText}</text>`
          .markup,
      );
      y += BAR_HEIGHT;
      if (bar.segments.length > 0) {
        y += lineHeight;
        let sliceStart = barLeft;
        let lastEnd = -Infinity;
        for (const slice of bar.segments) {
          // A slice's label starts under the slice, or after the label before it when the slice is narrow; one
          // that would run past the chart's right edge, where the drawing is cut off, starts a line of its own.
          const labelWidth = width(slice.label);
          let x = Math.max(sliceStart, lastEnd + 16);
          if (x + labelWidth > input.width && lastEnd > -Infinity) {
            y += lineHeight;
            x = sliceStart;
          }
          x = Math.max(0, Math.min(x, input.width - labelWidth));
          out.push(svg`<text class="bars-muted" x="${x}" y="${y - lineHeight * 0.25}">${slice.label}</text>`.markup);
          lastEnd = x + labelWidth;
          sliceStart += length * slice.fraction;
        }
      }
      y += GAP;
    }
    y += GAP;
  }
  // The scale: ticks under the bars, with light lines across the chart.
  const chartTop = firstBarTop ?? 0;
  const axisY = y;
  for (let value = 0; value <= axisMax; value += input.tick) {
    const x = barLeft + value * scale;
    out.unshift(svg`<line class="bars-grid" x1="${x}" y1="${chartTop}" x2="${x}" y2="${axisY}"/>`.markup);
    const text = input.formatNumber(value);
    const textX = Math.min(x - width(text) / 2, input.width - width(text));
    out.push(svg`<text class="bars-muted" x="${Math.max(0, textX)}" y="${axisY + lineHeight}">${text}</text>`.markup);
  }
  out.push(
    svg`<line class="bars-axis" x1="${barLeft}" y1="${axisY}" x2="${barLeft + axisMax * scale}" y2="${axisY}"/>`.markup,
  );
  const scaleBottom = Math.ceil(axisY + lineHeight + size * 0.4);
  const under = input.below?.draw(scaleBottom + GAP * 2);
  if (under) out.push(under.markup.markup);
  const height = scaleBottom + (under ? GAP * 2 + under.height : 0);
  // Laid out left to right whatever the page's direction (a right-to-left page would anchor every label at its
  // right end, past the chart's left edge); a label mixing scripts is reordered inside its own measured width.
  const style = STYLE + (input.below?.style ?? '');
  const opening = svgOpening(input.id, input.width, height, 'bar-chart', input.title, input.description, style);
  return {
    svg: svg`${opening}<g font-size="${size}" direction="ltr">${rawSvg(out.join(''))}</g></svg>`.markup,
    height,
  };
}
