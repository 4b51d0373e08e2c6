import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newestInput, staleReason } from '../../../src/export/ensure-build.ts';

describe('when the deck must be rebuilt', () => {
  it('builds when there is no built deck', () => {
    expect(staleReason(null, { path: 'slides/events.ts', mtimeMs: 1 })).toBe('there is no built deck yet');
    expect(staleReason(null, null)).toBe('there is no built deck yet');
  });

  it('builds when an input is newer than the built deck, and names it', () => {
    expect(staleReason(1000, { path: 'slides/events.ts', mtimeMs: 2000 })).toBe(
      'slides/events.ts changed since the last build',
    );
  });

  it('does not build when the built deck is newer than every input', () => {
    expect(staleReason(2000, { path: 'slides/events.ts', mtimeMs: 1000 })).toBeNull();
    expect(staleReason(2000, null)).toBeNull();
  });
});

describe('the newest input', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function file(path: string, secondsSinceEpoch: number): void {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, secondsSinceEpoch, secondsSinceEpoch);
  }

  it('is found in nested folders and single files, and missing inputs are skipped', () => {
    root = mkdtempSync(join(tmpdir(), 'ensure-build-'));
    file('slides/events.ts', 1000);
    file('src/deck/slides/year.ts', 3000);
    file('index.html', 2000);
    file('unrelated/newer.ts', 9000);
    expect(newestInput(root, ['slides', 'src', 'index.html', 'vite.config.ts'])).toEqual({
      path: join('src', 'deck', 'slides', 'year.ts'),
      mtimeMs: 3_000_000,
    });
  });

  it('is null when no input exists', () => {
    root = mkdtempSync(join(tmpdir(), 'ensure-build-'));
    expect(newestInput(root, ['slides'])).toBeNull();
  });
});
