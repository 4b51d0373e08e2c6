import { procAvailable, treeCpuMs } from './proc-cpu.ts';

/**
 * Chromium 15x loads two "omnibox popup" WebUI pages for every new browser window,
 * so each fresh context keeps both cores of this machine busy for about a second.
 * A page load timed in that second measures Chromium's own chrome as much as the
 * page; so each measured load first waits for the browser to go quiet.
 */

/** CPU time (ms, all of Chromium's processes) in one sampling window below which the browser counts as quiet. */
const QUIET_CPU_MS = 10;
const WINDOW_MS = 100;
/** Quiet windows in a row that count as settled. */
const QUIET_WINDOWS = 2;
const MAX_WAIT_MS = 5000;
/** Where /proc is missing (macOS, Windows) a fixed pause stands in for the measurement. */
const FALLBACK_WAIT_MS = 1500;

/** True once the last `QUIET_WINDOWS` samples of CPU ms per window are all quiet. */
export function settled(cpuPerWindow: readonly number[]): boolean {
  const recent = cpuPerWindow.slice(-QUIET_WINDOWS);
  return recent.length === QUIET_WINDOWS && recent.every((ms) => ms <= QUIET_CPU_MS);
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Waits until the processes this one started (Chromium's) have been quiet for a moment, or MAX_WAIT_MS have passed. */
export async function waitForQuietBrowser(): Promise<void> {
  if (!procAvailable()) {
    await pause(FALLBACK_WAIT_MS);
    return;
  }
  const samples: number[] = [];
  let before = treeCpuMs(process.pid, false);
  const started = performance.now();
  while (!settled(samples) && performance.now() - started < MAX_WAIT_MS) {
    await pause(WINDOW_MS);
    const now = treeCpuMs(process.pid, false);
    samples.push(now - before);
    before = now;
  }
}
