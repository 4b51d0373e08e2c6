import { markKey } from '../../model/responsibility.ts';
import type { TalkIndex } from '../../model/talk-index.ts';
import type { TimelineEvent } from '../../model/types.ts';
import { claimLegend, markOf, spokenMark } from '../claim-marks.ts';
import { type DiagramKind, type DiagramStep, diagramId, type MapDrawingInput } from '../diagram-kind.ts';
import { unique } from '../graph-parts.ts';
import { insideExtent } from '../map/draw-map.ts';
import type {
  CountrySpec,
  GeoExtent,
  HighlightBorderSpec,
  LegendEntry,
  MapMarker,
  ProvinceSpec,
} from '../map/types.ts';

declare module '../../model/types.ts' {
  interface DiagramKinds {
    /**
     * A map of where attacks happened: one marker per attack (an event with `responsibility`)
     * in the countries it marks, revealed year by year, shaped and coloured by the name its
     * claim was made in (hollow neutral marks for a name not stated, competing claims or none),
     * with a legend. Drawn from Natural Earth data at build time.
     */
    map: {
      /** The area that must be visible, in degrees; the map shows what the slide's shape adds around it. */
      readonly extent: GeoExtent;
      /** Countries drawn: `focus` ones light with bold labels, `context` ones as land with light labels. */
      readonly countries: readonly CountrySpec[];
      /** Countries whose attacks get a marker. */
      readonly marks: readonly string[];
      /** A shared border drawn thick, and its label. */
      readonly border?: HighlightBorderSpec;
      /** A country whose provinces are drawn. */
      readonly provincesOf?: ProvinceSpec;
      /**
       * Attacks this map leaves off, by event id, where a nearby attack of the same year leaves
       * no room for their labels; they stay in the chronology, the overviews, the notes and the
       * handout, and the slide's notes should say so. Default: none.
       */
      readonly leaveOff?: readonly string[];
      /** Attacks another map shows: a dashed box over this area that counts those in these countries. */
      readonly elsewhere?: { readonly extent: GeoExtent; readonly countries: readonly string[] };
    };
  }
}

/** The slide's map canvas, in CSS px at the 1280×720 design size: drawn at scale 1, so 20 px type shows at 20 px. */
export const MAP_SIZE = { width: 1184, height: 430 } as const;
const MAP_FONT_SIZE = 20;

/** An attack with a place: what a map marks. */
type PlacedAttack = TimelineEvent & { readonly place: NonNullable<TimelineEvent['place']> };

/** The attacks a map marks: events with a claim record and a place in one of its countries, in date order. */
export function markedEvents(events: readonly TimelineEvent[], countries: readonly string[]): PlacedAttack[] {
  return events.filter(
    (event): event is PlacedAttack =>
      event.responsibility !== undefined && event.place !== null && countries.includes(event.place.country),
  );
}

function legendOf(index: TalkIndex, attacks: readonly TimelineEvent[]): LegendEntry[] {
  return claimLegend(index, attacks).map(({ key, text, look }) => ({ category: key, text, look }));
}

function markerLabel(index: TalkIndex, event: PlacedAttack): string {
  return index.words.diagrams.mapLabel(event.place.short ?? event.place.name, event.date.year);
}

export const mapDiagram: DiagramKind<'map'> = {
  kind: 'map',
  check(spec, context, item) {
    const { west, south, east, north } = spec.extent;
    if (!(west < east && south < north && south >= -90 && north <= 90 && west >= -180 && east <= 180))
      context.report(item, 'diagram.extent', 'give west < east and south < north, in degrees');
    const marked = markedEvents(context.talk.events, spec.marks).map((event) => event.id);
    for (const [position, id] of (spec.leaveOff ?? []).entries())
      if (!marked.includes(id))
        context.report(
          item,
          `diagram.leaveOff[${position}]`,
          `'${id}' is not an attack this map marks; name an attack with a place in ${spec.marks.join(', ')}`,
        );
    if (markedEvents(context.talk.events, spec.marks).length === 0)
      context.report(
        item,
        'diagram.marks',
        `no attack with a place in ${spec.marks.join(', ')}; name the countries to mark`,
      );
  },
  generate(spec, index, slide) {
    const attacks = markedEvents(index.talk.events, spec.marks).filter(
      (event) => !(spec.leaveOff ?? []).includes(event.id),
    );
    const legend = legendOf(index, attacks);
    const markers: MapMarker[] = attacks.map((event) => ({
      id: event.id,
      label: markerLabel(index, event),
      lon: event.place.at.lon,
      lat: event.place.at.lat,
      step: event.date.year,
      category: markKey(markOf(event)),
    }));
    const elsewhere = spec.elsewhere;
    const counted = elsewhere ? markedEvents(index.talk.events, elsewhere.countries) : [];
    const description = attacks.map((event) => spokenMark(index, markerLabel(index, event), event)).join('; ');
    const input: MapDrawingInput = {
      title: slide.title,
      description,
      idPrefix: diagramId(slide),
      extent: spec.extent,
      size: MAP_SIZE,
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
      legend,
      legendTitle: index.words.diagrams.claimedInName,
    };
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

/** Whether a point lies inside a map's area. */
export function onMap(extent: GeoExtent, lat: number, lon: number): boolean {
  return insideExtent(extent, lon, lat);
}
