import { spawnSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The talks alone (`tsconfig.content.json`: `slides/` and `talks/`), type-checked: its errors and its program's files. */
function checkContent(): { errors: string[]; files: string[] } {
  const run = spawnSync(
    resolve(ROOT, 'node_modules/.bin/tsc'),
    ['--noEmit', '--listFiles', '-p', 'tsconfig.content.json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  return {
    errors: lines.filter((line) => /error TS\d+/.test(line)),
    files: lines
      .filter((line) => line.startsWith('/') && !line.includes('node_modules'))
      .map((line) => relative(ROOT, line)),
  };
}

describe('src/schema.ts', () => {
  const { errors, files } = checkContent();

  it('types every talk on its own: slides/ and talks/ type-check with no error', () => {
    expect(errors).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['slides/index.ts', 'talks/verane/index.ts', 'src/schema.ts']));
  });

  it('brings every kind’s fields in through the specs, and no renderer', () => {
    expect(files.filter((path) => path.endsWith('/spec.ts'))).toHaveLength(15);
    // The map spec's fields are typed by the map's input types: type-only modules, erased at run time.
    const typesOnly = new Set(['src/diagrams/map/types.ts', 'src/diagrams/svg/text-measure.ts']);
    const drawing = files.filter(
      (path) => /\/render\.ts$|renderers\.ts$|^src\/diagrams\/(map|svg|finish)\//.test(path) && !typesOnly.has(path),
    );
    expect(drawing).toEqual([]);
  });
});
