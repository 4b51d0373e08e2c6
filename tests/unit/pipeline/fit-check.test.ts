import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_PATHS } from '../../../src/contract.ts';
import { checkFit, SlideFitError } from '../../../src/pipeline/fit-check.ts';
import { buildTalk } from '../../fixtures/build-talk.ts';
import { CROWDED_YEAR, crowdedOverviewTalk, crowdedYearTalk, maxedTalk } from '../../fixtures/max-talk.ts';

/** Where the real build remembers decks that fit (vite.config.ts). */
const FIT_CACHE = resolve(import.meta.dirname, '../../..', CACHE_PATHS.fit);

const folders: string[] = [];
const freshFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'fit-deck-'));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the build measures every slide, every step shown, at every layout size', () => {
  it('refuses a year slide that holds every count at its maximum and does not fit, naming the slide, the overflow, the size and what to cut', async () => {
    const build = buildTalk(crowdedYearTalk(), freshFolder(), { fitCheck: true, skipRules: ['stage-words'] });
    // The error comes through Vite, from the config's own copy of the module: matched by name, not class.
    await expect(build).rejects.toMatchObject({ name: SlideFitError.name, plugin: 'deck:fit' });
    const message = await build.then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(message).toMatch(/^slide-fit: /);
    // The heading's one long word leaves the narrower 4:3 slide; the wide ones hold it.
    for (const size of ['1024×768'])
      expect(message).toMatch(
        new RegExp(
          `slide-fit: slide '${CROWDED_YEAR}' overflows by \\d+ px past the (bottom|right) at ${size} \\(past the edge: ".+"\\)\\. Fix: give this year fewer events`,
        ),
      );
  }, 300_000);

  it('refuses an overview timeline whose labels a crowded period would shrink under 18 px, naming the slide and the fix', async () => {
    const message = await buildTalk(crowdedOverviewTalk(30), freshFolder(), {
      fitCheck: true,
      skipRules: ['stage-words'],
    }).then(
      () => 'built',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(message).toMatch(
      /slide-fit: slide 'overview': its diagram is scaled down until its labels are \d+(\.\d)? px at 1280×720 \(".+"\), under the 18 px a back row can read\. Fix: .*diagram\.from and diagram\.to/,
    );
  }, 400_000);

  it('passes the talk with every text at its limit, and does not measure the same deck twice', async () => {
    const folder = freshFolder();
    await buildTalk(maxedTalk(), folder, { fitCheck: true, skipRules: ['stage-words'] });
    // The build measured it and remembered the pass: asked again, the check starts no browser.
    await expect(checkFit(folder, FIT_CACHE)).resolves.toEqual({ fromCache: true });
  }, 300_000);
});
