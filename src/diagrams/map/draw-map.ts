/**
 * Draws a region map as an SVG string: Natural Earth countries (world-atlas, 1:50m) and
 * one country's provinces (Natural Earth admin-1), projected to the slide's size, with
 * a marker per event (revealed step by step: each marker's group carries `data-key`),
 * a legend, and labels placed by an optimiser so that no two overlap. Colours are the
 * palette's custom properties, through the classes of the `<style>` it writes, so the
 * map follows the dark look. Pure and deterministic; Node at build time only.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import { merge, mesh } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { toneVar } from '../../look/group-looks.ts';
import { markPath } from '../../look/marks.ts';
import { SOURCE_SANS_3_FAMILY, sourceSans3Measurer } from '../svg/text-measure.ts';
import {
  AREA_CANDIDATES,
  areaCandidates,
  borderLabelCandidates,
  boxLabelCandidates,
  chooseLegendBox,
  diverse,
  LABEL_PADDING,
  markerCandidates,
  nearbyCandidates,
  type PlacedMarker,
  polylineSegments,
  round1,
  SYMBOL_CLEAR,
  SYMBOL_R,
  samplePolyline,
  spreadSymbols,
} from './candidates.ts';
import { CompactPathContext } from './compact-path.ts';
import {
  type CountryGeometry,
  countryNameAt,
  loadAdmin1,
  loadWorld,
  type Point,
  type ProvinceProps,
  projectCountries,
  projectProvinces,
  propName,
} from './geo-data.ts';
import {
  type Candidate,
  CONFLICT,
  inflate,
  type PlacementItem,
  pairCost,
  pointSegmentDistance,
  type Rect,
  rectContainsPoint,
  rectInside,
  rectsOverlap,
  type Segment,
  segmentIntersectsRect,
  segmentsIntersect,
  solvePlacement,
} from './label-placement.ts';
import { layoutLegend } from './legend.ts';
import {
  insideFraction,
  makeProjection,
  type PlanarShape,
  shapeContains,
  shapeOf,
  viewportGeoBox,
  visualCentre,
} from './planar.ts';
import { labelVariants, layoutText, type TextBlock, textStyle } from './text-layout.ts';
import {
  type GeoExtent,
  type LabelBox,
  type LabelKind,
  LabelPlacementError,
  type LegendEntry,
  type MapSize,
  type RegionMap,
  type RegionMapInput,
} from './types.ts';

/** True when (lon, lat) lies inside the extent (edges included). */
export function insideExtent(extent: GeoExtent, lon: number, lat: number): boolean {
  return lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north;
}

/** Natural Earth name (NAME, as in world-atlas 1:50m) of the country containing the point, or null at sea. */
export function countryAt(lon: number, lat: number): string | null {
  return countryNameAt(lon, lat);
}

/**
 * The map's styles: every colour a custom property of the palette (src/look/palette.ts),
 * so the drawing follows the theme. Text stands on a halo of the paper's colour.
 */
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
].join('');

const EDGE_MARGIN = 4;

function fmt(v: number): string {
  return String(round1(v));
}
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface PlacedText {
  readonly id: string;
  readonly kind: LabelKind;
  readonly block: TextBlock;
  readonly box: Rect;
  /** The text's class, which gives its colour. */
  readonly tone: string;
  readonly letterSpacing?: number;
}

function validate(input: RegionMapInput, size: MapSize, fontSize: number): Map<string, LegendEntry> {
  const e = input.extent;
  if (!(e.west < e.east && e.south < e.north) || e.south < -90 || e.north > 90) {
    throw new Error(`Invalid extent ${JSON.stringify(e)}: need west < east and −90 ≤ south < north ≤ 90`);
  }
  if (!(size.width > 0 && size.height > 0)) throw new Error(`Invalid size ${size.width}×${size.height}`);
  if (!(fontSize > 0)) throw new Error(`Invalid fontSize ${fontSize}`);
  const legend = new Map<string, LegendEntry>();
  const looks = new Set<string>();
  for (const entry of input.legend) {
    if (legend.has(entry.category)) throw new Error(`Legend category "${entry.category}" appears twice`);
    const look = `${entry.look.tone} ${entry.look.mark}`;
    if (looks.has(look))
      throw new Error(`Legend look "${look}" is used twice: categories must differ in tone and mark`);
    legend.set(entry.category, entry);
    looks.add(look);
  }
  const ids = new Set<string>();
  for (const m of input.markers) {
    if (ids.has(m.id)) throw new Error(`Marker id "${m.id}" appears twice`);
    ids.add(m.id);
    if (!Number.isInteger(m.step)) throw new Error(`Marker "${m.id}": step must be an integer, got ${m.step}`);
    if (!legend.has(m.category)) throw new Error(`Marker "${m.id}": category "${m.category}" is not in the legend`);
    if (!Number.isFinite(m.lon) || !Number.isFinite(m.lat)) throw new Error(`Marker "${m.id}": invalid coordinates`);
    if (m.label.trim() === '') throw new Error(`Marker "${m.id}": empty label`);
  }
  return legend;
}

/** Draws the map. Throws LabelPlacementError when marker labels cannot all be placed without overlap. */
export function drawRegionMap(input: RegionMapInput): RegionMap {
  const size: MapSize = input.size ?? { width: 1184, height: 530 };
  const W = size.width;
  const H = size.height;
  const fontSize = input.fontSize ?? 20;
  const fontFamily = input.fontFamily ?? SOURCE_SANS_3_FAMILY;
  const measure = input.measureText ?? sourceSans3Measurer();
  const legendByCategory = validate(input, size, fontSize);
  const idPrefix = input.idPrefix ?? 'region-map';
  const viewport: Rect = { x: 0, y: 0, w: W, h: H };
  const safe: Rect = inflate(viewport, -EDGE_MARGIN);

  // --- Projection and geography -------------------------------------------
  const projection = makeProjection(input.extent, size);
  const project = (p: Point): Point | null => {
    const xy = projection(p);
    return xy ? [xy[0], xy[1]] : null;
  };
  const near = viewportGeoBox(projection, size, 3);
  const MIN_AREA = 0.6;
  const MIN_RING = 8;
  const world = projectCountries(project, near, MIN_AREA, MIN_RING);
  const worldGeoms = world.objects.countries.geometries.filter(
    (g): g is CountryGeometry & { properties: { name: string } } => g.type !== null && !!g.properties,
  );
  const byName = new Map<string, CountryGeometry[]>();
  for (const g of worldGeoms) {
    const name = propName(g.properties);
    byName.set(name, [...(byName.get(name) ?? []), g]);
  }
  const allNames = new Set(loadWorld().features.map((f) => f.properties.name));
  const unknown = input.countries.map((c) => c.name).filter((n) => !allNames.has(n));
  if (unknown.length > 0)
    throw new Error(`Unknown countries (use Natural Earth NAME as in world-atlas): ${unknown.join(', ')}`);
  const focusNames = new Set(input.countries.filter((c) => c.role === 'focus').map((c) => c.name));
  const polys = (gs: readonly CountryGeometry[]): (TopoJSON.Polygon | TopoJSON.MultiPolygon)[] =>
    gs.filter(
      (g): g is TopoJSON.Polygon<{ name: string }> | TopoJSON.MultiPolygon<{ name: string }> =>
        g.type === 'Polygon' || g.type === 'MultiPolygon',
    );
  const landGeoms = worldGeoms.filter((g) => !focusNames.has(propName(g.properties)));
  const focusGeoms = worldGeoms.filter((g) => focusNames.has(propName(g.properties)));
  const landMerged = merge(world, polys(landGeoms));
  const focusMerged = merge(world, polys(focusGeoms));
  const countryObject: TopoJSON.GeometryCollection = { type: 'GeometryCollection', geometries: worldGeoms };
  const borders = mesh(world, countryObject, (a, b) => a !== b);

  let highlight: GeoJSON.MultiLineString | null = null;
  if (input.highlightBorder) {
    const [c1 = '', c2 = ''] = input.highlightBorder.between;
    const nameOf = (g: TopoJSON.GeometryObject): string => propName(g.properties);
    highlight = mesh(world, countryObject, (a, b) => {
      const na = nameOf(a);
      const nb = nameOf(b);
      return (na === c1 && nb === c2) || (na === c2 && nb === c1);
    });
    if (highlight.coordinates.length === 0) throw new Error(`No shared border between ${c1} and ${c2} in this map`);
  }

  // Provinces
  interface ProvinceShape {
    readonly name: string;
    readonly shape: PlanarShape;
    readonly label: readonly string[] | false;
  }
  let provinceLines: GeoJSON.MultiLineString | null = null;
  const provinceShapes: ProvinceShape[] = [];
  if (input.provincesOf) {
    const spec = input.provincesOf;
    const admin1 = loadAdmin1(spec.country);
    const provTopo = projectProvinces(admin1, project, MIN_AREA, MIN_RING);
    const groupOf = new Map<string, string>();
    for (const m of spec.merge ?? []) for (const f of m.from) groupOf.set(f, m.into);
    const known = new Set(admin1.map((a) => a.name));
    for (const m of spec.merge ?? []) {
      for (const n of [m.into, ...m.from])
        if (!known.has(n))
          throw new Error(`Province "${n}" not found for ${spec.country}; known: ${[...known].join(', ')}`);
    }
    const provGeoms = provTopo.objects.provinces.geometries.filter((g) => g.type !== null);
    const groupName = (g: TopoJSON.GeometryObject<ProvinceProps>): string => {
      const n = propName(g.properties);
      return groupOf.get(n) ?? n;
    };
    provinceLines = mesh(provTopo, { type: 'GeometryCollection', geometries: provGeoms }, (a, b) => {
      if (a === b) return false;
      return (
        groupName(a as TopoJSON.GeometryObject<ProvinceProps>) !==
        groupName(b as TopoJSON.GeometryObject<ProvinceProps>)
      );
    });
    const groups = [...new Set(provGeoms.map(groupName))].sort(cmp);
    for (const group of groups) {
      const members = provGeoms.filter((g) => groupName(g) === group);
      const merged = merge(provTopo, polys(members));
      const labelSpec = spec.labels?.[group];
      const label =
        labelSpec === false
          ? false
          : labelSpec === undefined
            ? [group]
            : typeof labelSpec === 'string'
              ? [labelSpec]
              : [...labelSpec];
      provinceShapes.push({ name: group, shape: shapeOf(merged), label });
    }
  }

  // Summary boxes (outlines)
  const boxOutlines = (input.boxes ?? []).map((b) => {
    const e = b.extent;
    const ring: Point[] = [];
    const n = 24;
    for (let i = 0; i <= n; i++) ring.push([e.west + ((e.east - e.west) * i) / n, e.south]);
    for (let i = 1; i <= n; i++) ring.push([e.east, e.south + ((e.north - e.south) * i) / n]);
    for (let i = 1; i <= n; i++) ring.push([e.east - ((e.east - e.west) * i) / n, e.north]);
    for (let i = 1; i <= n; i++) ring.push([e.west, e.north - ((e.north - e.south) * i) / n]);
    const pts = ring.map((p) => project(p)).filter((p): p is Point => p !== null);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const bbox: Rect = {
      x: Math.min(...xs),
      y: Math.min(...ys),
      w: Math.max(...xs) - Math.min(...xs),
      h: Math.max(...ys) - Math.min(...ys),
    };
    return { box: b, pts, bbox };
  });

  // --- Markers: project, check, spread co-located symbols ------------------
  const markers: PlacedMarker[] = [...input.markers]
    .sort((a, b) => a.step - b.step || cmp(a.id, b.id))
    .map((marker) => {
      const xy = project([marker.lon, marker.lat]);
      const entry = legendByCategory.get(marker.category);
      if (!entry) throw new Error(`Marker "${marker.id}": unknown category`);
      if (!xy || !rectContainsPoint(inflate(viewport, -SYMBOL_CLEAR), xy[0], xy[1])) {
        throw new Error(
          `Marker "${marker.id}" (${marker.lon}, ${marker.lat}) lies outside the drawn area; filter markers with insideExtent() or enlarge the extent`,
        );
      }
      return { marker, entry, tx: xy[0], ty: xy[1], sx: xy[0], sy: xy[1] };
    });
  spreadSymbols(markers);

  // --- Legend ---------------------------------------------------------------
  const usedCategories = new Set(input.markers.map((m) => m.category));
  const legendEntries =
    (input.legendShows ?? 'used') === 'all' ? input.legend : input.legend.filter((l) => usedCategories.has(l.category));
  const legendLayout =
    legendEntries.length > 0 || input.legendTitle
      ? layoutLegend(legendEntries, input.legendTitle, fontSize, measure)
      : null;
  const focusShape = shapeOf(focusMerged);
  const highlightPts = highlight ? samplePolyline(highlight, 6) : [];
  let legendBox: Rect | null = null;
  if (legendLayout) {
    legendBox = chooseLegendBox(
      legendLayout.box,
      input.legendPosition ?? 'auto',
      viewport,
      markers,
      focusShape,
      highlightPts,
      boxOutlines.map((b) => b.bbox),
    );
  }

  // --- Static obstacles for labels ---------------------------------------------
  const symbolRects = markers.map((m) => ({
    id: m.marker.id,
    rect: { x: m.sx - SYMBOL_CLEAR, y: m.sy - SYMBOL_CLEAR, w: 2 * SYMBOL_CLEAR, h: 2 * SYMBOL_CLEAR },
  }));
  const trueDots = markers
    .filter((m) => Math.hypot(m.sx - m.tx, m.sy - m.ty) > 3)
    .map((m) => ({ id: m.marker.id, rect: { x: m.tx - 4, y: m.ty - 4, w: 8, h: 8 } }));
  const legendObstacle = legendBox ? inflate(legendBox, 4) : null;
  const highlightSegs = highlight ? polylineSegments(highlight) : [];

  const staticOk = (box: Rect, leader: Segment | null, ownId: string | null): boolean => {
    if (!rectInside(box, safe)) return false;
    const padded = inflate(box, LABEL_PADDING);
    for (const s of highlightSegs) if (segmentIntersectsRect(s, padded)) return false;
    if (legendObstacle && rectsOverlap(padded, legendObstacle)) return false;
    for (const s of symbolRects) if (s.id !== ownId && rectsOverlap(padded, s.rect)) return false;
    const own = symbolRects.find((s) => s.id === ownId);
    if (own && rectsOverlap(box, own.rect)) return false;
    for (const d of trueDots) if (d.id !== ownId && rectsOverlap(padded, d.rect)) return false;
    if (leader) {
      if (legendObstacle && segmentIntersectsRect(leader, legendObstacle)) return false;
      for (const m of markers) {
        if (m.marker.id === ownId) continue;
        if (pointSegmentDistance(m.sx, m.sy, leader) < SYMBOL_CLEAR + 1) return false;
      }
    }
    return true;
  };
  const landShapes = worldGeoms.map((g) => shapeOf(merge(world, polys([g]))));
  const countryShapeAt = (x: number, y: number): PlanarShape | null =>
    landShapes.find((l) => shapeContains(l, x, y)) ?? null;
  /**
   * Extra cost of a marker label: its leader crossing the highlighted border,
   * or the label sitting in another country than its marker (a city's label
   * drawn in the neighbouring country misleads). Over the sea is neutral.
   */
  const coverCost = (m: PlacedMarker, box: Rect, leader: Segment | null): number => {
    let cost = 0;
    if (leader) for (const s of highlightSegs) if (segmentsIntersect(leader, s)) cost += 12;
    const home = countryShapeAt(m.tx, m.ty);
    const there = countryShapeAt(box.x + box.w / 2, box.y + box.h / 2);
    if (there && there !== home) cost += 8;
    return cost;
  };

  // --- All labels, optimised jointly -------------------------------------------------
  // Marker and summary-box labels are mandatory. Border, country and province
  // labels are optional: each also has a "drop" candidate with a high cost, so
  // the optimiser drops one rather than let it overlap, and may move a marker
  // label a little to make room for one.
  const boxSegments: Segment[] = [];
  for (const b of boxOutlines) {
    b.pts.forEach((p, i) => {
      const q = b.pts[(i + 1) % b.pts.length];
      if (q) boxSegments.push({ x1: p[0], y1: p[1], x2: q[0], y2: q[1] });
    });
  }
  const crossesBoxes = (box: Rect): boolean => {
    const padded = inflate(box, LABEL_PADDING);
    return boxSegments.some((sg) => segmentIntersectsRect(sg, padded));
  };

  interface LabelJob {
    readonly id: string;
    readonly kind: LabelKind;
    readonly blocks: readonly TextBlock[];
    readonly candidates: readonly Candidate[];
    readonly tone: string;
    readonly letterSpacing?: number;
    /** Cost of leaving the label out, or null when it is mandatory. */
    readonly dropCost: number | null;
  }
  const jobs: LabelJob[] = [];
  const noCandidates: string[] = [];

  const markerStyle = textStyle(fontSize, 700);
  for (const m of markers) {
    const blocks = labelVariants(m.marker.label, markerStyle, measure);
    const candidates = markerCandidates(m.sx, m.sy, blocks)
      .filter((c) => staticOk(c.box, c.leader, m.marker.id))
      .map((c) => ({ ...c, cost: c.cost + coverCost(m, c.box, c.leader) }));
    if (candidates.length === 0) noCandidates.push(m.marker.id);
    jobs.push({ id: m.marker.id, kind: 'marker', blocks, candidates, tone: 'map-label-marker', dropCost: null });
  }
  const plainStyle = textStyle(fontSize, 400);
  for (const b of boxOutlines) {
    const blocks = labelVariants(b.box.label, plainStyle, measure);
    const candidates = boxLabelCandidates(b.bbox, blocks)
      .filter((c) => staticOk(c.box, null, null))
      .map((c) => ({ ...c, cost: c.cost + 6 * insideFraction(focusShape, c.box, viewport) }));
    if (candidates.length === 0) noCandidates.push(b.box.id);
    jobs.push({ id: b.box.id, kind: 'box', blocks, candidates, tone: 'map-label-box', dropCost: null });
  }
  if (noCandidates.length > 0) {
    throw new LabelPlacementError(
      `No room for the labels of: ${noCandidates.join(', ')}. Every position is off the map, on the legend, on the highlighted border or on another symbol. ` +
        'Shorten these labels, enlarge the map (size) or its extent, or split the markers across two maps.',
      noCandidates,
    );
  }

  if (input.highlightBorder?.label && highlight) {
    const block = layoutText([input.highlightBorder.label], plainStyle, measure);
    const candidates = diverse(
      borderLabelCandidates(highlight, block).filter((c) => staticOk(c.box, null, null) && !crossesBoxes(c.box)),
      AREA_CANDIDATES,
    );
    jobs.push({
      id: 'highlight-border',
      kind: 'border',
      blocks: [block],
      candidates,
      tone: 'map-label-border',
      dropCost: 250,
    });
  }

  const overOtherLand = (own: PlanarShape, box: Rect): boolean => {
    for (let i = 0; i <= 6; i++) {
      for (let j = 0; j <= 2; j++) {
        const x = box.x + (box.w * i) / 6;
        const y = box.y + (box.h * j) / 2;
        if (shapeContains(own, x, y)) continue;
        for (const l of landShapes) if (shapeContains(l, x, y)) return true;
      }
    }
    return false;
  };
  const areaStatic = (box: Rect): boolean => staticOk(box, null, null) && !crossesBoxes(box);
  for (const c of input.countries) {
    if (c.label === false || !byName.has(c.name)) continue;
    const shape = shapeOf(merge(world, polys(byName.get(c.name) ?? [])));
    if (!visualCentre(shape, viewport)) continue; // not visible on this map
    const focus = c.role === 'focus';
    const alternatives = (
      c.label === undefined ? [c.name] : typeof c.label === 'string' ? [c.label] : [...c.label]
    ).map((a) => a.toUpperCase());
    // No letter-spacing: a PDF would hold the spaced letters as separate words, and a reader could not search the name.
    const style = textStyle(fontSize, focus ? 700 : 400);
    const blocks = alternatives.flatMap((a) => labelVariants(a, style, measure));
    const altOf = alternatives.flatMap((a, ai) => labelVariants(a, style, measure).map(() => ai));
    let candidates = areaCandidates(shape, blocks, altOf, 0.85, viewport, areaStatic);
    if (focus) {
      // Small or crowded focus countries: partly outside, across a summary box's outline, or beside the country over the sea.
      candidates = candidates.concat(
        areaCandidates(shape, blocks, altOf, 0.6, viewport, areaStatic).map((k) => ({ ...k, cost: k.cost + 25 })),
        boxSegments.length > 0
          ? areaCandidates(shape, blocks, altOf, 0.6, viewport, (box) => staticOk(box, null, null)).map((k) => ({
              ...k,
              cost: k.cost + 60,
            }))
          : [],
        nearbyCandidates(shape, blocks, altOf, viewport, (box) => areaStatic(box) && !overOtherLand(shape, box)).map(
          (k) => ({ ...k, cost: k.cost + 30 }),
        ),
      );
    }
    jobs.push({
      id: c.name,
      kind: 'country',
      blocks,
      candidates: diverse(candidates, AREA_CANDIDATES),
      tone: focus ? 'map-label-focus' : 'map-label-country',
      ...(style.letterSpacing ? { letterSpacing: style.letterSpacing } : {}),
      dropCost: focus ? 600 : 120,
    });
  }
  for (const p of provinceShapes) {
    if (p.label === false || !visualCentre(p.shape, viewport)) continue;
    const blocks = p.label.flatMap((a) => labelVariants(a, plainStyle, measure));
    const altOf = p.label.flatMap((a, ai) => labelVariants(a, plainStyle, measure).map(() => ai));
    const candidates = diverse(areaCandidates(p.shape, blocks, altOf, 0.8, viewport, areaStatic), AREA_CANDIDATES);
    jobs.push({ id: p.name, kind: 'province', blocks, candidates, tone: 'map-label-province', dropCost: 200 });
  }

  // Optional labels get a "drop" candidate: an empty box far off the map.
  const DROPPED_BOX: Rect = { x: -1e6, y: -1e6, w: 0, h: 0 };
  const items: PlacementItem[] = jobs.map((j) => ({
    id: j.id,
    candidates:
      j.dropCost === null
        ? j.candidates
        : [...j.candidates, { box: DROPPED_BOX, leader: null, cost: j.dropCost, variant: -1 }],
    priority: j.dropCost === null ? 0 : 1000 - j.dropCost,
  }));
  const solved = solvePlacement(items, { padding: LABEL_PADDING, seed: input.seed ?? 1, iterationsPerItem: 6000 });
  const choice = [...solved.choice];
  // An optional label still in conflict is dropped; only mandatory conflicts are errors.
  const stillConflicted = (): number[] => {
    const out: number[] = [];
    items.forEach((it, i) => {
      const a = it.candidates[choice[i] ?? 0];
      if (!a) return;
      for (let j = 0; j < items.length; j++) {
        const b = items[j]?.candidates[choice[j] ?? 0];
        if (j !== i && b && pairCost(a, b, LABEL_PADDING) >= CONFLICT) {
          out.push(i);
          break;
        }
      }
    });
    return out;
  };
  for (const i of stillConflicted()) {
    const job = jobs[i];
    const item = items[i];
    if (job && item && job.dropCost !== null) choice[i] = item.candidates.length - 1;
  }
  const failed = stillConflicted()
    .map((i) => jobs[i]?.id ?? String(i))
    .sort(cmp);
  if (failed.length > 0) {
    throw new LabelPlacementError(
      `Cannot label ${failed.length} marker(s) without overlapping labels: ${failed.join(', ')}. ` +
        'Shorten their labels, enlarge the map (size) or its extent, lower the number of markers in that area, or split the markers across two maps.',
      failed,
    );
  }

  const texts: PlacedText[] = [];
  const leaders = new Map<string, Segment>();
  const dropped: string[] = [];
  jobs.forEach((job, i) => {
    const c = items[i]?.candidates[choice[i] ?? 0];
    if (!c) throw new Error(`Internal: no placement for ${job.id}`);
    if (c.variant < 0) {
      dropped.push(`${job.kind}:${job.id}`);
      return;
    }
    const block = job.blocks[c.variant];
    if (!block) throw new Error(`Internal: no text variant for ${job.id}`);
    texts.push({
      id: job.id,
      kind: job.kind,
      block,
      box: c.box,
      tone: job.tone,
      ...(job.letterSpacing ? { letterSpacing: job.letterSpacing } : {}),
    });
    if (c.leader) leaders.set(job.id, c.leader);
  });

  // --- SVG ----------------------------------------------------------------------
  const clipper = geoIdentity().clipExtent([
    [0, 0],
    [W, H],
  ]);
  const d = (g: GeoJSON.GeometryObject): string => {
    const ctx = new CompactPathContext();
    geoPath(clipper, ctx)(g);
    return ctx.toString();
  };
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" id="${esc(idPrefix)}" viewBox="0 0 ${W} ${H}" class="region-map" font-family="${esc(fontFamily)}" font-size="${fmt(fontSize)}" text-rendering="geometricPrecision">`,
  );
  out.push(`<title id="${esc(idPrefix)}-title">${esc(input.title)}</title>`);
  out.push(`<desc id="${esc(idPrefix)}-desc">${esc(input.description)}</desc>`);
  out.push(`<style>${MAP_STYLE}</style>`);
  out.push(`<rect class="map-sea" width="${W}" height="${H}"/>`);
  out.push(`<path class="map-land" d="${d(landMerged)}"/>`);
  out.push(`<path class="map-focus" d="${d(focusMerged)}"/>`);
  if (provinceLines) out.push(`<path class="map-provinces" d="${d(provinceLines)}"/>`);
  out.push(`<path class="map-borders" d="${d(borders)}"/>`);
  if (highlight) {
    const hd = d(highlight);
    out.push(
      `<g class="map-highlight-border"><path class="map-highlight-halo" d="${hd}"/><path class="map-highlight-line" d="${hd}"/></g>`,
    );
  }
  for (const b of boxOutlines) {
    const ring = b.pts.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L');
    out.push(`<path class="map-box" data-box="${esc(b.box.id)}" d="M${ring}Z"/>`);
  }

  const staticTexts = texts.filter((t) => t.kind !== 'marker');
  out.push(`<g class="map-labels">`);
  for (const t of staticTexts) out.push(textElement(t));
  out.push('</g>');

  out.push('<g class="map-markers">');
  for (const m of markers) {
    const id = m.marker.id;
    const t = texts.find((x) => x.id === id && x.kind === 'marker');
    if (!t) throw new Error(`Internal: marker label ${id} missing`);
    const parts: string[] = [];
    if (Math.hypot(m.sx - m.tx, m.sy - m.ty) > 3) {
      parts.push(`<path class="map-leader" d="M${fmt(m.tx)} ${fmt(m.ty)}L${fmt(m.sx)} ${fmt(m.sy)}"/>`);
      parts.push(`<circle class="map-true-place" cx="${fmt(m.tx)}" cy="${fmt(m.ty)}" r="2.6"/>`);
    }
    const leader = leaders.get(id);
    if (leader) {
      const seg = `M${fmt(leader.x1)} ${fmt(leader.y1)}L${fmt(leader.x2)} ${fmt(leader.y2)}`;
      parts.push(`<path class="map-leader-halo" d="${seg}"/><path class="map-leader" d="${seg}"/>`);
    }
    const sym = markPath(m.entry.look.mark, m.sx, m.sy, SYMBOL_R);
    parts.push(`<path class="map-symbol-halo" d="${sym}"/>`);
    parts.push(`<path class="map-symbol" d="${sym}" style="fill:${toneVar(m.entry.look)}"/>`);
    parts.push(textElement(t));
    out.push(
      `<g class="map-marker" data-key="${esc(id)}" data-step="${m.marker.step}" data-category="${esc(m.marker.category)}">${parts.join('')}</g>`,
    );
  }
  out.push('</g>');

  if (legendLayout && legendBox) {
    const { pad, rowHeight } = legendLayout;
    const lx = legendBox.x;
    const ly = legendBox.y;
    out.push(`<g class="map-legend">`);
    out.push(
      `<rect class="map-legend-frame" x="${fmt(lx)}" y="${fmt(ly)}" width="${fmt(legendBox.w)}" height="${fmt(legendBox.h)}" rx="4"/>`,
    );
    let y = ly + pad;
    if (legendLayout.title) {
      const block = legendLayout.title;
      const box: Rect = {
        x: round1(lx + pad),
        y: round1(y + (rowHeight - block.height) / 2),
        w: block.width,
        h: block.height,
      };
      const t: PlacedText = { id: 'legend-title', kind: 'legend', block, box, tone: 'map-legend-title' };
      texts.push(t);
      out.push(textElement(t, false));
      y += rowHeight;
    }
    for (const row of legendLayout.rows) {
      const cy = y + rowHeight / 2;
      const cx = lx + pad + SYMBOL_R + 2;
      out.push(
        `<path class="map-symbol" d="${markPath(row.entry.look.mark, cx, cy, SYMBOL_R)}" style="fill:${toneVar(row.entry.look)}"/>`,
      );
      const box: Rect = {
        x: round1(lx + pad + 2 * SYMBOL_R + 10),
        y: round1(cy - row.text.height / 2),
        w: row.text.width,
        h: row.text.height,
      };
      const t: PlacedText = {
        id: `legend:${row.entry.category}`,
        kind: 'legend',
        block: row.text,
        box,
        tone: 'map-legend-text',
      };
      texts.push(t);
      out.push(textElement(t, false));
      y += rowHeight;
    }
    out.push('</g>');
  }
  out.push('</svg>');

  const labels: LabelBox[] = texts.map((t) => ({
    id: t.id,
    kind: t.kind,
    text: t.block.lines.join('\n'),
    x: t.box.x,
    y: t.box.y,
    width: t.box.w,
    height: t.box.h,
  }));
  return {
    svg: out.join('\n'),
    width: W,
    height: H,
    labels,
    dropped,
    symbols: markers.map((m) => ({ id: m.marker.id, x: m.sx, y: m.sy, r: SYMBOL_CLEAR })),
    legendBox: legendBox ? { x: legendBox.x, y: legendBox.y, width: legendBox.w, height: legendBox.h } : null,
  };
}

/** A placed text, in its class's colour, on a ground of the paper's colour unless it sits in the legend's frame. */
function textElement(t: PlacedText, ground = true): string {
  const baseline = t.box.y + t.block.ascent;
  const x = fmt(t.box.x);
  const attrs = [
    `class="${t.tone}"`,
    `x="${x}"`,
    `y="${fmt(baseline)}"`,
    t.block.style.fontWeight === 700 ? 'font-weight="700"' : '',
    t.letterSpacing ? `letter-spacing="${fmt(t.letterSpacing)}"` : '',
  ].filter((a) => a !== '');
  const [first, ...rest] = t.block.lines;
  const tail = rest.map((line) => `<tspan x="${x}" dy="${fmt(t.block.lineAdvance)}">${esc(line)}</tspan>`).join('');
  const under = ground
    ? `<rect class="map-label-ground" x="${fmt(t.box.x - 2)}" y="${fmt(t.box.y)}" width="${fmt(t.box.w + 4)}" height="${fmt(t.box.h)}" rx="3"/>`
    : '';
  return `${under}<text ${attrs.join(' ')}>${esc(first ?? '')}${tail}</text>`;
}
