import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_PATHS } from '../../../src/contract.ts';
import { checkFit, SlideFitError } from '../../../src/pipeline/fit-check.ts';
import { talkFolder } from '../../../src/pipeline/talk-folder.ts';
import { buildTalk } from '../../fixtures/build-talk.ts';
import { CROWDED_YEAR, crowdedOverviewTalk, crowdedYearTalk, maxedTalk } from '../../fixtures/max-talk.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
/** Where the real build remembers decks that fit (vite.config.ts). */
const FIT_CACHE = resolve(ROOT, CACHE_PATHS.fit);

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

  it('refuses an overview timeline whose labels a crowded period would shrink under 20 px, naming the slide and the fix', async () => {
    const message = await buildTalk(crowdedOverviewTalk(30), freshFolder(), {
      fitCheck: true,
      skipRules: ['stage-words'],
    }).then(
      () => 'built',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(message).toMatch(
      /slide-fit: slide 'overview': its diagram is scaled down until its labels are \d+(\.\d)? px at 1280×720 \(".+"\), under the 20 px a back row can read\. Fix: .*diagram\.from and diagram\.to/,
    );
  }, 400_000);

  it('the build command says which slide does not fit, not only that it failed', async () => {
    // A talk folder of its own, whose year the stage rules alone would refuse (skipped here, as an author may).
    const scratch = freshFolder();
    const talk = join(scratch, 'talk');
    mkdirSync(talk);
    // A relative path, so the build bundles the fixture with the talk as it bundles any talk's own modules.
    const fixture = relative(talk, resolve(ROOT, 'tests/fixtures/max-talk.ts'));
    writeFileSync(
      join(talk, 'index.ts'),
      `import { crowdedYearTalk } from ${JSON.stringify(fixture)};\nexport const talk = crowdedYearTalk();\n`,
    );
    const outputs = talkFolder(ROOT, talk);
    try {
      const build = run(process.execPath, ['scripts/deck.mjs', 'build', '--talk', talk], {
        cwd: ROOT,
        env: { ...process.env, DECK_SKIP_RULES: 'stage-words' },
      });
      await expect(build).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`slide-fit: slide '${CROWDED_YEAR}' overflows`),
      });
    } finally {
      for (const path of [outputs.deckDir, outputs.inputsFile]) rmSync(path, { recursive: true, force: true });
    }
  }, 300_000);

  it('passes the talk with every text at its limit, and does not measure the same deck twice', async () => {
    const folder = freshFolder();
    await buildTalk(maxedTalk(), folder, { fitCheck: true, skipRules: ['stage-words'] });
    // The build measured it and remembered the pass: asked again, the check starts no browser.
    await expect(checkFit(folder, FIT_CACHE)).resolves.toEqual({ fromCache: true });
  }, 300_000);
});
