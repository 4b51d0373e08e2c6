import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';
import type { Machine } from './types.ts';

/** The machine the run is on, so figures from different machines are never compared unknowingly. */
export function describeMachine(browser: Browser): Machine {
  const processors = cpus();
  return {
    cores: processors.length,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium: browser.version(),
  };
}

/**
 * The 1-minute load average. On a shared machine other work competes for the same
 * cores; a load well above the core count explains noisy or slow timings.
 */
export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
