/**
 * One event as the data package gives it: the nested record of events.json, read from the
 * talk's model through one small mapping function per part (date, place, claim, attribution,
 * figure). When the model grows (a claim whose name is not stated, a figure given as a range,
 * an uncertain date), the mapping of that part is the one place to change, and the columns
 * (columns.ts) read these records, never the model.
 */
import { isoDate } from '../model/dates.ts';
import type { Attribution, Claim, Figure, PartialDate, Talk, TimelineEvent } from '../model/types.ts';

/** A date as given: ISO 8601 to the precision the source gives (`2016`, `2016-08`, `2016-08-12`). */
export interface DateRecord {
  readonly start: string;
  /** The end of a span; null for a single date. */
  readonly end: string | null;
  readonly precision: 'year' | 'month' | 'day';
  /** True when the sources do not settle the date; the engine's model has no such dates yet, so always false. */
  readonly uncertain: boolean;
}

export interface PlaceRecord {
  readonly name: string;
  readonly region: string | null;
  readonly country: string;
  readonly latitude: number;
  readonly longitude: number;
  /** How precisely the point places the event: site, town, district, province or country. */
  readonly precision: string;
}

export interface ClaimRecord {
  /** Id of the group the claim was made in the name of; null when the source does not state the name. */
  readonly claimant: string | null;
  readonly claimantName: string | null;
  readonly nameStated: boolean;
  /** Id of the outlet that published it (an outlet never claims), null when no source says. */
  readonly outlet: string | null;
  readonly source: string;
  readonly outletSource: string | null;
  /** When the claim was made, when that was well after the event. */
  readonly date: string | null;
}

export interface AttributionRecord {
  readonly group: string;
  readonly groupName: string;
  readonly source: string;
}

export interface FigureRecord {
  readonly label: string;
  /** The number; for a range, its low end. */
  readonly low: number;
  /** The high end of a range; equal to `low` for a single number. */
  readonly high: number;
  /** The source's hedge ("at least", "about"…), null when it states the number flatly. */
  readonly hedge: string | null;
  readonly source: string;
}

export interface EventRecord {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly date: DateRecord;
  readonly place: PlaceRecord | null;
  readonly origin: 'article' | 'context';
  readonly actors: readonly string[];
  /** Whether the event is an attack with responsibility to code; null for events that are not attacks. */
  readonly claimed: boolean | null;
  readonly claims: readonly ClaimRecord[];
  /** More than one name claimed the same attack. */
  readonly competingClaims: boolean;
  /** The source that reports nobody claimed it. */
  readonly unclaimedSource: string | null;
  readonly attributions: readonly AttributionRecord[];
  readonly figures: readonly FigureRecord[];
  readonly source: string;
  readonly record: ReadonlyArray<{ readonly differs: boolean; readonly detail: string; readonly source: string }>;
  /** Every source the event's data cites, once each. */
  readonly sources: readonly string[];
}

function precisionOf(date: PartialDate): DateRecord['precision'] {
  if (date.day !== undefined) return 'day';
  return date.month !== undefined ? 'month' : 'year';
}

export function dateRecord(event: TimelineEvent): DateRecord {
  return {
    start: isoDate(event.date),
    end: event.until ? isoDate(event.until) : null,
    precision: precisionOf(event.date),
    uncertain: false,
  };
}

export function placeRecord(event: TimelineEvent): PlaceRecord | null {
  const place = event.place;
  if (!place) return null;
  return {
    name: place.name,
    region: place.region ?? null,
    country: place.country,
    latitude: place.at.lat,
    longitude: place.at.lon,
    precision: place.at.precision,
  };
}

export function claimRecord(talk: Talk, claim: Claim): ClaimRecord {
  return {
    // A claim whose source does not state its name keeps the claimant empty: the data never guesses it.
    claimant: claim.madeIn,
    claimantName: claim.madeIn === null ? null : groupName(talk, claim.madeIn),
    nameStated: claim.madeIn !== null,
    outlet: claim.outlet?.outlet ?? null,
    source: claim.source.source,
    outletSource: claim.outlet?.source.source ?? null,
    date: claim.date ? isoDate(claim.date) : null,
  };
}

export function attributionRecord(talk: Talk, attribution: Attribution): AttributionRecord {
  return { group: attribution.group, groupName: groupName(talk, attribution.group), source: attribution.source.source };
}

export function figureRecord(figure: Figure): FigureRecord {
  return {
    label: figure.label,
    low: figure.amount,
    high: figure.amount,
    hedge: figure.hedge,
    source: figure.source.source,
  };
}

function groupName(talk: Talk, id: string): string {
  return talk.groups.find((group) => group.id === id)?.name ?? id;
}

export function eventRecord(talk: Talk, event: TimelineEvent): EventRecord {
  const responsibility = event.responsibility;
  const claims = (responsibility?.claims ?? []).map((claim) => claimRecord(talk, claim));
  const claimants = new Set(claims.map((claim) => claim.claimant ?? ''));
  const figures = event.figures.map(figureRecord);
  const attributions = (responsibility?.attributions ?? []).map((attribution) => attributionRecord(talk, attribution));
  const record = event.record.map((note) => ({
    differs: note.differs,
    detail: note.detail,
    source: note.source.source,
  }));
  const sources = [
    event.source.source,
    ...figures.map((figure) => figure.source),
    ...claims.flatMap((claim) => [claim.source, ...(claim.outletSource ? [claim.outletSource] : [])]),
    ...(responsibility?.unclaimed ? [responsibility.unclaimed.source] : []),
    ...attributions.map((attribution) => attribution.source),
    ...record.map((note) => note.source),
  ];
  return {
    id: event.id,
    title: event.title,
    shortTitle: event.shortTitle,
    date: dateRecord(event),
    place: placeRecord(event),
    origin: event.origin,
    actors: event.actors,
    claimed: responsibility ? claims.length > 0 : null,
    claims,
    competingClaims: claimants.size > 1,
    unclaimedSource: responsibility?.unclaimed?.source ?? null,
    attributions,
    figures,
    source: event.source.source,
    record,
    sources: [...new Set(sources)],
  };
}

/** Every event of the talk, in its order. */
export function eventRecords(talk: Talk): EventRecord[] {
  return talk.events.map((event) => eventRecord(talk, event));
}
