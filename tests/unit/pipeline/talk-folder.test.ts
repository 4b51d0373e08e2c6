import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTalkModule } from '../../../src/pipeline/node-bundle.ts';
import { DEFAULT_TALK, talkFolder } from '../../../src/pipeline/talk-folder.ts';

const scratch = mkdtempSync(join(tmpdir(), 'talk-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('choosing a talk', () => {
  it('keeps the plain names for the default talk', () => {
    expect(talkFolder('/project', DEFAULT_TALK)).toEqual({
      folder: 'slides',
      id: 'slides',
      stamp: 'slides',
      cut: null,
      module: '/project/slides/index.ts',
      deckDir: '/project/dist',
      singleDir: '/project/dist-single',
      exportsDir: '/project/exports',
      inputsFile: '/project/node_modules/.cache/deck-inputs/dist.json',
    });
  });

  it('builds another talk beside it, under a name made of its whole path, given relative or absolute', () => {
    const expected = {
      folder: 'talks/verane',
      id: 'talks/verane',
      stamp: 'talks/verane',
      cut: null,
      module: '/project/talks/verane/index.ts',
      deckDir: '/project/dist-talks-verane',
      singleDir: '/project/dist-talks-verane-single',
      exportsDir: '/project/exports/talks-verane',
      inputsFile: '/project/node_modules/.cache/deck-inputs/talks-verane.json',
    };
    expect(talkFolder('/project', 'talks/verane/')).toEqual(expected);
    expect(talkFolder('/project', '/project/talks/verane')).toEqual(expected);
  });

  it('gives two talks with the same folder name different outputs', () => {
    const one = talkFolder('/project', 'talks/atlas');
    const other = talkFolder('/project', 'archive/2023/atlas');
    for (const key of ['deckDir', 'singleDir', 'exportsDir', 'inputsFile'] as const)
      expect(one[key]).not.toBe(other[key]);
    expect(talkFolder('/project', '../elsewhere/atlas').deckDir).toBe('/project/dist-up-elsewhere-atlas');
  });

  it('builds a cut beside the default cut, so no cut overwrites another, and stamps it with the cut', () => {
    const ten = talkFolder('/project', DEFAULT_TALK, '10');
    expect(ten).toMatchObject({
      id: 'slides',
      stamp: 'slides@10',
      cut: '10',
      deckDir: '/project/dist-10min',
      singleDir: '/project/dist-10min-single',
      exportsDir: '/project/exports',
      inputsFile: '/project/node_modules/.cache/deck-inputs/dist-10min.json',
    });
    expect(talkFolder('/project', 'talks/verane', '5')).toMatchObject({
      deckDir: '/project/dist-talks-verane-5min',
      singleDir: '/project/dist-talks-verane-5min-single',
      exportsDir: '/project/exports/talks-verane',
    });
    expect(talkFolder('/project', DEFAULT_TALK, 'panel').deckDir).toBe('/project/dist-panel');
    const dirs = ['10', '20', '40'].map((cut) => talkFolder('/project', DEFAULT_TALK, cut).deckDir);
    expect(new Set([...dirs, talkFolder('/project', DEFAULT_TALK, null).deckDir]).size).toBe(4);
  });

  it('refuses a cut id that could reach outside its output names', () => {
    expect(() => talkFolder('/project', DEFAULT_TALK, '../x')).toThrow(/'..\/x' is not a cut's id/);
    expect(() => talkFolder('/project', DEFAULT_TALK, '10 min')).toThrow(/e\.g\. --cut 10/);
  });

  it('refuses a talk whose outputs would land on the default talk’s (a folder named single)', () => {
    expect(() => talkFolder('/project', 'single')).toThrow(
      /The talk in single\/ would build into dist-single\/, where the talk in slides\/ builds: rename or move/,
    );
    expect(() => talkFolder('/project', 'talks/single')).not.toThrow();
  });
});

describe('loading a talk', () => {
  it('loads the talk a folder exports, and names the files it is made of', async () => {
    const { talk, files } = await loadTalkModule(talkFolder(process.cwd(), 'talks/verane').module, scratch);
    expect(talk.lang).toBe('fr');
    expect(files.some((file) => file.endsWith(join('talks', 'verane', 'events.ts')))).toBe(true);
  });

  it('hashes the talk’s whole module: a constant a function closes over changes it, as the data would not show', async () => {
    const folder = mkdtempSync(join(scratch, 'talk-module-'));
    const write = (word: string): void =>
      writeFileSync(
        join(folder, 'index.ts'),
        `const WORD = '${word}';\nexport const talk = { title: 'T', words: { said: () => WORD } };\n`,
      );
    write('one');
    const first = await loadTalkModule(join(folder, 'index.ts'), scratch);
    expect((await loadTalkModule(join(folder, 'index.ts'), scratch)).moduleHash).toBe(first.moduleHash);
    write('two');
    const second = await loadTalkModule(join(folder, 'index.ts'), scratch);
    expect(JSON.stringify(second.talk)).toBe(JSON.stringify(first.talk));
    expect(second.moduleHash).not.toBe(first.moduleHash);
  });

  it('says what to add when the module exports no talk', async () => {
    const module = join(process.cwd(), 'tests/fixtures/guilds-talk.ts');
    await expect(loadTalkModule(module, scratch)).rejects.toThrow(/does not export a talk: add `export const talk/);
  });
});
