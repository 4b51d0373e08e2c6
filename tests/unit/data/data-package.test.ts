import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { talk as mainTalk } from '../../../slides/index.ts';
import { loadCitationStyle } from '../../../src/citations/csl-files.ts';
import { talkBibliography } from '../../../src/citations/talk-bibliography.ts';
import { COLUMNS, eventRow, readCell } from '../../../src/data/columns.ts';
import { dataPackage } from '../../../src/data/data-package.ts';
import { eventRecords } from '../../../src/data/event-record.ts';
import type { Talk } from '../../../src/model/types.ts';
import { talk as veraneTalk } from '../../../talks/verane/index.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

const profile = (name: string): object =>
  JSON.parse(readFileSync(new URL(`../../fixtures/frictionless/${name}.json`, import.meta.url), 'utf8')) as object;
// Formats the profiles name for editors ("textarea") are not validation formats.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
const validPackage = ajv.compile(profile('datapackage'));
const validTableSchema = ajv.compile(profile('tableschema'));

function packageOf(talk: Talk): ReadonlyMap<string, string> {
  return dataPackage(talk, talkBibliography(talk, loadCitationStyle(talk.lang, talk.citationStyle)));
}

function file(files: ReadonlyMap<string, string>, name: string): string {
  const content = files.get(name);
  if (content === undefined) throw new Error(`the package has no ${name}`);
  return content;
}

type Descriptor = { resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string }> } }> };

function csvRows(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe.each([
  ['the main talk', mainTalk],
  ['the French talk', veraneTalk],
  ['the fixture talk', guildsTalk],
])('the data package of %s', (_name, talk) => {
  const files = packageOf(talk);
  const descriptor = JSON.parse(file(files, 'datapackage.json')) as Descriptor;

  it('is a valid Data Package, and its events table a valid Table Schema, by the standard’s own JSON Schemas', () => {
    expect(validPackage(descriptor), ajv.errorsText(validPackage.errors)).toBe(true);
    const events = descriptor.resources.find((resource) => resource.name === 'events');
    expect(validTableSchema(events?.schema), ajv.errorsText(validTableSchema.errors)).toBe(true);
  });

  it('ships every file its descriptor names', () => {
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(
      [...files.keys()].filter((name) => name !== 'datapackage.json').sort(),
    );
  });

  it('documents every column of events.csv, in order', () => {
    const header = Papa.parse<string[]>(file(files, 'events.csv')).data[0];
    const fields = descriptor.resources.find((resource) => resource.name === 'events')?.schema?.fields ?? [];
    expect(fields.map((field) => field.name)).toEqual(header);
  });

  it('round-trips: events.csv read back by its schema gives the same events', () => {
    const rows = csvRows(file(files, 'events.csv')).map((row) =>
      Object.fromEntries(COLUMNS.map((column) => [column.name, readCell(column, row[column.name] ?? '')])),
    );
    expect(rows).toEqual(eventRecords(talk).map(eventRow));
  });

  it('holds every event once, in events.csv and events.json, and every source once, in CSL-JSON and BibTeX', () => {
    const ids = talk.events.map((event) => event.id);
    expect(csvRows(file(files, 'events.csv')).map((row) => row['event_id'])).toEqual(ids);
    const nested = JSON.parse(file(files, 'events.json')) as { events: Array<{ id: string }> };
    expect(nested.events.map((event) => event.id)).toEqual(ids);
    const sources = talk.sources.map((source) => source.id);
    expect((JSON.parse(file(files, 'sources.json')) as Array<{ id: string }>).map((item) => item.id)).toEqual(sources);
    const keys = [...file(files, 'sources.bib').matchAll(/^@\w+\{([^,]+),$/gm)].map((match) => match[1]);
    expect(keys).toEqual(sources);
  });
});

describe('events.csv and sources.bib with hostile text', () => {
  const hostile = mutate(guildsTalk, (t) => {
    t.events[0]!.title = 'Quotes " and, commas;\nand a line break';
    t.sources[1]!.title = 'A & B: 100% of $x_y$ {braces} #1';
  });
  const files = packageOf(hostile);

  it('quotes cells so a reader gets the title back exactly', () => {
    expect(csvRows(file(files, 'events.csv'))[0]?.['title']).toBe('Quotes " and, commas;\nand a line break');
  });

  it('escapes TeX’s special characters in BibTeX', () => {
    const bib = file(files, 'sources.bib');
    // {B}: a capital kept as typed, the BibTeX way.
    expect(bib).toContain(
      'title = {A \\& {B}: 100\\% of \\textdollar{}x\\textunderscore{}y\\textdollar{} \\textbraceleft{}braces\\textbraceright{} \\#1}',
    );
  });
});

describe('the validator', () => {
  it('refuses a broken descriptor: an unknown field type and a resource without a path', () => {
    const broken = { resources: [{ name: 'events' }] };
    expect(validPackage(broken)).toBe(false);
    expect(validTableSchema({ fields: [{ name: 'event_id', type: 'words' }] })).toBe(false);
  });
});

describe('the codebook', () => {
  it('says how a claim, a claim whose name is not stated, competing claims, an attribution, a range and an uncertain date are coded', () => {
    const text = COLUMNS.map((column) => column.description).join('\n');
    for (const phrase of [
      'A claim:',
      'name the source does not state',
      'Competing claims:',
      'An attribution:',
      'a range',
      'an uncertain date',
    ])
      expect(text).toContain(phrase);
  });

  it('names the ACLED or GTD equivalent where one matches', () => {
    const named = COLUMNS.filter((column) => column.equivalents).map((column) => column.name);
    expect(named).toEqual(
      expect.arrayContaining(['event_id', 'date_start', 'latitude', 'claimed', 'competing_claims']),
    );
  });
});
