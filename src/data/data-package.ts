/**
 * The talk's data as a Frictionless Data Package: events.csv (one row per event, in columns a
 * spreadsheet can filter), events.json (the same events, nested), sources.json (CSL-JSON),
 * sources.bib (BibTeX) and datapackage.json, whose schema documents every column. Pure: it
 * returns the files, the build writes them.
 */
import Papa from 'papaparse';
import type { Bibliography } from '../citations/bibliography.ts';
import type { Talk } from '../model/types.ts';
import { bibtexOf } from './bibtex.ts';
import { COLUMNS, type Column, cellText, eventRow } from './columns.ts';
import { type EventRecord, eventRecords } from './event-record.ts';

/** Where the package goes inside a build's output, and the reading edition links to it. */
export const DATA_DIR = 'data';

/** The Data Package profile the descriptor follows. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The files of the package, by name inside `data/`. */
export type DataPackageFiles = ReadonlyMap<string, string>;

/** events.csv: a header of the columns' names, then one row per event. */
export function eventsCsv(events: readonly EventRecord[]): string {
  const rows = events.map((event) => {
    const row = eventRow(event);
    return COLUMNS.map((column) => cellText(row[column.name] ?? null));
  });
  return Papa.unparse({ fields: COLUMNS.map((column) => column.name), data: rows }, { newline: '\r\n' });
}

function fieldDescriptor(column: Column): Record<string, unknown> {
  const { acled, gtd } = column.equivalents ?? {};
  const equivalents = [acled && `ACLED: ${acled}`, gtd && `GTD: ${gtd}`].filter(Boolean).join('; ');
  return {
    name: column.name,
    type: column.type,
    description: equivalents ? `${column.description} Equivalent — ${equivalents}.` : column.description,
    ...(column.constraints ? { constraints: column.constraints } : {}),
  };
}

/** datapackage.json: the package, its resources, and the codebook of events.csv as a Table Schema. */
export function dataPackageDescriptor(talk: Talk, bibliography: Bibliography): Record<string, unknown> {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: packageName(talk.title),
    title: talk.title,
    description: `${talk.subtitle}. The events of the talk’s chronology, their claims, attributions, figures and places, and the sources they cite.`,
    sources: talk.sources.map((source) => ({
      title: `${source.publisher}: ${source.title}`,
      path: new URL(source.url).href,
    })),
    resources: [
      {
        name: 'events',
        path: 'events.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description:
          'One row per event. Lists (claimants, sources…) are JSON arrays in their cell; a claim, its outlet and its source keep the same position in claimants, claim_outlets and claim_sources.',
        schema: {
          fields: COLUMNS.map(fieldDescriptor),
          primaryKey: ['event_id'],
          missingValues: [''],
        },
      },
      {
        name: 'events-nested',
        path: 'events.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description:
          'The same events, nested: each has date {start, end, precision, uncertain}, place, claims [{claimant, claimantName, nameStated, outlet, source, outletSource, date}], attributions [{group, groupName, source}], figures [{label, low, high, hedge, source}] (low = high for a single number) and record [{differs, detail, source}].',
      },
      {
        name: 'sources',
        path: 'sources.json',
        format: 'json',
        mediatype: 'application/vnd.citationstyles.csl+json',
        encoding: 'utf-8',
        description: `Every source the talk cites, in CSL-JSON, numbered in the talk’s order; the talk formats them in the CSL style ${bibliography.style} (${bibliography.locale}).`,
      },
      {
        name: 'sources-bibtex',
        path: 'sources.bib',
        format: 'bib',
        mediatype: 'application/x-bibtex',
        encoding: 'utf-8',
        description: 'The same sources in BibTeX, keyed by the source ids used in events.csv.',
      },
    ],
  };
}

/** A Data Package name: lowercase letters, digits, `-`, `.` and `_`. */
export function packageName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'talk-data';
}

/** Every file of the package. */
export function dataPackage(talk: Talk, bibliography: Bibliography): DataPackageFiles {
  const events = eventRecords(talk);
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    ['events.csv', eventsCsv(events)],
    ['events.json', json({ events })],
    ['sources.json', json(bibliography.items)],
    ['sources.bib', bibtexOf(bibliography.items)],
    ['datapackage.json', json(dataPackageDescriptor(talk, bibliography))],
  ]);
}
