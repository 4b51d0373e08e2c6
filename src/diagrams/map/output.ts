/**
 * Phase 8 of a map: the SVG. Colours are the palette's custom properties, through the
 * classes of the `<style>` it writes, so the map follows the dark look; every text goes
 * through the `svg` template, which escapes it.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import { toneVar } from '../../look/group-looks.ts';
import { markPath } from '../../look/marks.ts';
import { rawSvg, type SafeSvg, svg } from '../svg/svg-text.ts';
import type { BoxOutline } from './boxes.ts';
import { SYMBOL_R } from './candidates.ts';
import { CompactPathContext } from './compact-path.ts';
import type { Geography } from './geography.ts';
import { type KeyItem, type KeyLayout, keyPositions } from './key.ts';
import type { Rect } from './label-placement.ts';
import type { PlacedLabels, PlacedText } from './labels.ts';
import type { LegendLayout } from './legend.ts';
import { isDisplaced, type PlacedMarker } from './markers.ts';
import type { Provinces } from './provinces.ts';
import { type PlacedReference, referenceSquare } from './references.ts';
import { isUnsized } from './sizes.ts';
import type { MapSize, RegionMapInput } from './types.ts';

/** Every colour a custom property of the palette (src/look/palette.ts); text stands on a ground of the paper's colour. */
const MAP_STYLE = [
  '.map-sea{fill:var(--sea)}',
  '.map-land{fill:var(--land)}',
  '.map-focus{fill:var(--focus)}',
  '.map-provinces{fill:none;stroke:var(--border);stroke-width:1.2;stroke-dasharray:5 3;stroke-linejoin:round}',
  '.map-borders{fill:none;stroke:var(--border);stroke-width:1;stroke-linejoin:round}',
  '.map-highlight-border{fill:none;stroke-linejoin:round;stroke-linecap:round}',
  '.map-highlight-halo{stroke:var(--halo);stroke-width:7.5}',
  '.map-highlight-line{stroke:var(--ink);stroke-width:3.5}',
  '.map-box{fill:none;stroke:var(--ink);stroke-width:2;stroke-dasharray:7 4}',
  // A ground of the paper's colour under each label, rather than a stroked halo: Chromium prints stroked text as bitmap-like Type 3 fonts.
  '.map-label-ground{fill:var(--halo);fill-opacity:.82}',
  // The frame the deck strokes around the newest step's label: clear of its text, however thick the stroke.
  '.map-label-frame{fill:none;stroke:none}',
  '.map-label-marker,.map-label-border,.map-label-box,.map-legend-title,.map-legend-text{fill:var(--ink)}',
  '.map-label-country{fill:var(--muted)}',
  '.map-label-focus{fill:var(--ink)}',
  '.map-label-province{fill:var(--muted)}',
  '.map-leader{fill:none;stroke:var(--line);stroke-width:1.4}',
  '.map-leader-halo{fill:none;stroke:var(--halo);stroke-width:3.5;stroke-linecap:round}',
  '.map-true-place{fill:var(--line);stroke:var(--halo);stroke-width:1}',
  '.map-symbol{stroke:var(--ink);stroke-width:1.3;stroke-linejoin:round;fill-rule:evenodd}',
  '.map-symbol-halo{fill:none;stroke:var(--halo);stroke-width:4.5;stroke-linejoin:round}',
  '.map-legend-frame{fill:var(--paper);fill-opacity:.94;stroke:var(--rule);stroke-width:1}',
  // A marker with no figure: the fixed size, dashed, so it never reads as a small count.
  '.map-symbol-unsized{stroke-dasharray:3 2}',
  '.map-size-sample{fill:none;stroke:var(--ink);stroke-width:1.5}',
  '.map-size-unknown{fill:none;stroke:var(--ink);stroke-width:1.5;stroke-dasharray:3 2}',
  '.map-reference-square{fill:var(--ink);stroke:var(--halo);stroke-width:1.5}',
  '.map-label-reference,.map-key-text{fill:var(--ink)}',
  '.map-scale-bar{fill:none;stroke:var(--ink);stroke-width:2.5;stroke-linecap:square}',
].join('');

/** A circle mark's radius as a share of its circumscribed radius (look/marks.ts): the key's samples match a circle marker's area. */
const CIRCLE_SHARE = 0.85;

/** What the SVG is written from: the outcome of every earlier phase. */
export interface MapParts {
  readonly input: RegionMapInput;
  readonly size: MapSize;
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly geography: Geography;
  readonly provinces: Provinces | null;
  readonly outlines: readonly BoxOutline[];
  readonly markers: readonly PlacedMarker[];
  readonly references: readonly PlacedReference[];
  readonly legend: { readonly layout: LegendLayout; readonly box: Rect } | null;
  readonly key: { readonly layout: KeyLayout; readonly box: Rect } | null;
  readonly labels: PlacedLabels;
}

/** A geometry as compact path data, clipped to the map. */
function pathData(size: MapSize, geometry: GeoJSON.GeometryObject): SafeSvg {
  const context = new CompactPathContext();
  geoPath(
    geoIdentity().clipExtent([
      [0, 0],
      [size.width, size.height],
    ]),
    context,
  )(geometry);
  return rawSvg(context.toString());
}

/** A placed text, in its class's colour, on a ground of the paper's colour unless it sits in the legend's frame. */
export function textElement(text: PlacedText, ground = true): SafeSvg {
  const { box, block } = text;
  const [first, ...rest] = block.lines;
  const weight = block.style.fontWeight === 700 ? svg` font-weight="700"` : null;
  const tail = rest.map((line) => svg`<tspan x="${box.x}" dy="${block.lineAdvance}">${line}</tspan>`);
  const under = ground
    ? svg`<rect class="map-label-ground" x="${box.x - 2}" y="${box.y}" width="${box.w + 4}" height="${box.h}" rx="3"/>`
    : null;
  return svg`${under}<text class="${text.tone}" x="${box.x}" y="${box.y + block.ascent}"${weight}>${first ?? ''}${tail}</text>`;
}

function geographyElements(parts: MapParts): SafeSvg {
  const { size, geography } = parts;
  const path = (geometry: GeoJSON.GeometryObject): SafeSvg => pathData(size, geometry);
  const highlight = geography.highlight ? path(geography.highlight) : null;
  return svg`<rect class="map-sea" width="${size.width}" height="${size.height}"/>
<path class="map-land" d="${path(geography.land)}"/>
<path class="map-focus" d="${path(geography.focus)}"/>
${parts.provinces ? svg`<path class="map-provinces" d="${path(parts.provinces.lines)}"/>` : null}
<path class="map-borders" d="${path(geography.borders)}"/>
${highlight ? svg`<g class="map-highlight-border"><path class="map-highlight-halo" d="${highlight}"/><path class="map-highlight-line" d="${highlight}"/></g>` : null}
${parts.outlines.map((outline) => svg`<path class="map-box" data-box="${outline.box.id}" d="M${rawSvg(outline.points.map(([x, y]) => svg`${x} ${y}`.markup).join('L'))}Z"/>`)}`;
}

function markerElement(parts: MapParts, marker: PlacedMarker): SafeSvg {
  const id = marker.marker.id;
  const text = parts.labels.texts.find((placed) => placed.id === id && placed.kind === 'marker');
  if (!text && marker.group === null) throw new Error(`Internal: marker label ${id} missing`);
  const spoke = isDisplaced(marker)
    ? svg`<path class="map-leader" d="M${marker.trueX} ${marker.trueY}L${marker.x} ${marker.y}"/><circle class="map-true-place" cx="${marker.trueX}" cy="${marker.trueY}" r="2.6"/>`
    : null;
  const leader = parts.labels.leaders.get(id);
  const leaderPath = leader ? svg`M${leader.x1} ${leader.y1}L${leader.x2} ${leader.y2}` : null;
  const symbol = rawSvg(markPath(marker.entry.look.mark, marker.x, marker.y, marker.r));
  const symbolClass = isUnsized(marker.marker, parts.input.sizeKey) ? 'map-symbol map-symbol-unsized' : 'map-symbol';
  const size = marker.marker.size;
  return svg`<g class="map-marker" data-key="${id}" data-step="${String(marker.marker.step)}" data-category="${marker.marker.category}"${size === undefined || size === null ? null : svg` data-size="${String(size)}"`}>${spoke}${leaderPath ? svg`<path class="map-leader-halo" d="${leaderPath}"/><path class="map-leader" d="${leaderPath}"/>` : null}<path class="map-symbol-halo" d="${symbol}"/><path class="${symbolClass}" d="${symbol}" style="fill:${toneVar(marker.entry.look)}"/>${text ? svg`${labelFrame(text)}${textElement(text)}` : null}</g>`;
}

/**
 * A group's one label, revealed with its earliest member (it carries that member's key),
 * with a leader to the cluster when it sits off it.
 */
function groupElements(parts: MapParts): SafeSvg {
  return svg`${(parts.input.groups ?? []).map((group) => {
    const text = parts.labels.texts.find((placed) => placed.id === group.id && placed.kind === 'group');
    if (!text) throw new Error(`Internal: group label ${group.id} missing`);
    const first = parts.markers.find((marker) => marker.group === group.id);
    const leader = parts.labels.leaders.get(group.id);
    const line = leader
      ? svg`<path class="map-leader-halo" d="M${leader.x1} ${leader.y1}L${leader.x2} ${leader.y2}"/><path class="map-leader" d="M${leader.x1} ${leader.y1}L${leader.x2} ${leader.y2}"/>`
      : null;
    return svg`<g class="map-group" data-group="${group.id}" data-key="${first?.marker.id ?? ''}">${line}${labelFrame(text)}${textElement(text)}</g>`;
  })}`;
}

/** Larger symbols first, so a smaller one at the same place stays visible on top. */
function drawOrder(markers: readonly PlacedMarker[]): PlacedMarker[] {
  return [...markers].sort((a, b) => b.r - a.r);
}

/** How far the newest step's frame stands off its label's text: the deck strokes it 5 units wide, centred on it. */
export const LABEL_FRAME_GAP = 5;

/** The frame around a revealed label, which the deck draws only for the newest step. */
function labelFrame(text: PlacedText): SafeSvg {
  const { box } = text;
  const gap = LABEL_FRAME_GAP;
  return svg`<rect class="map-label-frame" x="${box.x - gap}" y="${box.y - gap}" width="${box.w + 2 * gap}" height="${box.h + 2 * gap}" rx="4"/>`;
}

/** The reference places: a square in ink and its name, always shown. */
function referenceElements(parts: MapParts): SafeSvg {
  return svg`${parts.references.map((reference) => {
    const text = parts.labels.texts.find((placed) => placed.id === reference.place.id && placed.kind === 'reference');
    if (!text) throw new Error(`Internal: reference label ${reference.place.id} missing`);
    const leader = parts.labels.leaders.get(reference.place.id);
    const line = leader
      ? svg`<path class="map-leader" d="M${leader.x1} ${leader.y1}L${leader.x2} ${leader.y2}"/>`
      : null;
    return svg`<g class="map-reference" data-reference="${reference.place.id}">${line}<path class="map-reference-square" d="${rawSvg(referenceSquare(reference.x, reference.y))}"/>${textElement(text)}</g>`;
  })}`;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** How each of the key's symbols is drawn, by kind, its left edge at x and its middle at `middle`. */
const KEY_SYMBOLS: {
  readonly [K in Exclude<KeyItem['kind'], 'text'>]: (
    item: Extract<KeyItem, { kind: K }>,
    x: number,
    middle: number,
    km: number,
  ) => SafeSvg;
} = {
  square: (_item, x, middle) =>
    svg`<path class="map-reference-square" d="${rawSvg(referenceSquare(round(x + 4), round(middle)))}"/>`,
  circle: (item, x, middle) =>
    svg`<circle class="map-size-sample" cx="${round(x + item.r)}" cy="${round(middle)}" r="${round(item.r * CIRCLE_SHARE)}"/>`,
  dashed: (item, x, middle) =>
    svg`<circle class="map-size-unknown" cx="${round(x + item.r)}" cy="${round(middle)}" r="${round(item.r)}"/>`,
  bar: (item, x, middle, km) => {
    const [left, right, base] = [round(x), round(x + item.width), round(middle + 4)];
    return svg`<path class="map-scale-bar" data-km="${String(km)}" d="M${left} ${base - 8}V${base}H${right}V${base - 8}"/>`;
  },
};

function keySymbol(item: Exclude<KeyItem, { kind: 'text' }>, x: number, middle: number, km: number): SafeSvg {
  const draw = KEY_SYMBOLS[item.kind] as (item: KeyItem, x: number, middle: number, km: number) => SafeSvg;
  return draw(item, x, middle, km);
}

/** The scale bar and the credit are the map's footer; the rest of the key explains its symbols. */
const FOOTER_TEXTS = new Set(['key:scale', 'key:credit']);

/** The key's frame and items; also gives its texts and where its scale bar starts. */
function keyElements(parts: MapParts): {
  element: SafeSvg;
  texts: PlacedText[];
  scaleBar: { x: number; y: number } | null;
} {
  if (!parts.key) return { element: svg``, texts: [], scaleBar: null };
  const { layout, box } = parts.key;
  const texts: PlacedText[] = [];
  const positions = keyPositions(layout, box);
  const items = positions.map(({ item, x, middle }): SafeSvg => {
    if (item.kind !== 'text') return keySymbol(item, x, middle, layout.scale?.km ?? 0);
    const text: PlacedText = {
      id: item.id,
      kind: FOOTER_TEXTS.has(item.id) ? 'footer' : 'legend',
      block: item.block,
      box: { x: round(x), y: round(middle - item.block.height / 2), w: item.block.width, h: item.block.height },
      tone: 'map-key-text',
    };
    texts.push(text);
    return textElement(text, false);
  });
  const bar = positions.find((position) => position.item.kind === 'bar');
  const frame = svg`<rect class="map-legend-frame" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="4"/>`;
  return {
    element: svg`<g class="map-key">${frame}${items}</g>`,
    texts,
    scaleBar: bar ? { x: round(bar.x), y: round(bar.middle + 4) } : null,
  };
}

/** The legend's frame, title and rows; also gives their texts, for the map's list of labels. */
function legendElements(parts: MapParts): { element: SafeSvg; texts: PlacedText[] } {
  if (!parts.legend) return { element: svg``, texts: [] };
  const { layout, box } = parts.legend;
  const { pad, rowHeight } = layout;
  const rows: SafeSvg[] = [];
  const texts: PlacedText[] = [];
  let top = box.y + pad;
  const rounded = (value: number): number => Math.round(value * 10) / 10;
  if (layout.title) {
    const block = layout.title;
    const text: PlacedText = {
      id: 'legend-title',
      kind: 'legend',
      block,
      box: {
        x: rounded(box.x + pad),
        y: rounded(top + (rowHeight - block.height) / 2),
        w: block.width,
        h: block.height,
      },
      tone: 'map-legend-title',
    };
    texts.push(text);
    rows.push(textElement(text, false));
    top += rowHeight;
  }
  for (const row of layout.rows) {
    const middle = top + rowHeight / 2;
    const symbol = rawSvg(markPath(row.entry.look.mark, box.x + pad + SYMBOL_R + 2, middle, SYMBOL_R));
    rows.push(svg`<path class="map-symbol" d="${symbol}" style="fill:${toneVar(row.entry.look)}"/>`);
    const text: PlacedText = {
      id: `legend:${row.entry.category}`,
      kind: 'legend',
      block: row.text,
      box: {
        x: rounded(box.x + pad + 2 * SYMBOL_R + 10),
        y: rounded(middle - row.text.height / 2),
        w: row.text.width,
        h: row.text.height,
      },
      tone: 'map-legend-text',
    };
    texts.push(text);
    rows.push(textElement(text, false));
    top += rowHeight;
  }
  const frame = svg`<rect class="map-legend-frame" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="4"/>`;
  return { element: svg`<g class="map-legend">${frame}${rows}</g>`, texts };
}

/** The whole SVG, and the legend's texts (the other labels are placed before). */
export function writeMapSvg(
  parts: MapParts,
  idPrefix: string,
): { svg: string; legendTexts: readonly PlacedText[]; scaleBar: { x: number; y: number } | null } {
  const { size, input } = parts;
  const legend = legendElements(parts);
  const key = keyElements(parts);
  const areaLabels = parts.labels.texts
    .filter((text) => text.kind !== 'marker' && text.kind !== 'reference' && text.kind !== 'group')
    .map((text) => textElement(text));
  const drawing = svg`<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" viewBox="0 0 ${size.width} ${size.height}" class="region-map" font-family="${parts.fontFamily}" font-size="${parts.fontSize}" text-rendering="geometricPrecision">
<title id="${idPrefix}-title">${input.title}</title>
<desc id="${idPrefix}-desc">${input.description}</desc>
<style>${rawSvg(MAP_STYLE)}</style>
${geographyElements(parts)}
<g class="map-labels">${areaLabels}</g>
<g class="map-markers">${drawOrder(parts.markers).map((marker) => markerElement(parts, marker))}</g>
<g class="map-groups">${groupElements(parts)}</g>
<g class="map-references">${referenceElements(parts)}</g>
${legend.element}
${key.element}
</svg>`;
  return { svg: drawing.markup, legendTexts: [...legend.texts, ...key.texts], scaleBar: key.scaleBar };
}
