/**
 * Draws a region map as an SVG string: Natural Earth countries (world-atlas, 1:50m) and
 * one country's provinces (Natural Earth admin-1), projected to the slide's size, with a
 * marker per event (revealed step by step: each marker's group carries `data-key`), a
 * legend, and labels placed by an optimiser so that no two overlap. A short pipeline of
 * pure phases: geography, provinces, boxes, markers, legend, obstacles, labels, output.
 * Deterministic; it reads no file (the build hands it the provinces' data).
 */

import { countryNameAt } from '../../model/countries.ts';
import { SOURCE_SANS_3_FAMILY, sourceSans3Measurer, type TextMeasurer } from '../svg/text-measure.ts';
import { outlineBoxes } from './boxes.ts';
import type { Admin1Feature } from './geo-data.ts';
import { buildGeography, type Geography } from './geography.ts';
import { type KeyLayout, layoutKey } from './key.ts';
import { type LabelContext, mandatoryJobs, optionalJobs } from './label-jobs.ts';
import type { Rect } from './label-placement.ts';
import { placeLabels } from './labels.ts';
import { chooseLegendBox, layoutLegend } from './legend.ts';
import { type PlacedMarker, placeMarkers } from './markers.ts';
import { collectObstacles } from './obstacles.ts';
import { type MapParts, writeMapSvg } from './output.ts';
import { buildProvinces, type Provinces } from './provinces.ts';
import { type PlacedReference, placeReferences, referenceSymbols } from './references.ts';
import type { GeoExtent, LabelBox, LegendEntry, MapSize, MarkerGroup, RegionMap, RegionMapInput } from './types.ts';

/** True when (lon, lat) lies inside the extent (edges included). */
export function insideExtent(extent: GeoExtent, lon: number, lat: number): boolean {
  return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
}

/** Natural Earth name (NAME, as in world-atlas 1:50m) of the country containing the point, or null at sea. */
export function countryAt(lon: number, lat: number): string | null {
  return countryNameAt(lon, lat);
}

/** What a map is drawn from besides its input: data the build reads for it. */
export interface MapData {
  /** The first-level divisions of `input.provincesOf.country`; required when the map draws provinces. */
  readonly provinces?: readonly Admin1Feature[];
}

function checkShape(input: RegionMapInput, size: MapSize, fontSize: number): void {
  const { west, south, east, north } = input.extent;
  if (!(west < east && south < north) || south < -90 || north > 90)
    throw new Error(`Invalid extent ${JSON.stringify(input.extent)}: need west < east and −90 ≤ south < north ≤ 90`);
  if (!(size.width > 0 && size.height > 0)) throw new Error(`Invalid size ${size.width}×${size.height}`);
  if (!(fontSize > 0)) throw new Error(`Invalid fontSize ${fontSize}`);
}

/** The legend by category, after checking that categories and looks are unique and every marker is well formed. */
function checkedLegend(input: RegionMapInput): Map<string, LegendEntry> {
  const legend = new Map<string, LegendEntry>();
  const looks = new Set<string>();
  for (const entry of input.legend) {
    const look = `${entry.look.tone} ${entry.look.mark}`;
    if (legend.has(entry.category)) throw new Error(`Legend category "${entry.category}" appears twice`);
    if (looks.has(look))
      throw new Error(`Legend look "${look}" is used twice: categories must differ in tone and mark`);
    legend.set(entry.category, entry);
    looks.add(look);
  }
  const ids = new Set<string>();
  for (const marker of input.markers) {
    const problem = markerProblem(marker, ids, legend);
    if (problem) throw new Error(`Marker "${marker.id}": ${problem}`);
    ids.add(marker.id);
  }
  return legend;
}

function markerProblem(
  marker: RegionMapInput['markers'][number],
  ids: ReadonlySet<string>,
  legend: ReadonlyMap<string, LegendEntry>,
): string | null {
  if (ids.has(marker.id)) return 'appears twice';
  if (!Number.isInteger(marker.step)) return `step must be an integer, got ${marker.step}`;
  if (!legend.has(marker.category)) return `category "${marker.category}" is not in the legend`;
  if (!Number.isFinite(marker.lon) || !Number.isFinite(marker.lat)) return 'invalid coordinates';
  if (marker.label.trim() === '') return 'empty label';
  return null;
}

function provincesOf(input: RegionMapInput, data: MapData, geography: Geography): Provinces | null {
  if (!input.provincesOf) return null;
  if (!data.provinces) throw new Error(`The map draws the provinces of ${input.provincesOf.country}: give their data.`);
  return buildProvinces(input.provincesOf, data.provinces, geography.project, geography.frame);
}

/** Small boxes over the reference places, for the panels' corners to keep off. */
function referenceRects(references: readonly PlacedReference[]): Rect[] {
  return references.map((reference) => ({ x: reference.x - 6, y: reference.y - 6, w: 12, h: 12 }));
}

/** The key in the corner that hides least; the legend's corner costs it as much as a summary box. */
function placeKey(
  input: RegionMapInput,
  context: {
    viewport: Rect;
    markers: readonly PlacedMarker[];
    geography: Geography;
    avoid: readonly Rect[];
    measure: TextMeasurer;
    fontSize: number;
  },
): { layout: KeyLayout; box: Rect } | null {
  const layout = layoutKey(input, { ...context, project: context.geography.project });
  if (!layout) return null;
  const box = chooseLegendBox(layout.box, 'auto', context.viewport, context.markers, context.geography, context.avoid);
  return { layout, box };
}

function groupProblem(group: MarkerGroup, ids: ReadonlySet<string>, grouped: ReadonlySet<string>): string | null {
  if (group.members.length < 2) return 'has fewer than two members; draw a single marker on its own';
  if (group.label.trim() === '') return 'has an empty label; give it one';
  const unknown = group.members.find((member) => !ids.has(member));
  if (unknown) return `names "${unknown}", which is not a marker of this map; name its markers`;
  const twice = group.members.find((member) => grouped.has(member));
  if (twice) return `names "${twice}", which is in another group; put each marker in one group`;
  return null;
}

/** Each group names two or more markers of this map, each marker in one group at most, and has a label. */
function checkGroups(input: RegionMapInput): void {
  const ids = new Set(input.markers.map((marker) => marker.id));
  const grouped = new Set<string>();
  for (const group of input.groups ?? []) {
    const problem = groupProblem(group, ids, grouped);
    if (problem) throw new Error(`Marker group "${group.id}" ${problem}`);
    for (const member of group.members) grouped.add(member);
  }
}

function checkReferences(input: RegionMapInput): void {
  if ((input.references ?? []).length > 0 && !input.referenceLegend?.trim())
    throw new Error('The map draws reference places: give referenceLegend, the legend text of their square');
}

function placeLegend(
  input: RegionMapInput,
  context: {
    viewport: Rect;
    markers: readonly PlacedMarker[];
    geography: Geography;
    outlines: readonly Rect[];
    measure: TextMeasurer;
    fontSize: number;
  },
) {
  const used = new Set(input.markers.map((marker) => marker.category));
  const entries =
    (input.legendShows ?? 'used') === 'all' ? input.legend : input.legend.filter((entry) => used.has(entry.category));
  if (entries.length === 0 && !input.legendTitle) return null;
  const layout = layoutLegend(entries, input.legendTitle, context.fontSize, context.measure);
  const box = chooseLegendBox(
    layout.box,
    input.legendPosition ?? 'auto',
    context.viewport,
    context.markers,
    context.geography,
    context.outlines,
  );
  return { layout, box };
}

/** Draws the map. Throws LabelPlacementError when marker labels cannot all be placed without overlap. */
export function drawRegionMap(input: RegionMapInput, data: MapData = {}): RegionMap {
  const size: MapSize = input.size ?? { width: 1184, height: 530 };
  const fontSize = input.fontSize ?? 20;
  const measure = input.measureText ?? sourceSans3Measurer();
  checkShape(input, size, fontSize);
  const legendByCategory = checkedLegend(input);
  const viewport: Rect = { x: 0, y: 0, w: size.width, h: size.height };
  const geography = buildGeography(input, size);
  const provinces = provincesOf(input, data, geography);
  const outlines = outlineBoxes(input.boxes ?? [], geography.project);
  checkReferences(input);
  checkGroups(input);
  const references = placeReferences(input.references ?? [], geography.project, viewport);
  const markers = placeMarkers(
    input.markers,
    legendByCategory,
    geography.project,
    viewport,
    input.sizeKey,
    input.groups,
  );
  const avoid = [...outlines.map((outline) => outline.bounds), ...referenceRects(references)];
  const legend = placeLegend(input, { viewport, markers, geography, outlines: avoid, measure, fontSize });
  const key = placeKey(input, {
    viewport,
    markers,
    geography,
    avoid: [...avoid, ...(legend ? [legend.box] : [])],
    measure,
    fontSize,
  });
  const obstacles = collectObstacles(viewport, markers, legend?.box ?? null, geography, outlines, {
    symbols: referenceSymbols(references),
    reserved: key ? [key.box] : [],
  });
  const context: LabelContext = {
    input,
    viewport,
    geography,
    markers,
    references,
    outlines,
    obstacles,
    measure,
    fontSize,
  };
  const jobs = [...mandatoryJobs(context), ...optionalJobs(context, provinces?.shapes ?? [])];
  const labels = placeLabels(jobs, input.seed ?? 1);
  const fontFamily = input.fontFamily ?? SOURCE_SANS_3_FAMILY;
  const parts: MapParts = {
    input,
    size,
    fontSize,
    fontFamily,
    geography,
    provinces,
    outlines,
    markers,
    references,
    legend,
    key,
    labels,
  };
  return drawnMap(parts, writeMapSvg(parts, input.idPrefix ?? 'region-map'));
}

/** What the drawing gives back: the SVG, and where each text, symbol, reference and key part went, for the checks. */
function drawnMap(parts: MapParts, written: ReturnType<typeof writeMapSvg>): RegionMap {
  const { size, labels, markers, references, key, legend } = parts;
  const boxes: LabelBox[] = [...labels.texts, ...written.legendTexts].map((text) => ({
    id: text.id,
    kind: text.kind,
    text: text.block.lines.join('\n'),
    x: text.box.x,
    y: text.box.y,
    width: text.box.w,
    height: text.box.h,
  }));
  return {
    svg: written.svg,
    width: size.width,
    height: size.height,
    labels: boxes,
    dropped: labels.dropped,
    symbols: markers.map((marker) => ({ id: marker.marker.id, x: marker.x, y: marker.y, r: marker.clear })),
    references: references.map((reference) => ({ id: reference.place.id, x: reference.x, y: reference.y })),
    scaleBar: key?.layout.scale
      ? {
          km: key.layout.scale.km,
          x: written.scaleBar?.x ?? 0,
          y: written.scaleBar?.y ?? 0,
          width: key.layout.scale.width,
        }
      : null,
    legendBox: legend ? { x: legend.box.x, y: legend.box.y, width: legend.box.w, height: legend.box.h } : null,
  };
}
