import type { RuleContext } from '../../../model/check-context.ts';
import type { DiagramKinds, TimelineEvent } from '../../../model/types.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';
import type { CountrySpec, GeoExtent, HighlightBorderSpec, ProvinceSpec } from '../../map/types.ts';

/** A place a map draws for orientation. */
export interface ReferencePlaceSpec {
  /** Its name as the map labels it, e.g. "Eastport"; unique on the map. */
  readonly name: string;
  /** Where it is, in degrees (longitude east, latitude north). */
  readonly at: { readonly lon: number; readonly lat: number };
}

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
      /**
       * Places drawn for orientation (cities), each a small square in ink with its name, always
       * shown and explained in the key; never an attack. Each must lie inside `extent`. Default: none.
       */
      readonly references?: readonly ReferencePlaceSpec[];
      /**
       * The talk's credit (`credits[].id`) of the map's data: its holder is printed on the map,
       * under the scale bar, as the data's maker asks to be credited. Default: no credit line.
       */
      readonly credit?: string;
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

/** Each reference place named once, with a name, inside the map's extent. */
function checkReferences(spec: DiagramKinds['map'], context: RuleContext, item: string): void {
  const { west, south, east, north } = spec.extent;
  const seen = new Set<string>();
  for (const [position, place] of (spec.references ?? []).entries()) {
    const field = `diagram.references[${position}]`;
    if (place.name.trim() === '') context.report(item, `${field}.name`, 'give the place its name');
    else if (seen.has(place.name))
      context.report(item, `${field}.name`, `'${place.name}' is listed twice; list each place once`);
    seen.add(place.name);
    const { lon, lat } = place.at;
    if (!(lon >= west && lon <= east && lat >= south && lat <= north))
      context.report(
        item,
        `${field}.at`,
        `'${place.name}' (${lon}, ${lat}) lies outside the map's extent; correct its coordinates or remove it`,
      );
  }
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
    checkReferences(spec, context, item);
    if (spec.credit !== undefined && !(context.talk.credits ?? []).some((credit) => credit.id === spec.credit))
      context.report(
        item,
        'diagram.credit',
        `'${spec.credit}' is not one of the talk's credits; name a credit id from the talk's credits (${(context.talk.credits ?? []).map((credit) => credit.id).join(', ') || 'none'})`,
      );
    if (markedEvents(context.talk.events, spec.marks).length === 0)
      context.report(
        item,
        'diagram.marks',
        `no attack with a place in ${spec.marks.join(', ')}; name the countries to mark`,
      );
  },
};
