import type { Browser } from 'playwright-core';
import {
  openPreparedPage,
  type PagePreparation,
  type PreparedPage,
  SHARED_CHROMIUM_ENV,
  sharedOrOwnChromium,
} from './prepared-page.ts';

/** Where a step of the build gets its pages: the diagrams' drawing page, say. */
export interface PageSource {
  /** A page prepared for `name`; release it when done. */
  open(name: string, prepare: PagePreparation): Promise<PreparedPage>;
}

/** A page of its own for each use, as `openPreparedPage` gives one (the shared Chromium's, or a browser's of its own). */
export const PAGES_OF_THEIR_OWN: PageSource = { open: (name, prepare) => openPreparedPage(name, prepare) };

/**
 * One Chromium for the whole of one build: the diagrams are drawn in it, then the written deck is
 * measured in it (src/pipeline/fit-check.ts). A cold build used to start two, about half a second
 * each. It starts on first use, or earlier when told (`startEarly`): a page prepared for drawing
 * loads Mermaid, most of a second that can pass while Node checks the talk.
 * Whoever makes one closes it: vite.config.ts hands it to the fit check, the build's last step.
 */
export interface BuildBrowser extends PageSource {
  /** Starts the browser and prepares `pages` in it now, in the background; a failure waits for the first real use. */
  startEarly(pages: ReadonlyArray<readonly [name: string, prepare: PagePreparation]>): void;
  /** The browser, started if it is not yet. */
  browser(): Promise<Browser>;
  /** Closes it (or lets go of the shared one); safe to call again, or when it never started. */
  close(): Promise<void>;
}

/**
 * The build's browser. Under the test suites ($DECK_SHARED_CHROMIUM), pages come prepared from
 * the one shared Chromium (src/browser/prepared-page.ts) and `browser()` connects to it.
 */
export function buildBrowser(): BuildBrowser {
  let started: Promise<Browser> | null = null;
  const pages = new Map<string, Promise<PreparedPage>>();
  const browser = (): Promise<Browser> => {
    started ??= sharedOrOwnChromium();
    return started;
  };
  const open = (name: string, prepare: PagePreparation): Promise<PreparedPage> => {
    if (process.env[SHARED_CHROMIUM_ENV]) return openPreparedPage(name, prepare);
    let page = pages.get(name);
    if (!page) {
      page = browser().then((owner) => openPreparedPage(name, prepare, owner));
      pages.set(name, page);
    }
    // The page stays open for the rest of the build; closing the browser closes it.
    return page.then(({ page: ready }) => ({ page: ready, release: async () => undefined }));
  };
  return {
    open,
    browser,
    startEarly(wanted) {
      if (process.env[SHARED_CHROMIUM_ENV]) return;
      // Nothing awaits it yet: a browser that will not start is reported by the use that needs it.
      for (const [name, prepare] of wanted) open(name, prepare).catch(() => undefined);
    },
    async close() {
      const closing = started;
      started = null;
      pages.clear();
      if (closing) await (await closing.catch(() => null))?.close();
    },
  };
}
