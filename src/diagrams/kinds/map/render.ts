import { markKey } from '../../../model/responsibility.ts';
import type { TalkIndex } from '../../../model/talk-index.ts';
import type { TimelineEvent } from '../../../model/types.ts';
import { claimLegend, markOf, spokenMark } from '../../claim-marks.ts';
import { type DiagramKindRenderer, type DiagramStep, diagramId, type MapDrawingInput } from '../../diagram-kind.ts';
import { unique } from '../../graph-parts.ts';
import type { LegendEntry, MapMarker } from '../../map/types.ts';
import { markedEvents, type PlacedAttack } from './spec.ts';

/** The slide's map canvas, in CSS px at the 1280×720 design size: drawn at scale 1, so 20 px type shows at 20 px. */
export const MAP_SIZE = { width: 1184, height: 430 } as const;
const MAP_FONT_SIZE = 20;

function legendOf(index: TalkIndex, attacks: readonly TimelineEvent[]): LegendEntry[] {
  return claimLegend(index, attacks).map(({ key, text, look }) => ({ category: key, text, look }));
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
