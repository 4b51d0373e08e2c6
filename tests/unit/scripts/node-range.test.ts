import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { BROWSER_ONLY, nodeNote } from '../../../scripts/node-range.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Declared {
  readonly name: string;
  readonly node: string;
}

/** Every installed package's declared Node range, nested installs included. */
function declaredRanges(folder: string): Declared[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((entry): Declared[] => {
    if (entry.startsWith('.')) return [];
    const path = join(folder, entry);
    if (entry.startsWith('@')) return declaredRanges(path);
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) return [];
    const { name, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      engines?: { node?: string };
    };
    const own = name && engines?.node ? [{ name, node: engines.node }] : [];
    return [...own, ...declaredRanges(join(path, 'node_modules'))];
  });
}

/** Node releases to hold the ranges against: the oldest and newest of each line the ranges mention. */
const RELEASES = ['20.19.0', '20.20.2', '21.7.3', '22.0.0', '22.11.0', '22.12.0', '23.11.0', '24.0.0', '25.0.0'];

describe('the declared Node range', () => {
  const ours = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines
    .node;
  const installed = declaredRanges(join(ROOT, 'node_modules'));

  it('is accepted by every package that runs in Node; only browser-only packages ask for more', () => {
    expect(installed.length).toBeGreaterThan(50);
    const narrower = installed.flatMap(({ name, node }) => {
      const refused = RELEASES.filter((release) => semver.satisfies(release, ours) && !semver.satisfies(release, node));
      return refused.length > 0 ? [`${name} (${node}) refuses Node ${refused.join(', ')}`] : [];
    });
    const unexplained = narrower.filter(
      (line) => !Object.keys(BROWSER_ONLY).some((name) => line.startsWith(`${name} (`)),
    );
    expect(unexplained, `narrow package.json engines.node (${ours}), or explain the package in BROWSER_ONLY`).toEqual(
      [],
    );
  });

  it('includes the Node the machine and CI run (20)', () => {
    expect(semver.satisfies('20.19.0', ours)).toBe(true);
    expect(semver.satisfies(process.version, ours)).toBe(true);
  });

  it('notes the expected warnings on Node 20 and says nothing on 22', () => {
    expect(nodeNote('v20.20.2')).toMatch(/EBADENGINE[\s\S]*mermaid[\s\S]*only ever run inside Chromium/);
    expect(nodeNote('v22.12.0')).toBeNull();
  });
});
