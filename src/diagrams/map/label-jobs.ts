/**
 * Phase 7a of a map: every label to place, with its text variants and its candidate
 * positions, filtered by the obstacles and priced by what they cover. Marker and
 * summary-box labels are mandatory; border, country and province labels are optional,
 * each with a cost of leaving it out, and keep the cheapest varied of their positions.
 */
import type { TextMeasurer } from '../svg/text-measure.ts';
import type { BoxOutline } from './boxes.ts';
import {
  AREA_CANDIDATES,
  type AreaTier,
  areaProspects,
  borderLabelCandidates,
  boxLabelCandidates,
  type LabelArea,
  markerCandidates,
  nearbyProspects,
} from './candidates.ts';
import type { Geography } from './geography.ts';
import type { Candidate, Rect } from './label-placement.ts';
import { GROUP_OWNER, type PlacedMarker } from './markers.ts';
import { type Obstacles, REFERENCE_OWNER } from './obstacles.ts';
import { insideFraction, type PlanarShape, shapeContains } from './planar.ts';
import { cheapestVaried, knownProspects, type Prospect } from './prospects.ts';
import type { ProvinceShape } from './provinces.ts';
import { type PlacedReference, REFERENCE_CLEAR, REFERENCE_HALF } from './references.ts';
import { labelVariants, layoutText, type TextBlock, textStyle } from './text-layout.ts';
import { type CountrySpec, type LabelKind, LabelPlacementError, type RegionMapInput } from './types.ts';
import { visibleCentre } from './visual-centre.ts';

export interface LabelJob {
  readonly id: string;
  readonly kind: LabelKind;
  readonly blocks: readonly TextBlock[];
  readonly candidates: readonly Candidate[];
  /** The text's class, which gives its colour. */
  readonly tone: string;
  /** Cost of leaving the label out, or null when it is mandatory. */
  readonly dropCost: number | null;
}

/** What the label phases share: the map's parts, its obstacles, how text is set. */
export interface LabelContext {
  readonly input: RegionMapInput;
  readonly viewport: Rect;
  readonly geography: Geography;
  readonly markers: readonly PlacedMarker[];
  readonly references: readonly PlacedReference[];
  readonly outlines: readonly BoxOutline[];
  readonly obstacles: Obstacles;
  readonly measure: TextMeasurer;
  readonly fontSize: number;
}

/**
 * A symbol's label positions (see `markerCandidates`) that fit, each priced also by what it
 * covers: its leader crossing the highlighted border, or the label sitting in another country
 * than its symbol's place (a city's label drawn in the neighbouring country misleads; over the
 * sea is neutral). The place's own country is looked up once, not once per position.
 */
function symbolLabelCandidates(
  context: LabelContext,
  symbol: {
    readonly x: number;
    readonly y: number;
    readonly r: number;
    readonly clear: number;
    readonly reach?: number;
  },
  place: { readonly trueX: number; readonly trueY: number },
  blocks: readonly TextBlock[],
  owner: string,
): Candidate[] {
  const { geography, obstacles } = context;
  const home = geography.countryAt(place.trueX, place.trueY);
  return markerCandidates(symbol.x, symbol.y, blocks, symbol)
    .filter((candidate) => obstacles.labelFits(candidate.box, candidate.leader, owner))
    .map((candidate) => {
      const { box, leader } = candidate;
      const crossesBorder = leader !== null && geography.highlight !== null && obstacles.leaderCrossesBorder(leader);
      const there = geography.countryAt(box.x + box.w / 2, box.y + box.h / 2);
      const elsewhere = there !== null && there !== home;
      return { ...candidate, cost: candidate.cost + ((crossesBorder ? 12 : 0) + (elsewhere ? 8 : 0)) };
    });
}

function markerJobs(context: LabelContext): LabelJob[] {
  const style = textStyle(context.fontSize, 700);
  return context.markers
    .filter((marker) => marker.group === null)
    .map((marker) => {
      const id = marker.marker.id;
      const blocks = labelVariants(marker.marker.label, style, context.measure);
      const candidates = symbolLabelCandidates(context, marker, marker, blocks, id);
      return { id, kind: 'marker', blocks, candidates, tone: 'map-label-marker', dropCost: null };
    });
}

/** A group's members' centre and the radius their symbols cover around it. */
export function groupFootprint(members: readonly PlacedMarker[]): { x: number; y: number; r: number; clear: number } {
  const x = members.reduce((sum, marker) => sum + marker.x, 0) / Math.max(1, members.length);
  const y = members.reduce((sum, marker) => sum + marker.y, 0) / Math.max(1, members.length);
  const reach = (marker: PlacedMarker, radius: number): number => Math.hypot(marker.x - x, marker.y - y) + radius;
  return {
    x,
    y,
    r: Math.max(...members.map((marker) => reach(marker, marker.r))),
    clear: Math.max(...members.map((marker) => reach(marker, marker.clear))),
  };
}

/** One label per group, beside or off the cluster of its members' symbols; mandatory like a marker's. */
function groupJobs(context: LabelContext): LabelJob[] {
  const style = textStyle(context.fontSize, 700);
  return (context.input.groups ?? []).map((group) => {
    const members = context.markers.filter((marker) => marker.group === group.id);
    const footprint = groupFootprint(members);
    const blocks = labelVariants(group.label, style, context.measure);
    const place = { trueX: footprint.x, trueY: footprint.y };
    const candidates = symbolLabelCandidates(context, footprint, place, blocks, `${GROUP_OWNER}${group.id}`);
    return { id: group.id, kind: 'group', blocks, candidates, tone: 'map-label-marker', dropCost: null };
  });
}

/** How far a city's name may sit from its square: beside it, or off with a short leader when attacks' symbols cover it. */
const REFERENCE_REACH = 120;

/** The reference places' names: mandatory, in the regular weight, next to their squares. */
function referenceJobs(context: LabelContext): LabelJob[] {
  const style = textStyle(context.fontSize, 400);
  const size = { r: REFERENCE_HALF * Math.SQRT2, clear: REFERENCE_CLEAR, reach: REFERENCE_REACH };
  return context.references.map((reference) => {
    const owner = `${REFERENCE_OWNER}${reference.place.id}`;
    const blocks = labelVariants(reference.place.label, style, context.measure);
    const place = { trueX: reference.x, trueY: reference.y };
    const candidates = symbolLabelCandidates(
      context,
      { ...size, x: reference.x, y: reference.y },
      place,
      blocks,
      owner,
    );
    return {
      id: reference.place.id,
      kind: 'reference',
      blocks,
      candidates,
      tone: 'map-label-reference',
      dropCost: null,
    };
  });
}

function boxJobs(context: LabelContext): LabelJob[] {
  const style = textStyle(context.fontSize, 400);
  return context.outlines.map((outline) => {
    const blocks = labelVariants(outline.box.label, style, context.measure);
    const candidates = boxLabelCandidates(outline.bounds, blocks)
      .filter((candidate) => context.obstacles.labelFits(candidate.box, null, null))
      .map((candidate) => ({
        ...candidate,
        cost: candidate.cost + 6 * insideFraction(context.geography.focusShape, candidate.box, context.viewport),
      }));
    return { id: outline.box.id, kind: 'box', blocks, candidates, tone: 'map-label-box', dropCost: null };
  });
}

/** The mandatory labels, or a refusal naming those with no position left at all. */
export function mandatoryJobs(context: LabelContext): LabelJob[] {
  const jobs = [...markerJobs(context), ...groupJobs(context), ...referenceJobs(context), ...boxJobs(context)];
  const stuck = jobs.filter((job) => job.candidates.length === 0).map((job) => job.id);
  if (stuck.length > 0)
    throw new LabelPlacementError(
      `No room for the labels of: ${stuck.join(', ')}. Every position is off the map, on the legend, on the highlighted border or on another symbol. ` +
        'Shorten these labels, enlarge the map (size) or its extent, or split the markers across two maps.',
      stuck,
    );
  return jobs;
}

function areaFits(context: LabelContext, box: Rect): boolean {
  return context.obstacles.areaLabelFits(box);
}

function borderJob(context: LabelContext): LabelJob[] {
  const label = context.input.highlightBorder?.label;
  const line = context.geography.highlight;
  if (!label || !line) return [];
  const block = layoutText([label], textStyle(context.fontSize, 400), context.measure);
  const candidates = cheapestVaried(
    knownProspects(borderLabelCandidates(line, block), (box) => areaFits(context, box)),
    AREA_CANDIDATES,
  );
  return [
    { id: 'highlight-border', kind: 'border', blocks: [block], candidates, tone: 'map-label-border', dropCost: 250 },
  ];
}

/** Whether a label beside a small country would lie over another country's land (it would name the wrong one). */
function overOtherLand(context: LabelContext, own: PlanarShape, box: Rect): boolean {
  for (let column = 0; column <= 6; column++)
    for (let row = 0; row <= 2; row++) {
      const [x, y] = [box.x + (box.w * column) / 6, box.y + (box.h * row) / 2];
      if (shapeContains(own, x, y)) continue;
      if (context.geography.countryAt(x, y)) return true;
    }
  return false;
}

/** Text variants of some alternatives, and which alternative each variant sets. */
function variantsOf(alternatives: readonly string[], context: LabelContext, weight: 400 | 700) {
  const style = textStyle(context.fontSize, weight);
  const sets = alternatives.map((alternative) => labelVariants(alternative, style, context.measure));
  return { blocks: sets.flat(), alternativeOf: sets.flatMap((set, index) => set.map(() => index)) };
}

/** Where a country's name may go: inside it, and for a focus country also partly outside or beside it, at a price. */
function countryProspects(
  context: LabelContext,
  area: LabelArea,
  spec: CountrySpec,
  blocks: readonly TextBlock[],
  alternativeOf: readonly number[],
): Prospect[] {
  const fits = (box: Rect): boolean => areaFits(context, box);
  const inside: AreaTier = { minInside: 0.85, extra: 0, fits };
  if (spec.role !== 'focus') return areaProspects(area, blocks, alternativeOf, [inside], context.viewport);
  // Small or crowded focus countries: partly outside, across a summary box's outline, or beside the country over the sea.
  const partly: AreaTier = { minInside: 0.6, extra: 25, fits };
  const acrossOutline: AreaTier = {
    minInside: 0.6,
    extra: 60,
    fits: (box) => context.obstacles.labelFits(box, null, null),
  };
  const tiers = context.outlines.length > 0 ? [inside, partly, acrossOutline] : [inside, partly];
  return [
    ...areaProspects(area, blocks, alternativeOf, tiers, context.viewport),
    ...nearbyProspects(area, blocks, alternativeOf, {
      extra: 30,
      fits: (box) => fits(box) && !overOtherLand(context, area.shape, box),
    }),
  ];
}

/** A shape with its visual centre, or null when the map shows none of it. */
function labelArea(shape: PlanarShape, viewport: Rect): LabelArea | null {
  const centre = visibleCentre(shape.polygons, viewport);
  return centre ? { shape, centre } : null;
}

function countryJobs(context: LabelContext): LabelJob[] {
  return context.input.countries.flatMap((spec): LabelJob[] => {
    const shape = context.geography.countries.find((country) => country.name === spec.name)?.shape;
    if (spec.label === false || !shape) return [];
    const area = labelArea(shape, context.viewport);
    if (!area) return [];
    const focus = spec.role === 'focus';
    const names =
      spec.label === undefined ? [spec.name] : typeof spec.label === 'string' ? [spec.label] : [...spec.label];
    // Upper case, and no letter-spacing: a PDF would hold spaced letters as separate words, and a reader could not search the name.
    const { blocks, alternativeOf } = variantsOf(
      names.map((name) => name.toUpperCase()),
      context,
      focus ? 700 : 400,
    );
    const candidates = cheapestVaried(countryProspects(context, area, spec, blocks, alternativeOf), AREA_CANDIDATES);
    return [
      {
        id: spec.name,
        kind: 'country',
        blocks,
        candidates,
        tone: focus ? 'map-label-focus' : 'map-label-country',
        dropCost: focus ? 600 : 120,
      },
    ];
  });
}

function provinceJobs(context: LabelContext, provinces: readonly ProvinceShape[]): LabelJob[] {
  return provinces.flatMap((province): LabelJob[] => {
    if (province.label === false) return [];
    const area = labelArea(province.shape, context.viewport);
    if (!area) return [];
    const { blocks, alternativeOf } = variantsOf(province.label, context, 400);
    const fits = (box: Rect): boolean => areaFits(context, box);
    const candidates = cheapestVaried(
      areaProspects(area, blocks, alternativeOf, [{ minInside: 0.8, extra: 0, fits }], context.viewport),
      AREA_CANDIDATES,
    );
    return [{ id: province.name, kind: 'province', blocks, candidates, tone: 'map-label-province', dropCost: 200 }];
  });
}

/** The optional labels: the border's, the countries', the provinces'. */
export function optionalJobs(context: LabelContext, provinces: readonly ProvinceShape[]): LabelJob[] {
  return [...borderJob(context), ...countryJobs(context), ...provinceJobs(context, provinces)];
}
