import { markedEvents } from '../diagrams/kinds/map/spec.ts';
import { countryNameAt } from '../model/countries.ts';
import { allSlides } from '../model/talk-index.ts';
import type { ContentRule } from './rule.ts';

/**
 * Every place lies on land in the country it names, as the map data (Natural Earth,
 * 1:50m) draws that country: a point at sea, or across a border, would put a marker
 * where the event did not happen. Country names are Natural Earth's (e.g. "France").
 */
const onLandInCountry: ContentRule = {
  name: 'places-on-land',
  check({ talk, report }) {
    for (const event of talk.events) {
      const place = event.place;
      if (!place || !Number.isFinite(place.at.lat) || !Number.isFinite(place.at.lon)) continue;
      const found = countryNameAt(place.at.lon, place.at.lat);
      if (found === place.country) continue;
      const where = `${place.at.lat}, ${place.at.lon}`;
      report(
        `event '${event.id}'`,
        'place.at',
        found === null
          ? `${where} is at sea on the map; give a point on land in ${place.country}`
          : `${where} lies in ${found}, not in ${place.country}; fix the point, or name the country as the map does`,
      );
    }
  },
};

/** Every attack a map marks lies inside the area the map draws. */
const onItsMap: ContentRule = {
  name: 'places-on-their-map',
  check({ talk, report }) {
    for (const slide of allSlides(talk)) {
      if (slide.kind !== 'diagram' || slide.diagram.kind !== 'map') continue;
      const { extent, marks } = slide.diagram;
      for (const event of markedEvents(talk.events, marks)) {
        const { lat, lon } = event.place.at;
        if (lon >= extent.west && lon <= extent.east && lat >= extent.south && lat <= extent.north) continue;
        report(
          `slide '${slide.id}'`,
          'diagram.extent',
          `does not hold event '${event.id}' at ${lat}, ${lon}; widen the extent or leave ${event.place.country} out of its marks`,
        );
      }
    }
  },
};

/** Rules on places and maps. */
export const PLACE_RULES: readonly ContentRule[] = [onLandInCountry, onItsMap];
