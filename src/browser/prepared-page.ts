import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, launchChromium } from './chromium.ts';

/**
 * Environment variable holding the DevTools address (`http://127.0.0.1:PORT`) of a Chromium
 * that is already running with its pages prepared (see `startSharedChromium`). Whatever draws
 * while it is set draws there, in the page prepared once, instead of starting a browser and
 * loading its scripts again: the test suites set it so that every test file and every build
 * they run share one browser and one page.
 */
export const SHARED_CHROMIUM_ENV = 'DECK_SHARED_CHROMIUM';

/** Loads what a page needs before it can work (scripts, fonts); run once per page. */
export type PagePreparation = (page: Page) => Promise<void>;

/** A page ready to work in, and how to let go of it when done. */
export interface PreparedPage {
  readonly page: Page;
  /** Closes what was opened for this use; a shared page and its browser stay. */
  release(): Promise<void>;
}

/** The attribute that names a prepared page, so that another process can find it in the shared browser. */
const MARK = 'data-prepared-page';

/**
 * A page prepared for `name`: a new one in `browser` when given (left open); else the one in
 * the shared Chromium ($DECK_SHARED_CHROMIUM) when there is one, prepared there once for
 * every process; else one in a Chromium started for this use and closed on release.
 */
export async function openPreparedPage(
  name: string,
  prepare: PagePreparation,
  browser?: Browser,
): Promise<PreparedPage> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  if (shared && !browser) return openSharedPage(shared, name, prepare);
  const owner = browser ?? (await launchChromium());
  const page = await owner.newPage();
  try {
    await prepare(page);
  } catch (error) {
    await (browser ? page.close() : owner.close());
    throw error;
  }
  return { page, release: () => (browser ? page.close() : owner.close()) };
}

/**
 * The shared Chromium when $DECK_SHARED_CHROMIUM is set (its close() then only disconnects,
 * and pages opened in it must be closed by whoever opened them), else a new one.
 */
export async function sharedOrOwnChromium(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  if (!shared) return launchChromium();
  const { chromium } = await import('playwright-core');
  return chromium.connectOverCDP(shared);
}

async function openSharedPage(endpoint: string, name: string, prepare: PagePreparation): Promise<PreparedPage> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.connectOverCDP(endpoint);
  // Over CDP, close() only disconnects this process: the browser and its pages stay for the others.
  const disconnect = () => browser.close();
  try {
    const page = (await findPreparedPage(browser, name)) ?? (await preparePage(browser, name, prepare));
    return { page, release: disconnect };
  } catch (error) {
    await disconnect();
    throw error;
  }
}

async function findPreparedPage(browser: Browser, name: string): Promise<Page | null> {
  for (const page of browser.contexts().flatMap((context) => context.pages())) {
    // Another process's page may be between documents; it is not the one sought.
    const mark = await page
      .evaluate((attribute) => document.documentElement.getAttribute(attribute), MARK)
      .catch(() => null);
    if (mark === name) return page;
  }
  return null;
}

async function preparePage(browser: Browser, name: string, prepare: PagePreparation): Promise<Page> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  await prepareAndMark(page, name, prepare);
  return page;
}

async function prepareAndMark(page: Page, name: string, prepare: PagePreparation): Promise<void> {
  await prepare(page);
  await page.evaluate(({ attribute, value }) => document.documentElement.setAttribute(attribute, value), {
    attribute: MARK,
    value: name,
  });
}

/** A Chromium other processes can reach at `endpoint`, and how to stop it. */
export interface SharedChromium {
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts a headless Chromium that other processes reach over the DevTools protocol at the
 * returned endpoint (a port the operating system hands out), then prepares `pages` in it,
 * so the first process that needs one finds it ready. Hand the endpoint on through
 * $DECK_SHARED_CHROMIUM.
 */
export async function startSharedChromium(
  pages: ReadonlyArray<readonly [name: string, prepare: PagePreparation]> = [],
): Promise<SharedChromium> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'deck-shared-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
    headless: true,
  });
  const close = async (): Promise<void> => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    // Chromium writes the port it was given, then the browser's path, into the profile.
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]?.trim();
    if (!port) throw new Error(`Chromium wrote no DevTools port into ${profile}`);
    const endpoint = `http://127.0.0.1:${port}`;
    for (const [name, prepare] of pages) await prepareAndMark(await context.newPage(), name, prepare);
    return { endpoint, close };
  } catch (error) {
    await close();
    throw error;
  }
}
