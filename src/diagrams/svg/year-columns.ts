/**
 * An overview of a few years: one column per year, its entries under it in date order,
 * each wrapped to the column with the deck's own font, so text never overlaps or runs
 * off. An entry's bar says where it comes from (solid: the main source; dashed: other
 * reporting), and an attack carries the mark of the name it was claimed in.
 */
import type { Look } from '../../look/group-looks.ts';
import { toneVar } from '../../look/group-looks.ts';
import { type AreaScale, areaRadius, markPath } from '../../look/marks.ts';
import { rawSvg, svg, svgOpening } from './svg-text.ts';
import { sourceSans3Measurer, type TextMeasurer } from './text-measure.ts';
import { wrapText } from './wrap.ts';

export interface ColumnEntry {
  /** Key of the entry's group in the drawing (`data-key`), e.g. the event's id. */
  readonly key: string;
  readonly text: string;
  /** Solid bar for the main source's entries, dashed for other reporting's. */
  readonly origin: 'article' | 'context';
  /** The look of the name an attack was claimed in; none for entries that are not attacks. */
  readonly mark?: Look;
  /**
   * Where in its year the entry falls, as parts of the year (0 to 1): drawn on the year's stretch of the
   * time band under the headings, a point for a day, a bar for a month, a year or a span.
   */
  readonly when?: { readonly from: number; readonly to: number };
  /** Deaths reported, for an attack's mark on the band: its area grows with them; null when no count is given. */
  readonly deaths?: number | null;
}

export interface YearColumn {
  readonly year: number;
  readonly entries: readonly ColumnEntry[];
}

export interface YearColumnsInput {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly YearColumn[];
  /** Shown in an empty year. */
  readonly empty: string;
  /** The two kinds of bar, explained under the columns. */
  readonly legend: { readonly article: string; readonly context: string };
  /** The marks the columns use, explained after a heading ("Claimed in the name of"); default none. */
  readonly marks?: {
    readonly heading: string;
    readonly entries: readonly { readonly look: Look; readonly text: string }[];
  };
  readonly width: number;
  readonly fontSize: number;
  readonly measure?: TextMeasurer;
}

const GAP = 16;
const BAR = 5;
const MARK_R = 8;
/** The time band's marks, area by deaths; the band is as tall as the largest. */
const BAND_SCALE: AreaScale = { least: 4, most: 12, perRoot: 1.2 };
/** A stretch of the year shorter than this is a day: a point, not a bar. */
const POINT_SPAN = 0.01;
/** Space between two entries of a column. */
const ENTRY_GAP = 6;

const STYLE = [
  '.years-year{fill:var(--accent);font-weight:700}',
  '.years-band-range{fill:var(--muted);opacity:.55}',
  '.years-band-tick{stroke:var(--ink);stroke-width:3}',
  '.years-rule{stroke:var(--rule);stroke-width:3}',
  '.years-text{fill:var(--ink)}',
  '.years-muted{fill:var(--muted)}',
  '.years-bar-article{stroke:var(--article);stroke-width:5}',
  '.years-bar-context{stroke:var(--context);stroke-width:3;stroke-dasharray:6 4}',
  '.years-mark{stroke:var(--ink);stroke-width:1;fill-rule:evenodd}',
].join('');

export function drawYearColumns(input: YearColumnsInput): { readonly svg: string; readonly height: number } {
  const measure = input.measure ?? sourceSans3Measurer();
  const size = input.fontSize;
  const style = { fontSize: size, fontWeight: 400 as const };
  const lineHeight = Math.round(size * 1.2);
  const columnWidth = (input.width - GAP * (input.columns.length - 1)) / input.columns.length;
  const out: string[] = [];
  let bottom = 0;
  input.columns.forEach((column, index) => {
    const left = index * (columnWidth + GAP);
    out.push(
      svg`<text class="years-year" x="${left}" y="${size * 1.1}" font-size="${size * 1.2}">${column.year}</text>`
        .markup,
    );
    out.push(
      svg`<line class="years-rule" x1="${left}" y1="${size * 1.6}" x2="${left + columnWidth}" y2="${size * 1.6}"/>`
        .markup,
    );
    const bandMiddle = size * 1.6 + 6 + BAND_SCALE.most;
    out.push(...column.entries.flatMap((entry) => bandShapes(entry, left, columnWidth, bandMiddle)));
    let y = bandMiddle + BAND_SCALE.most + 8;
    if (column.entries.length === 0) {
      out.push(svg`<text class="years-muted" x="${left}" y="${y + size}">${input.empty}</text>`.markup);
      y += lineHeight;
    }
    for (const entry of column.entries) {
      const textLeft = left + BAR + 8 + (entry.mark ? 2 * MARK_R + 6 : 0);
      const lines = wrapText(entry.text, left + columnWidth - textLeft, style, measure);
      const height = lines.length * lineHeight + 4;
      const parts: string[] = [
        svg`<line class="years-bar-${entry.origin}" x1="${left + BAR / 2}" y1="${y}" x2="${left + BAR / 2}" y2="${y + height}"/>`
          .markup,
      ];
      if (entry.mark)
        parts.push(
          svg`<path class="years-mark" d="${markPath(entry.mark.mark, left + BAR + 8 + MARK_R, y + lineHeight / 2 + 2, MARK_R)}" style="fill:${toneVar(entry.mark)}"/>`
            .markup,
        );
      const tspans = lines
        .map((line, at) => svg`<tspan x="${textLeft}" y="${y + size + at * lineHeight}">${line}</tspan>`.markup)
        .join('');
      parts.push(svg`<text class="years-text">${rawSvg(tspans)}</text>`.markup);
      out.push(svg`<g class="years-entry" data-key="${entry.key}">${rawSvg(parts.join(''))}</g>`.markup);
      y += height + ENTRY_GAP;
    }
    bottom = Math.max(bottom, y);
  });
  // The legend: what the two bars mean, under the columns.
  const legendY = bottom + 10;
  const legendItems: Array<[string, string]> = [
    ['article', input.legend.article],
    ['context', input.legend.context],
  ];
  let x = 0;
  for (const [origin, text] of legendItems) {
    out.push(
      svg`<line class="years-bar-${origin}" x1="${x + BAR / 2}" y1="${legendY}" x2="${x + BAR / 2}" y2="${legendY + lineHeight}"/>`
        .markup,
    );
    out.push(svg`<text class="years-muted" x="${x + BAR + 8}" y="${legendY + size * 0.95}">${text}</text>`.markup);
    x += BAR + 8 + measure(text, style).width + 32;
  }
  const marksBottom = drawMarkLegend(out, input, legendY + lineHeight + 10, style, measure);
  const height = Math.ceil((marksBottom ?? legendY + lineHeight) + 6);
  const opening = svgOpening(input.id, input.width, height, 'year-columns', input.title, input.description, STYLE);
  return { svg: svg`${opening}<g font-size="${size}">${rawSvg(out.join(''))}</g></svg>`.markup, height };
}

/**
 * An entry on its year's stretch of the time band: a bar over what a month, a year or a span covers, never a
 * false point; an attack's mark at its date (or the middle of its bar), sized by its deaths; a tick for the rest.
 */
function bandShapes(entry: ColumnEntry, left: number, width: number, middle: number): string[] {
  if (!entry.when) return [];
  const from = left + entry.when.from * width;
  const to = left + Math.min(1, entry.when.to) * width;
  const ranged = entry.when.to - entry.when.from > POINT_SPAN;
  const centre = ranged ? (from + to) / 2 : from;
  const shapes = ranged
    ? [
        svg`<rect class="years-band-range" x="${from}" y="${middle - 3}" width="${Math.max(6, to - from)}" height="6" rx="3"/>`
          .markup,
      ]
    : [];
  if (entry.mark)
    shapes.push(
      svg`<path class="years-mark" d="${markPath(entry.mark.mark, centre, middle, areaRadius(entry.deaths, BAND_SCALE))}" style="fill:${toneVar(entry.mark)}"/>`
        .markup,
    );
  else if (!ranged)
    shapes.push(
      svg`<line class="years-band-tick" x1="${centre}" y1="${middle - 8}" x2="${centre}" y2="${middle + 8}"/>`.markup,
    );
  return shapes;
}

/**
 * The marks' legend, under the bars' one: its heading, then each mark and its name, run on
 * and wrapped to the drawing's width. Returns the bottom of the last line, or null when the
 * columns use no mark.
 */
function drawMarkLegend(
  out: string[],
  input: YearColumnsInput,
  top: number,
  style: { fontSize: number; fontWeight: 400 },
  measure: TextMeasurer,
): number | null {
  const marks = input.marks;
  if (!marks || marks.entries.length === 0) return null;
  const size = input.fontSize;
  const lineHeight = Math.round(size * 1.2);
  let x = 0;
  let y = top;
  const place = (width: number): void => {
    if (x > 0 && x + width > input.width) {
      x = 0;
      y += lineHeight + 4;
    }
  };
  const heading = `${marks.heading}:`;
  const headingWidth = measure(heading, style).width;
  out.push(svg`<text class="years-muted" x="0" y="${y + size * 0.95}">${heading}</text>`.markup);
  x = headingWidth + 16;
  for (const entry of marks.entries) {
    const width = 2 * MARK_R + 6 + measure(entry.text, style).width;
    place(width);
    out.push(
      svg`<path class="years-mark" d="${markPath(entry.look.mark, x + MARK_R, y + lineHeight / 2 + 2, MARK_R)}" style="fill:${toneVar(entry.look)}"/>`
        .markup,
      svg`<text class="years-muted" x="${x + 2 * MARK_R + 6}" y="${y + size * 0.95}">${entry.text}</text>`.markup,
    );
    x += width + 24;
  }
  return y + lineHeight;
}
