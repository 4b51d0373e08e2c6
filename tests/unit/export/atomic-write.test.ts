import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assertWritable,
  OutputError,
  reasonFor,
  tempPathFor,
  writeFileAtomic,
} from '../../../src/export/atomic-write.ts';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('atomic write', () => {
  it('writes a new file and replaces an old one, leaving no temporary file', async () => {
    const file = join(folder, 'out.pdf');
    await writeFileAtomic(file, bytes('first'));
    await writeFileAtomic(file, bytes('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(folder)).toEqual(['out.pdf']);
  });

  it('keeps the old file and removes its temporary file when the rename fails', async () => {
    // A non-empty folder in the target's place makes the final rename fail after the temporary file is written.
    const target = join(folder, 'out.pdf');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'old');
    await expect(writeFileAtomic(target, bytes('new'))).rejects.toThrow(OutputError);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['out.pdf']);
  });

  it('puts the temporary file beside the target, so the rename stays on one file system', () => {
    const temp = tempPathFor('/some/folder/handout.pdf');
    expect(dirname(temp)).toBe('/some/folder');
    expect(temp).toMatch(/\/\.handout\.pdf\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(tempPathFor('/a/b.pdf')).not.toBe(tempPathFor('/a/b.pdf'));
  });
});

describe('checking the output before the export', () => {
  it('creates missing folders', async () => {
    const file = join(folder, 'new', 'deeper', 'out.pdf');
    await assertWritable(file);
    expect(readdirSync(join(folder, 'new'))).toEqual(['deeper']);
  });

  it('names the path and the reason when a part of the path is a file', async () => {
    writeFileSync(join(folder, 'plain-file'), '');
    const file = join(folder, 'plain-file', 'out.pdf');
    const failure = assertWritable(file);
    await expect(failure).rejects.toThrow(OutputError);
    await expect(failure).rejects.toThrow(`Cannot write ${file}: a part of the path is a file, not a folder`);
  });

  it('refuses a folder as the output file', async () => {
    await expect(assertWritable(folder)).rejects.toThrow(/it is a folder, not a file/);
  });

  it('explains file-system error codes in words', () => {
    const error = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    expect(reasonFor(error)).toBe('permission denied (EACCES)');
    expect(reasonFor(new Error('something else'))).toBe('something else');
  });
});
