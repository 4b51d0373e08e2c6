import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ENV, findChromium, NoBrowserError } from '../../../src/browser/chromium.ts';

const folder = mkdtempSync(join(tmpdir(), 'no-browser-'));
const saved = process.env[CHROMIUM_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[CHROMIUM_ENV];
  else process.env[CHROMIUM_ENV] = saved;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe(`${CHROMIUM_ENV} that is not a working browser`, () => {
  const textFile = join(folder, 'chrome');
  writeFileSync(textFile, 'not a browser', { mode: 0o755 });

  it.each([
    ['a program that is no browser', '/bin/true'],
    ['a folder', folder],
    ['a text file', textFile],
    ['nothing at all', join(folder, 'missing')],
  ])('gets the advice for a missing browser: %s', (_what, path) => {
    process.env[CHROMIUM_ENV] = path;
    expect(() => findChromium()).toThrow(NoBrowserError);
    expect(() => findChromium()).toThrow(/No Chromium browser was found[\s\S]*apt-get install chromium/);
    expect(() => findChromium()).toThrow(path);
  });
});
