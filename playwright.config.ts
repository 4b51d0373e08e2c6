import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/browser/chromium.ts';
import { DEFAULT_TALK, TALK_ENV } from './src/pipeline/talk-folder.ts';
import type { TalkOptions } from './tests/e2e/support/talk.ts';
import { browserSafePorts } from './tests/support/ports.ts';

/**
 * One project per talk, each against its own built deck and server. The main talk runs every
 * spec; the second talk, in another language and of another genre, runs the smoke tests
 * (tagged `@smoke`): navigation by → alone, diagrams, notes, no foreign requests, layout at
 * three sizes, the PDF's text. Build both first (`npm test` does).
 */
const TALKS: ReadonlyArray<{ readonly name: string; readonly folder: string; readonly grep?: RegExp }> = [
  { name: 'main', folder: DEFAULT_TALK },
  { name: 'verane', folder: 'talks/verane', grep: /@smoke/ },
];

// One port per talk's server, handed out by the operating system to the main process (never one a browser
// refuses, see tests/support/ports.ts) and inherited by its workers, so parallel runs never collide.
process.env['E2E_PORTS'] ??= (await browserSafePorts(TALKS.length)).join(',');
const PORTS = process.env['E2E_PORTS'].split(',').map(Number);

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
    ...(talk.grep ? { grep: talk.grep } : {}),
  })),
  webServer: TALKS.map((talk, position) => ({
    command: `npx vite preview --port ${portOf(position)} --strictPort --host 127.0.0.1`,
    env: { [TALK_ENV]: talk.folder },
    url: urlOf(position),
    reuseExistingServer: false,
    timeout: 60_000,
  })),
});
