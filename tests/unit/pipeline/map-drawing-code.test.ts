import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_DRAWING_CODE, MAP_DRAWING_MODULES } from '../../../src/pipeline/map-drawing-code.ts';

const MAP_FOLDER = resolve(import.meta.dirname, '../../../src/diagrams/map');

/** A module's name in the fingerprint: its file's name in camel case (`point-in-shape.ts` → `pointInShape`). */
const nameOf = (file: string): string =>
  basename(file, '.ts').replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase());

/** The map's own modules (not its tests, nor its types, which hold no code), and the modules of src/ they import. */
function drawingModules(): string[] {
  const own = readdirSync(MAP_FOLDER).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'types.ts',
  );
  const imported = own.flatMap((file) =>
    [...readFileSync(join(MAP_FOLDER, file), 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.\.\/[^']+)';/gm)].map(
      (match) => resolve(dirname(join(MAP_FOLDER, file)), match[1] ?? ''),
    ),
  );
  return [...new Set([...own, ...imported].map(nameOf))].sort();
}

describe("the map's drawing code, in the drawings' cache key", () => {
  it('takes in every module that draws a map, so a change to any of them draws the maps again', () => {
    const listed = Object.keys(MAP_DRAWING_MODULES);
    expect(drawingModules().filter((name) => !listed.includes(name))).toEqual([]);
    expect(MAP_DRAWING_CODE).toMatch(/^[0-9a-f]{16}$/);
  });
});
