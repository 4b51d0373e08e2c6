import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { test } from '@playwright/test';
import { talk as written } from '../../../slides/index.ts';
import { applyCut } from '../../../src/model/cuts.ts';
import type { Talk } from '../../../src/model/types.ts';
import { type TalkFolder, talkFolder } from '../../../src/pipeline/talk-folder.ts';
import { type RunningServer, serveFolder } from '../../../src/server/static-server.ts';

/** The command a speaker runs, `npm run build -- --cut …`, without npm in between. */
export const DECK_COMMAND = resolve('scripts/deck.mjs');
export const run = promisify(execFile);

/** A cut of the real talk, built once for a spec file as a speaker builds it, and served from its own folder. */
export interface BuiltCut {
  /** The talk as the cut presents it. */
  readonly cut: Talk;
  readonly outputs: TalkFolder;
  /** The server of the cut's deck, once the spec's `beforeAll` has built it. */
  readonly server: () => RunningServer;
}

/** Builds the cut `id` before the spec file's tests (run in order, one build) and stops its server after them. */
export function buildCutForSpec(id: string): BuiltCut {
  const outputs = talkFolder(resolve('.'), 'slides', id);
  let server: RunningServer | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await run(process.execPath, [DECK_COMMAND, 'build', '--cut', id], { maxBuffer: 16 * 1024 * 1024 });
    server = await serveFolder(outputs.deckDir);
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return {
    cut: applyCut(written, id),
    outputs,
    server: () => {
      if (!server) throw new Error(`cut ${id}: its deck is served only once beforeAll has built it`);
      return server;
    },
  };
}
