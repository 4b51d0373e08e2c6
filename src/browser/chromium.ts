import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Environment variable that points the project at a Chromium or Chrome binary. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags that keep Chromium quiet on a machine with a closed network: without the
 * background-networking ones it keeps dialling Google and the connections are refused.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class NoBrowserError extends Error {
  constructor(tried: readonly string[]) {
    super(
      [
        'No Chromium browser was found. The deck needs one to draw diagrams, export the PDF and run the end-to-end tests.',
        'Get one in any of these ways:',
        '  - Debian/Ubuntu: sudo apt-get install chromium',
        "  - Playwright's own build: npx playwright install chromium",
        `  - an existing Chrome or Chromium: ${CHROMIUM_ENV}=/path/to/chrome npm …`,
        `Looked in: ${tried.join(', ')}`,
      ].join('\n'),
    );
    this.name = 'NoBrowserError';
  }
}

/** The Chromium to drive: $CHROMIUM_PATH, then Playwright's own download, then the usual system paths. */
export function findChromium(): string {
  const tried: string[] = [];
  const fromEnv = process.env[CHROMIUM_ENV];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    // Same advice as for no browser at all: fix the path, unset it, or install one.
    throw new NoBrowserError([`${fromEnv} (from ${CHROMIUM_ENV}: no file there)`]);
  }
  const playwrightOwn = playwrightChromiumPath();
  if (playwrightOwn) {
    tried.push(playwrightOwn);
    if (existsSync(playwrightOwn)) return playwrightOwn;
  }
  for (const candidate of SYSTEM_PATHS) {
    tried.push(candidate);
    if (existsSync(candidate)) return candidate;
  }
  throw new NoBrowserError(tried);
}

function playwrightChromiumPath(): string | null {
  try {
    const playwright = require('playwright-core') as typeof import('playwright-core');
    return playwright.chromium.executablePath();
  } catch {
    // Playwright knows no browser for this platform; the system paths may still hold one.
    return null;
  }
}

/** Starts a headless Chromium; Playwright is imported only here, so the deck's own code never loads it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
