import type { TimelineEvent } from '../../../model/types.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';
import type { CountrySpec, GeoExtent, HighlightBorderSpec, ProvinceSpec } from '../../map/types.ts';

declare module '../../../model/types.ts' {
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

/** An attack with a place: what a map marks. */
export type PlacedAttack = TimelineEvent & { readonly place: NonNullable<TimelineEvent['place']> };

/** The attacks a map marks: events with a claim record and a place in one of its countries, in date order. */
export function markedEvents(events: readonly TimelineEvent[], countries: readonly string[]): PlacedAttack[] {
  return events.filter(
    (event): event is PlacedAttack =>
      event.responsibility !== undefined && event.place !== null && countries.includes(event.place.country),
  );
}

export const mapDiagramSpec: DiagramKindSpec<'map'> = {
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
};
