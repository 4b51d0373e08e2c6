import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stampedTalk, talkStampTag } from '../../../src/contract.ts';
import { deckStaleness, ENGINE_INPUTS, newestInput, staleReason } from '../../../src/export/ensure-build.ts';
import { deckInputs, writeTalkInputs } from '../../../src/pipeline/staleness.mjs';
import { OutputClashError, talkFolder } from '../../../src/pipeline/talk-folder.ts';

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

describe('whether a talk’s deck is stale (the one check, src/pipeline/staleness.mjs)', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function file(path: string, secondsSinceEpoch: number, text = ''): void {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    utimesSync(full, secondsSinceEpoch, secondsSinceEpoch);
  }

  /** A project whose talk imports data from outside its folder, built at 5000 s. */
  function project(stamp: string | null): ReturnType<typeof talkFolder> {
    root = mkdtempSync(join(tmpdir(), 'staleness-'));
    file('src/engine.ts', 1000);
    file('slides/index.ts', 1000);
    file('shared/figures.ts', 1000);
    const talk = talkFolder(root, 'slides');
    writeTalkInputs(talk.inputsFile, root, [join(root, 'slides/index.ts'), join(root, 'shared/figures.ts')]);
    const head = stamp === null ? '' : talkStampTag(stamp);
    file('dist/index.html', 5000, `<!doctype html><html><head>${head}<title>T</title></head></html>`);
    return talk;
  }

  it('is up to date when the deck is newer than the engine, the folder and everything the talk imports', () => {
    const talk = project('slides');
    expect(deckStaleness(root, talk)).toBeNull();
  });

  it('notices a change to data the talk imports from outside its folder, and names the file', () => {
    const talk = project('slides');
    file('shared/figures.ts', 9000);
    expect(deckStaleness(root, talk)).toBe(`${join('shared', 'figures.ts')} changed since the last build`);
  });

  it('notices an imported file that is gone', () => {
    const talk = project('slides');
    rmSync(join(root, 'shared/figures.ts'));
    expect(deckStaleness(root, talk)).toBe('shared/figures.ts is gone since the last build');
  });

  it('rebuilds a deck that carries no talk stamp, and refuses a folder that holds another talk’s deck', () => {
    expect(deckStaleness(root, project(null))).toMatch(/carries no talk stamp/);
    rmSync(root, { recursive: true, force: true });
    const talk = project('talks/single');
    expect(() => deckStaleness(root, talk)).toThrow(OutputClashError);
    expect(() => deckStaleness(root, talk)).toThrow(/dist\/ holds the deck of talks\/single\/, not of slides\//);
  });

  it('reads back the stamp the build writes, whatever the talk’s path holds', () => {
    for (const id of ['slides', 'talks/a "b" & <c>', '../up/there']) expect(stampedTalk(talkStampTag(id))).toBe(id);
    expect(stampedTalk('<html><head><title>x</title></head></html>')).toBeNull();
  });

  it('lists the inputs once each, relative to the project', () => {
    const talk = project('slides');
    expect(deckInputs('slides', talk.inputsFile)).toEqual([
      ...ENGINE_INPUTS,
      'slides',
      'shared/figures.ts',
      'slides/index.ts',
    ]);
  });
});
