/**
 * The columns of events.csv: one table that gives each column's name, type, meaning, allowed
 * values, its ACLED or GTD equivalent, and how its cell is read from an event's record. The
 * CSV writer, the CSV reader of the tests and the Data Package's schema all read this list,
 * so a new field is one entry here.
 */
import type { EventRecord, FigureRecord } from './event-record.ts';

/** A cell as the table holds it before it is written: lists are written as JSON arrays (Table Schema `array`). */
export type Cell = string | number | boolean | null | readonly (string | boolean)[];

export interface Column {
  readonly name: string;
  /** Table Schema type. */
  readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  /** What the column means, and how the cases it codes are coded. */
  readonly description: string;
  readonly constraints?: {
    readonly required?: boolean;
    readonly unique?: boolean;
    readonly enum?: readonly string[];
    readonly pattern?: string;
    readonly minimum?: number;
    readonly maximum?: number;
  };
  /** The matching field of ACLED's or the Global Terrorism Database's codebook, where one matches. */
  readonly equivalents?: { readonly acled?: string; readonly gtd?: string };
  readonly cell: (event: EventRecord) => Cell;
}

const ISO_PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** "at least 56 killed": a figure as a reader says it, hedge first; a range as "low–high". */
export function figureText(figure: FigureRecord): string {
  const amount = figure.low === figure.high ? String(figure.low) : `${figure.low}–${figure.high}`;
  return [figure.hedge, amount, figure.label].filter(Boolean).join(' ');
}

export const COLUMNS: readonly Column[] = [
  {
    name: 'event_id',
    type: 'string',
    description: 'The event’s id in the talk; also its permalink in the reading edition (read/#<event_id>).',
    constraints: { required: true, unique: true, pattern: '^[a-z0-9-]+$' },
    equivalents: { acled: 'event_id_cnty', gtd: 'eventid' },
    cell: (event) => event.id,
  },
  {
    name: 'date_start',
    type: 'string',
    description:
      'When it happened, ISO 8601 to the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD (a string, since a year alone is not a full date).',
    constraints: { required: true, pattern: ISO_PARTIAL_DATE },
    equivalents: { acled: 'event_date', gtd: 'iyear, imonth, iday' },
    cell: (event) => event.date.start,
  },
  {
    name: 'date_end',
    type: 'string',
    description: 'The end of a span (e.g. formed over 2014–2015), in the same form; empty for a single date.',
    constraints: { pattern: ISO_PARTIAL_DATE },
    equivalents: { gtd: 'extended, resolution' },
    cell: (event) => event.date.end,
  },
  {
    name: 'date_precision',
    type: 'string',
    description: 'How precisely the source dates it: day, month or year.',
    constraints: { required: true, enum: ['day', 'month', 'year'] },
    equivalents: { acled: 'time_precision (1 = day, 3 = month or more)' },
    cell: (event) => event.date.precision,
  },
  {
    name: 'date_uncertain',
    type: 'boolean',
    description:
      'True when the sources do not settle the date (an uncertain date: date_start is the earliest the sources allow, date_end the latest); false when they do.',
    constraints: { required: true },
    equivalents: { gtd: 'approxdate' },
    cell: (event) => event.date.uncertain,
  },
  {
    name: 'title',
    type: 'string',
    description: 'What happened, in a few words, as the year slide shows it.',
    constraints: { required: true },
    equivalents: { acled: 'notes', gtd: 'summary' },
    cell: (event) => event.title,
  },
  {
    name: 'short_title',
    type: 'string',
    description: 'A very short label, as the overview timelines and maps show it.',
    constraints: { required: true },
    cell: (event) => event.shortTitle,
  },
  {
    name: 'origin',
    type: 'string',
    description:
      'article: stated by the talk’s main source (an opinion piece), cited verbatim; context: from other reporting, which it cites.',
    constraints: { required: true, enum: ['article', 'context'] },
    cell: (event) => event.origin,
  },
  {
    name: 'place',
    type: 'string',
    description:
      'Where it happened, as precisely as the sources give it; empty for events with no place (a declaration, an estimate).',
    equivalents: { acled: 'location', gtd: 'city' },
    cell: (event) => event.place?.name ?? null,
  },
  {
    name: 'region',
    type: 'string',
    description: 'Province, state or district, when known.',
    equivalents: { acled: 'admin1', gtd: 'provstate' },
    cell: (event) => event.place?.region ?? null,
  },
  {
    name: 'country',
    type: 'string',
    description: 'The country, by its English short name.',
    equivalents: { acled: 'country', gtd: 'country_txt' },
    cell: (event) => event.place?.country ?? null,
  },
  {
    name: 'latitude',
    type: 'number',
    description: 'WGS 84 latitude of the point that places it (see geo_precision).',
    constraints: { minimum: -90, maximum: 90 },
    equivalents: { acled: 'latitude', gtd: 'latitude' },
    cell: (event) => event.place?.latitude ?? null,
  },
  {
    name: 'longitude',
    type: 'number',
    description: 'WGS 84 longitude of the point that places it.',
    constraints: { minimum: -180, maximum: 180 },
    equivalents: { acled: 'longitude', gtd: 'longitude' },
    cell: (event) => event.place?.longitude ?? null,
  },
  {
    name: 'geo_precision',
    type: 'string',
    description:
      'How precisely the point places the event: on the site, in the town, the district, the province, or only the country.',
    constraints: { enum: ['site', 'town', 'district', 'province', 'country'] },
    equivalents: { acled: 'geo_precision (1 = town, 2 = district, 3 = province)', gtd: 'specificity' },
    cell: (event) => event.place?.precision ?? null,
  },
  {
    name: 'actors',
    type: 'array',
    description:
      'Ids of the groups involved (perpetrators, targets that are groups, actors of a policy), as a JSON array.',
    equivalents: { acled: 'actor1, actor2', gtd: 'gname, targtype1' },
    cell: (event) => event.actors,
  },
  {
    name: 'claimed',
    type: 'boolean',
    description:
      'For attacks: true when at least one claim of responsibility is reported, false when a source reports nobody claimed it (see unclaimed_source); empty for events that are not attacks.',
    equivalents: { gtd: 'claimed (1, 0; -9 unknown)' },
    cell: (event) => event.claimed,
  },
  {
    name: 'claimants',
    type: 'array',
    description:
      'A claim: the id of the group in whose name each claim was made, as its source reports it, in the order made (JSON array). A claim whose name the source does not state is coded "" here and counted in claims_name_not_stated; it is never filled in from an outlet’s usual wording.',
    equivalents: { gtd: 'gname (with claimed = 1), gname2, gname3' },
    cell: (event) => event.claims.map((claim) => claim.claimant ?? ''),
  },
  {
    name: 'claimant_names',
    type: 'array',
    description: 'The full names of the claimants, in the same order; "" for a claim whose name is not stated.',
    cell: (event) => event.claims.map((claim) => claim.claimantName ?? ''),
  },
  {
    name: 'claims_name_not_stated',
    type: 'integer',
    description: 'How many of the claims were reported without the name they were made in.',
    constraints: { required: true, minimum: 0 },
    cell: (event) => event.claims.filter((claim) => !claim.nameStated).length,
  },
  {
    name: 'claim_outlets',
    type: 'array',
    description:
      'For each claim, the id of the outlet that published it (an outlet publishes, it never claims), "" where no source says; same order as claimants.',
    equivalents: { gtd: 'claimmode' },
    cell: (event) => event.claims.map((claim) => claim.outlet ?? ''),
  },
  {
    name: 'claim_sources',
    type: 'array',
    description: 'For each claim, the id of the source that reports it (see sources.json); same order as claimants.',
    cell: (event) => event.claims.map((claim) => claim.source),
  },
  {
    name: 'competing_claims',
    type: 'boolean',
    description:
      'Competing claims: true when claims were made in more than one name for the same event; each keeps its own source in claim_sources.',
    constraints: { required: true },
    equivalents: { gtd: 'compclaim' },
    cell: (event) => event.competingClaims,
  },
  {
    name: 'unclaimed_source',
    type: 'string',
    description: 'When nobody claimed an attack: the id of the source that reports so.',
    cell: (event) => event.unclaimedSource,
  },
  {
    name: 'attributed_to',
    type: 'array',
    description:
      'An attribution: ids of the groups that reporting or officials hold responsible, where that differs from or adds to the claims. Kept apart from claimants: a claim is what a group says, an attribution what others say.',
    equivalents: { gtd: 'gname (with claimed = 0), guncertain1' },
    cell: (event) => event.attributions.map((attribution) => attribution.group),
  },
  {
    name: 'attribution_sources',
    type: 'array',
    description: 'For each attribution, the id of the source that makes it; same order as attributed_to.',
    cell: (event) => event.attributions.map((attribution) => attribution.source),
  },
  {
    name: 'figures',
    type: 'array',
    description:
      'The numbers the sources give, each with its hedge exactly as the source words it ("at least 56 killed"); a range is written low–high. The figures’ low, high, hedge, label and source are separate fields in events.json.',
    equivalents: { acled: 'fatalities', gtd: 'nkill, nwound' },
    cell: (event) => event.figures.map(figureText),
  },
  {
    name: 'source',
    type: 'string',
    description: 'The id of the source the event rests on (see sources.json and sources.bib).',
    constraints: { required: true },
    equivalents: { acled: 'source', gtd: 'scite1' },
    cell: (event) => event.source,
  },
  {
    name: 'sources',
    type: 'array',
    description: 'The ids of every source the event’s data cites (claims, figures, record), once each.',
    equivalents: { gtd: 'scite1, scite2, scite3' },
    cell: (event) => event.sources,
  },
  {
    name: 'record_differs',
    type: 'boolean',
    description:
      'True when other reporting contradicts or corrects the main source on this event (the notes are in events.json, under record).',
    constraints: { required: true },
    cell: (event) => event.record.some((note) => note.differs),
  },
];

/** One event as a row of the table. */
export function eventRow(event: EventRecord): Record<string, Cell> {
  return Object.fromEntries(COLUMNS.map((column) => [column.name, column.cell(event)]));
}

/** A cell as CSV text: empty for none, JSON for a list, `true`/`false` for a boolean. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return JSON.stringify(cell);
  return String(cell);
}

/** A CSV cell read back by its column's type: what a Table Schema reader does. */
export function readCell(column: Column, text: string): Cell {
  if (text === '') return column.type === 'array' ? [] : null;
  switch (column.type) {
    case 'number':
    case 'integer':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'array':
      return JSON.parse(text) as string[];
    default:
      return text;
  }
}
