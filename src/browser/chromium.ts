import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
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

/** Versions already read, by path: asking a browser its version takes a moment, and the answer does not change. */
const versions = new Map<string, string | null>();

/**
 * What the binary at `path` says it is, e.g. "Chromium 156.0.8078.108"; null when it is
 * no Chrome or Chromium (a folder, a text file, `/bin/true`, a browser that cannot start).
 */
export function browserVersion(path: string): string | null {
  const known = versions.get(path);
  if (known !== undefined) return known;
  let version: string | null = null;
  try {
    if (statSync(path).isFile()) {
      const output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: 'pipe' });
      // "Chromium 156.0…", "Google Chrome 120.0…", "HeadlessChrome 131.0…" (Playwright's headless shell).
      version = /(Chromium|Chrome)[^\n]*?\d+\.\d+[.\d]*/i.exec(output)?.[0]?.trim() ?? null;
    }
  } catch {
    version = null;
  }
  versions.set(path, version);
  return version;
}

/** Where a browser file is, without asking it anything: $CHROMIUM_PATH, then Playwright's, then the system paths; null when none. */
export function locateChromium(): string | null {
  const fromEnv = process.env[CHROMIUM_ENV];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const playwrightOwn = playwrightChromiumPath();
  return (
    [...(playwrightOwn ? [playwrightOwn] : []), ...SYSTEM_PATHS].find((candidate) => existsSync(candidate)) ?? null
  );
}

/** The Chromium to drive: $CHROMIUM_PATH, then Playwright's own download, then the usual system paths. */
export function findChromium(): string {
  const tried: string[] = [];
  const fromEnv = process.env[CHROMIUM_ENV];
  if (fromEnv) {
    // Same advice as for no browser at all: fix the path, unset it, or install one.
    if (!existsSync(fromEnv)) throw new NoBrowserError([`${fromEnv} (from ${CHROMIUM_ENV}: no file there)`]);
    if (browserVersion(fromEnv) === null)
      throw new NoBrowserError([`${fromEnv} (from ${CHROMIUM_ENV}: not a Chrome or Chromium that runs)`]);
    return fromEnv;
  }
  const playwrightOwn = playwrightChromiumPath();
  for (const candidate of [...(playwrightOwn ? [playwrightOwn] : []), ...SYSTEM_PATHS]) {
    // A program where a browser is expected is taken at its word, not started to ask its version (a moment on
    // every command); one that then will not start gets the same advice from `launchChromium`.
    if (isProgram(candidate)) return candidate;
    tried.push(existsSync(candidate) ? `${candidate} (not a program)` : candidate);
  }
  throw new NoBrowserError(tried);
}

/** A file anyone may run. */
function isProgram(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFile() && (stats.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/**
 * Playwright, loaded on first use. Through `require`, as the CommonJS package it is: `import()` of it made Node
 * re-read its source to list its exports (cjs-module-lexer), 0.1–0.2 s of every PDF command on top of loading it.
 */
function playwright(): typeof import('playwright-core') {
  return require('playwright-core') as typeof import('playwright-core');
}

function playwrightChromiumPath(): string | null {
  try {
    return playwright().chromium.executablePath();
  } catch {
    // Playwright knows no browser for this platform; the system paths may still hold one.
    return null;
  }
}

/**
 * Starts a headless Chromium; Playwright is imported only here, so the deck's own code never loads it.
 * Signals are left to the caller (the PDF export stops on them itself); Playwright still kills the
 * browser when this process exits, so no Chromium outlives it.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  const { chromium } = playwright();
  try {
    return await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    // A browser that answers --version but will not start headless gives the author the same advice as none at all.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new NoBrowserError([`${executablePath} (would not start: ${reason})`]);
  }
}
