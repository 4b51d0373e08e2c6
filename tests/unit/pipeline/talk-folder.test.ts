import { mkdtempSync, rmSync } from 'node:fs';
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
      module: '/project/slides/index.ts',
      deckDir: '/project/dist',
      singleDir: '/project/dist-single',
      exportsDir: '/project/exports',
    });
  });

  it('builds another talk beside it, under its folder’s name, given relative or absolute', () => {
    const expected = {
      folder: 'talks/verane',
      module: '/project/talks/verane/index.ts',
      deckDir: '/project/dist-verane',
      singleDir: '/project/dist-verane-single',
      exportsDir: '/project/exports/verane',
    };
    expect(talkFolder('/project', 'talks/verane/')).toEqual(expected);
    expect(talkFolder('/project', '/project/talks/verane')).toEqual(expected);
  });
});

describe('loading a talk', () => {
  it('loads the talk a folder exports, and names the files it is made of', async () => {
    const { talk, files } = await loadTalkModule(talkFolder(process.cwd(), 'talks/verane').module, scratch);
    expect(talk.lang).toBe('fr');
    expect(files.some((file) => file.endsWith(join('talks', 'verane', 'events.ts')))).toBe(true);
  });

  it('says what to add when the module exports no talk', async () => {
    const module = join(process.cwd(), 'tests/fixtures/guilds-talk.ts');
    await expect(loadTalkModule(module, scratch)).rejects.toThrow(/does not export a talk: add `export const talk/);
  });
});
