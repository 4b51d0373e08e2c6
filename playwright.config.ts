import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/browser/chromium.ts';
import { DEFAULT_TALK, TALK_ENV } from './src/pipeline/talk-folder.ts';
import type { TalkOptions } from './tests/e2e/support/talk.ts';
import { browserSafePorts } from './tests/support/ports.ts';

/**
 * One project per talk, each against its own built deck and server. The main talk runs every
 * spec; the second talk, in another language and of another genre, runs the tests whose outcome
 * depends on the talk (tagged `@smoke`): navigation by → alone, diagrams, notes and their fit in the
 * speaker view, no foreign requests, layout at three sizes, the stage rules, the Sources list's
 * count and pages, the reading edition, the PDF's text. What the engine does whatever the talk
 * (the rehearsal, the screen reader's view, the 4:3 slide's height, links into a stacked list)
 * is checked on the main talk alone. Build both first (`npm test` does).
 */
const TALKS: ReadonlyArray<{ readonly name: string; readonly folder: string; readonly grep?: RegExp }> = [
  { name: 'main', folder: DEFAULT_TALK },
  { name: 'verane', folder: 'talks/verane', grep: /@smoke/ },
];

// One port per talk's server, handed out by the operating system to the main process (never one a browser
// refuses, see tests/support/ports.ts) and inherited by its workers, so parallel runs never collide.
process.env['E2E_PORTS'] ??= (await browserSafePorts(TALKS.length)).join(',');
const PORTS = process.env['E2E_PORTS'].split(',').map(Number);

/**
 * Tests too slow for every run (fault injection, long fuzzing), tagged @slow: `npm test` leaves them
 * out, `npm run test:slow` (TEST_LANE=slow) runs only them, TEST_LANE=all everything; CI runs both lanes.
 */
const SLOW = /@slow/;
const LANE = process.env['TEST_LANE'] ?? 'fast';
const laneFilter = (talkGrep: RegExp | undefined): { grep?: RegExp; grepInvert?: RegExp } => {
  // A talk limited to some tests (the second talk: @smoke) runs the slow ones among them only.
  if (LANE === 'slow')
    return { grep: talkGrep ? new RegExp(`^(?=[\\s\\S]*${SLOW.source})(?=[\\s\\S]*${talkGrep.source})`) : SLOW };
  const talkOnly = talkGrep ? { grep: talkGrep } : {};
  return LANE === 'all' ? talkOnly : { ...talkOnly, grepInvert: SLOW };
};

const portOf = (position: number): number => {
  const port = PORTS[position];
  if (port === undefined || !Number.isInteger(port))
    throw new Error(`E2E_PORTS needs ${TALKS.length} ports, one per talk`);
  return port;
};
const urlOf = (position: number): string => `http://127.0.0.1:${portOf(position)}/`;

/** End-to-end tests run against the built decks (`npm run build` first), each served by `vite preview`. */
export default defineConfig<TalkOptions>({
  testDir: 'tests/e2e',
  // One Chromium, its diagram page prepared once, in which every build a spec runs draws (the fixture talks').
  globalSetup: './tests/support/shared-chromium.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
  projects: TALKS.map((talk, position) => ({
    name: talk.name,
    use: { baseURL: urlOf(position), talkFolder: talk.folder },
    ...laneFilter(talk.grep),
  })),
  webServer: TALKS.map((talk, position) => ({
    command: `npx vite preview --port ${portOf(position)} --strictPort --host 127.0.0.1`,
    env: { [TALK_ENV]: talk.folder },
    url: urlOf(position),
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
