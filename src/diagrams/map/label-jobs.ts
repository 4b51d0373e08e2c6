/**
 * Phase 7a of a map: every label to place, with its text variants and its candidate
 * positions, filtered by the obstacles and priced by what they cover. Marker and
 * summary-box labels are mandatory; border, country and province labels are optional,
 * each with a cost of leaving it out.
 */
import type { TextMeasurer } from '../svg/text-measure.ts';
import type { BoxOutline } from './boxes.ts';
import {
  AREA_CANDIDATES,
  areaCandidates,
  borderLabelCandidates,
  boxLabelCandidates,
  diverse,
  markerCandidates,
  nearbyCandidates,
} from './candidates.ts';
import type { CountryShape, Geography } from './geography.ts';
import type { Candidate, Rect, Segment } from './label-placement.ts';
import { GROUP_OWNER, type PlacedMarker } from './markers.ts';
import { type Obstacles, REFERENCE_OWNER } from './obstacles.ts';
import { insideFraction, type PlanarShape, shapeContainsFast, visualCentre } from './planar.ts';
import type { ProvinceShape } from './provinces.ts';
import { type PlacedReference, REFERENCE_CLEAR, REFERENCE_HALF } from './references.ts';
import { labelVariants, layoutText, type TextBlock, textStyle } from './text-layout.ts';
import { type CountrySpec, type LabelKind, LabelPlacementError, type RegionMapInput } from './types.ts';

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

/** The country a point lies in, by the shapes drawn; null at sea. */
function countryAt(countries: readonly CountryShape[], x: number, y: number): PlanarShape | null {
  return countries.find((country) => shapeContainsFast(country.shape, x, y))?.shape ?? null;
}

/**
 * Extra cost of a marker label: its leader crossing the highlighted border, or the label
 * sitting in another country than its marker (a city's label drawn in the neighbouring
 * country misleads). Over the sea is neutral.
 */
function markerCoverCost(
  context: LabelContext,
  marker: { readonly trueX: number; readonly trueY: number },
  box: Rect,
  leader: Segment | null,
): number {
  const { geography } = context;
  let cost = 0;
  if (leader && geography.highlight && context.obstacles.leaderCrossesBorder(leader)) cost += 12;
  const home = countryAt(geography.countries, marker.trueX, marker.trueY);
  const there = countryAt(geography.countries, box.x + box.w / 2, box.y + box.h / 2);
  if (there && there !== home) cost += 8;
  return cost;
}

function markerJobs(context: LabelContext): LabelJob[] {
  const style = textStyle(context.fontSize, 700);
  return context.markers
    .filter((marker) => marker.group === null)
    .map((marker) => {
      const id = marker.marker.id;
      const blocks = labelVariants(marker.marker.label, style, context.measure);
      const candidates = markerCandidates(marker.x, marker.y, blocks, marker)
        .filter((candidate) => context.obstacles.labelFits(candidate.box, candidate.leader, id))
        .map((candidate) => ({
          ...candidate,
          cost: candidate.cost + markerCoverCost(context, marker, candidate.box, candidate.leader),
        }));
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
    const candidates = markerCandidates(footprint.x, footprint.y, blocks, footprint)
      .filter((candidate) => context.obstacles.labelFits(candidate.box, candidate.leader, `${GROUP_OWNER}${group.id}`))
      .map((candidate) => ({
        ...candidate,
        cost: candidate.cost + markerCoverCost(context, place, candidate.box, candidate.leader),
      }));
    return { id: group.id, kind: 'group', blocks, candidates, tone: 'map-label-marker', dropCost: null };
  });
}

/** How far a city's name may sit from its square: beside it, or off with a short leader when attacks' symbols cover it. */
const REFERENCE_REACH = 120;

/** The reference places' names: mandatory, in the regular weight, next to their squares. */
function referenceJobs(context: LabelContext): LabelJob[] {
  const style = textStyle(context.fontSize, 400);
  const symbol = { r: REFERENCE_HALF * Math.SQRT2, clear: REFERENCE_CLEAR, reach: REFERENCE_REACH };
  return context.references.map((reference) => {
    const owner = `${REFERENCE_OWNER}${reference.place.id}`;
    const blocks = labelVariants(reference.place.label, style, context.measure);
    const place = { trueX: reference.x, trueY: reference.y };
    const candidates = markerCandidates(reference.x, reference.y, blocks, symbol)
      .filter((candidate) => context.obstacles.labelFits(candidate.box, candidate.leader, owner))
      .map((candidate) => ({
        ...candidate,
        cost: candidate.cost + markerCoverCost(context, place, candidate.box, candidate.leader),
      }));
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
  return context.obstacles.labelFits(box, null, null) && !context.obstacles.crossesOutline(box);
}

function borderJob(context: LabelContext): LabelJob[] {
  const label = context.input.highlightBorder?.label;
  const line = context.geography.highlight;
  if (!label || !line) return [];
  const block = layoutText([label], textStyle(context.fontSize, 400), context.measure);
  const candidates = diverse(
    borderLabelCandidates(line, block).filter((candidate) => areaFits(context, candidate.box)),
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
      if (shapeContainsFast(own, x, y)) continue;
      if (countryAt(context.geography.countries, x, y)) return true;
    }
  return false;
}

/** Text variants of some alternatives, and which alternative each variant sets. */
function variantsOf(alternatives: readonly string[], context: LabelContext, weight: 400 | 700) {
  const style = textStyle(context.fontSize, weight);
  const sets = alternatives.map((alternative) => labelVariants(alternative, style, context.measure));
  return { blocks: sets.flat(), alternativeOf: sets.flatMap((set, index) => set.map(() => index)) };
}

function countryCandidates(
  context: LabelContext,
  shape: PlanarShape,
  spec: CountrySpec,
  blocks: readonly TextBlock[],
  alternativeOf: readonly number[],
): Candidate[] {
  const { viewport } = context;
  const fits = (box: Rect): boolean => areaFits(context, box);
  const inside = areaCandidates(shape, blocks, alternativeOf, 0.85, viewport, fits);
  if (spec.role !== 'focus') return inside;
  const priced = (candidates: Candidate[], extra: number): Candidate[] =>
    candidates.map((candidate) => ({ ...candidate, cost: candidate.cost + extra }));
  // Small or crowded focus countries: partly outside, across a summary box's outline, or beside the country over the sea.
  return [
    ...inside,
    ...priced(areaCandidates(shape, blocks, alternativeOf, 0.6, viewport, fits), 25),
    ...(context.outlines.length > 0
      ? priced(
          areaCandidates(shape, blocks, alternativeOf, 0.6, viewport, (box) =>
            context.obstacles.labelFits(box, null, null),
          ),
          60,
        )
      : []),
    ...priced(
      nearbyCandidates(
        shape,
        blocks,
        alternativeOf,
        viewport,
        (box) => fits(box) && !overOtherLand(context, shape, box),
      ),
      30,
    ),
  ];
}

function countryJobs(context: LabelContext): LabelJob[] {
  return context.input.countries.flatMap((spec): LabelJob[] => {
    const shape = context.geography.countries.find((country) => country.name === spec.name)?.shape;
    if (spec.label === false || !shape || !visualCentre(shape, context.viewport)) return [];
    const focus = spec.role === 'focus';
    const names =
      spec.label === undefined ? [spec.name] : typeof spec.label === 'string' ? [spec.label] : [...spec.label];
    // Upper case, and no letter-spacing: a PDF would hold spaced letters as separate words, and a reader could not search the name.
    const { blocks, alternativeOf } = variantsOf(
      names.map((name) => name.toUpperCase()),
      context,
      focus ? 700 : 400,
    );
    const candidates = diverse(countryCandidates(context, shape, spec, blocks, alternativeOf), AREA_CANDIDATES);
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
    if (province.label === false || !visualCentre(province.shape, context.viewport)) return [];
    const { blocks, alternativeOf } = variantsOf(province.label, context, 400);
    const fits = (box: Rect): boolean => areaFits(context, box);
    const candidates = diverse(
      areaCandidates(province.shape, blocks, alternativeOf, 0.8, context.viewport, fits),
      AREA_CANDIDATES,
    );
    return [{ id: province.name, kind: 'province', blocks, candidates, tone: 'map-label-province', dropCost: 200 }];
  });
}

/** The optional labels: the border's, the countries', the provinces'. */
export function optionalJobs(context: LabelContext, provinces: readonly ProvinceShape[]): LabelJob[] {
  return [...borderJob(context), ...countryJobs(context), ...provinceJobs(context, provinces)];
}
