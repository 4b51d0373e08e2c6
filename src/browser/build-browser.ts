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
 * One Chromium for the whole of one build, started on first use: the diagrams are drawn in it, then the
 * written deck is measured in it (src/pipeline/fit-check.ts). A first build used to start two.
 * Whoever makes one closes it: vite.config.ts hands it to the fit check, the build's last step.
 *
 * It is not started ahead of need, while Node checks the talk: on the 2-core machine Chromium's start
 * and Node's work then share the cores, and a first build took as long (7.5 s either way, 4 runs each).
 */
export interface BuildBrowser extends PageSource {
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
    async close() {
      const closing = started;
      started = null;
      pages.clear();
      if (closing) await (await closing.catch(() => null))?.close();
    },
  };
}
