import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Chromium 15x loads two "omnibox popup" WebUI pages for every new browser window,
 * so each fresh context keeps both cores of this machine busy for about a second.
 * A page load timed in that second measures Chromium's own chrome as much as the
 * page; so each measured load first waits for the browser to go quiet.
 */

/** CPU time (ms, all processes) in one sampling window below which the browser counts as quiet. */
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

/** Milliseconds of CPU (user + system) used so far by every descendant of `root`, from /proc. */
function descendantCpuMs(root: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended between listing and reading.
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const parent = Number(fields[1]);
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const pending = [...(children.get(root) ?? [])];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += ticks.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  // Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100).
  return total * 10;
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Waits until the processes this one started (Chromium's) have been quiet for a moment, or MAX_WAIT_MS have passed. */
export async function waitForQuietBrowser(): Promise<void> {
  if (!existsSync('/proc/self/stat')) {
    await pause(FALLBACK_WAIT_MS);
    return;
  }
  const samples: number[] = [];
  let before = descendantCpuMs(process.pid);
  const started = performance.now();
  while (!settled(samples) && performance.now() - started < MAX_WAIT_MS) {
    await pause(WINDOW_MS);
    const now = descendantCpuMs(process.pid);
    samples.push(now - before);
    before = now;
  }
}
