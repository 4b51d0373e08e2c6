import { geoDistance } from 'd3-geo';
import { deathsOf } from '../../../model/magnitude.ts';
import { markKey } from '../../../model/responsibility.ts';
import type { TalkIndex } from '../../../model/talk-index.ts';
import type { TimelineEvent } from '../../../model/types.ts';
import { claimLegend, markOf, spokenMark } from '../../claim-marks.ts';
import {
  type DiagramKindRenderer,
  type DiagramStep,
  diagramId,
  frameOf,
  type MapDrawingInput,
} from '../../diagram-kind.ts';
import { unique } from '../../graph-parts.ts';
import { overlappingMarkers } from '../../map/clusters.ts';
import type { LegendEntry, MapFooter, MapMarker, MarkerGroup, ReferencePlace, SizeKey } from '../../map/types.ts';
import { markedEvents, type PlacedAttack } from './spec.ts';

const MAP_FONT_SIZE = 20;

function legendOf(index: TalkIndex, attacks: readonly TimelineEvent[]): LegendEntry[] {
  return claimLegend(index, attacks).map(({ key, text, look }) => ({ category: key, text, look }));
}

/** Round numbers the size key may show. */
const SIZE_SAMPLES = [10, 25, 50, 100, 150, 200, 300, 500] as const;

/** Two or three sample sizes: the smallest, the largest not above the largest figure drawn, and one between. */
function sizeSamples(sizes: readonly number[]): number[] {
  const largest = Math.max(0, ...sizes);
  const fitting = SIZE_SAMPLES.filter((sample) => sample <= largest);
  if (fitting.length === 0) return [SIZE_SAMPLES[0]];
  const [first = SIZE_SAMPLES[0], last = first] = [fitting[0], fitting[fitting.length - 1]];
  const middle = fitting.filter((sample) => sample > first && sample < last).find((sample) => sample * 3 >= last);
  return [...new Set([first, ...(middle === undefined ? [] : [middle]), last])];
}

function sizeKey(index: TalkIndex, sizes: readonly (number | null)[]): SizeKey {
  const known = sizes.filter((size): size is number => size !== null);
  return {
    title: index.words.diagrams.killed,
    samples: sizeSamples(known),
    unknown: index.words.diagrams.noDeathFigure,
  };
}

function footerOf(index: TalkIndex, credit: string | undefined): MapFooter {
  const holder = (index.talk.credits ?? []).find((candidate) => candidate.id === credit)?.holder;
  return { unit: index.words.diagrams.kilometres, ...(holder ? { credit: holder } : {}) };
}

function referencesOf(places: readonly { name: string; at: { lon: number; lat: number } }[]): ReferencePlace[] {
  return places.map((place) => ({ id: place.name, label: place.name, lon: place.at.lon, lat: place.at.lat }));
}

/** How far every attack of a group may lie from a reference place for the group to be named as its area. */
const AREA_KM = 60;
const EARTH_RADIUS_KM = 6371.0088;

/**
 * The markers that would overlap at the map's size, as groups with their count: named as a
 * reference place's area when every attack lies near it, else by the attacks' own places.
 */
function groupsOf(
  index: TalkIndex,
  input: Pick<MapDrawingInput, 'extent' | 'size' | 'markers' | 'sizeKey'>,
  attacks: readonly PlacedAttack[],
  references: readonly ReferencePlace[],
): MarkerGroup[] {
  return overlappingMarkers(input).map((members, position) => {
    const events = attacks.filter((event) => members.includes(event.id));
    const km = (event: PlacedAttack, place: ReferencePlace): number =>
      geoDistance([event.place.at.lon, event.place.at.lat], [place.lon, place.lat]) * EARTH_RADIUS_KM;
    // The reference place most of the attacks lie near names their area; the others are named by their own places.
    const near = (place: ReferencePlace): PlacedAttack[] => events.filter((event) => km(event, place) <= AREA_KM);
    const area = [...references]
      .sort((a, b) => near(b).length - near(a).length)
      .find((place) => near(place).length > 1);
    const others = events.filter((event) => !area || !near(area).includes(event));
    const places = [
      ...(area ? [index.words.diagrams.mapArea(area.label)] : []),
      ...unique(others.map((event) => event.place.short ?? event.place.name)),
    ];
    const label = index.words.diagrams.mapGroup(index.formats.list(places, 'conjunction'), members.length);
    return { id: `group-${position + 1}`, label, members };
  });
}

function markerLabel(index: TalkIndex, event: PlacedAttack): string {
  return index.words.diagrams.mapLabel(event.place.short ?? event.place.name, event.date.year);
}

export const mapDiagramRenderer: DiagramKindRenderer<'map'> = {
  kind: 'map',
  generate(spec, index, slide) {
    const attacks = markedEvents(index.talk.events, spec.marks).filter(
      (event) => !(spec.leaveOff ?? []).includes(event.id),
    );
    const legend = legendOf(index, attacks);
    // Area by deaths, the figure the year strip sizes its marks by: the latest count of each kind of dead.
    const markers: MapMarker[] = attacks.map((event) => ({
      id: event.id,
      label: markerLabel(index, event),
      lon: event.place.at.lon,
      lat: event.place.at.lat,
      step: event.date.year,
      category: markKey(markOf(event)),
      size: deathsOf(event, index.words.stage.deathTerms),
    }));
    const references = referencesOf(spec.references ?? []);
    const elsewhere = spec.elsewhere;
    const counted = elsewhere ? markedEvents(index.talk.events, elsewhere.countries) : [];
    const description = attacks.map((event) => spokenMark(index, markerLabel(index, event), event)).join('; ');
    const ungrouped: MapDrawingInput = {
      title: slide.title,
      description,
      idPrefix: diagramId(slide),
      extent: spec.extent,
      // Drawn at scale 1 in its frame, so 20 px type shows at 20 px.
      size: { width: frameOf(slide).width, height: frameOf(slide).height },
      fontSize: MAP_FONT_SIZE,
      countries: spec.countries,
      ...(spec.border ? { highlightBorder: spec.border } : {}),
      ...(spec.provincesOf ? { provincesOf: spec.provincesOf } : {}),
      ...(elsewhere
        ? {
            boxes: [
              {
                id: 'elsewhere',
                extent: elsewhere.extent,
                label: index.words.diagrams.elsewhere(
                  counted.length,
                  index.formats.list(elsewhere.countries, 'conjunction'),
                ),
              },
            ],
          }
        : {}),
      markers,
      ...(references.length > 0 ? { references, referenceLegend: index.words.diagrams.referencePlace } : {}),
      sizeKey: sizeKey(
        index,
        markers.map((marker) => marker.size ?? null),
      ),
      footer: footerOf(index, spec.credit),
      legend,
      legendTitle: index.words.diagrams.claimedInName,
    };
    // Markers that would overlap are drawn at their true places under one label, never pushed apart.
    const groups = groupsOf(index, ungrouped, attacks, references);
    const input: MapDrawingInput = groups.length > 0 ? { ...ungrouped, groups } : ungrouped;
    const years = unique(attacks.map((event) => event.date.year)).sort((a, b) => a - b);
    const steps: DiagramStep[] = years.map((year) => ({
      label: String(year),
      keys: attacks.filter((event) => event.date.year === year).map((event) => event.id),
    }));
    // What a marker asserts is who claimed the attack; the attacks' own sources are cited on their year slides.
    const cited = attacks.flatMap((event) => [
      ...(event.responsibility?.claims ?? []).map((claim) => claim.source.source),
      ...(event.responsibility?.unclaimed ? [event.responsibility.unclaimed.source] : []),
    ]);
    return {
      id: diagramId(slide),
      slideId: slide.id,
      title: slide.title,
      description,
      drawing: { engine: 'map', map: input },
      sources: unique(cited),
      growth: { before: [], steps, later: [] },
    };
  },
};
