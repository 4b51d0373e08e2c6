import { CHROMIUM_ENV, findChromium, NoBrowserError } from '../browser/chromium.ts';

/**
 * Finds the browser before any build or rendering starts, so a missing one costs
 * the user no wait. A $CHROMIUM_PATH that points nowhere is reported as a missing
 * browser too, with the same advice on how to get one.
 */
export function preflightBrowser(): string {
  try {
    return findChromium();
  } catch (error) {
    if (error instanceof NoBrowserError) throw error;
    const configured = process.env[CHROMIUM_ENV];
    if (configured) throw new NoBrowserError([`${configured} (from ${CHROMIUM_ENV}: no file there)`]);
    throw error;
  }
}
