import { cpus } from 'node:os';
import { descendants, machineBusyMs, procAvailable, readProcesses, ticksToMs } from './proc-cpu.ts';

/**
 * How much of the machine other work took while the benchmark timed something. On a
 * shared machine this, not the load average (which counts the benchmark's own
 * builds and browsers too), says whether the timings can be trusted.
 */

/** Share of all cores above which the report warns that the timings are unreliable. */
export const BUSY_SHARE = 0.25;

/**
 * Our own processes are sampled this often. Each is remembered by pid and start time
 * with the CPU it had used when last seen, so a Chromium that has closed still counts
 * (less its last interval), even though its children are re-parented when it exits.
 */
const SAMPLE_MS = 100;

/** Starts watching; the returned function stops and gives other work's share of all cores' time, or null without /proc. */
export function watchOtherWork(): () => number | null {
  if (!procAvailable()) return () => null;
  const cores = cpus().length;
  const seen = new Map<string, number>();
  const sample = (): void => {
    const processes = readProcesses();
    for (const pid of [process.pid, ...descendants(processes, process.pid)]) {
      const times = processes.get(pid);
      if (times) seen.set(`${pid}@${times.start}`, times.own);
    }
  };
  const ownTicks = (): number => [...seen.values()].reduce((sum, ticks) => sum + ticks, 0);
  sample();
  const started = { wall: performance.now(), busy: machineBusyMs(), own: ownTicks() };
  const timer = setInterval(sample, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    sample();
    const wall = performance.now() - started.wall;
    const others = machineBusyMs() - started.busy - ticksToMs(ownTicks() - started.own);
    return wall > 0 ? Math.min(1, Math.max(0, others / (wall * cores))) : 0;
  };
}

/**
 * The note for the report. The deck does more CPU work than the floor, so contention
 * slows it more: ratios from a busy machine overstate what the deck costs.
 */
export function otherWorkNote(phase: string, share: number | null): string {
  if (share === null) return `Other work during the ${phase}: unknown (no /proc on this system).`;
  const percent = `${Math.round(share * 100)}%`;
  if (share <= BUSY_SHARE) return `Other work during the ${phase}: ${percent} of the CPU.`;
  return `WARNING: other work took ${percent} of the CPU during the ${phase}; times are inflated and ratios overstate the deck's cost. Rerun on a quiet machine before trusting a FAIL or a PASS near its limit.`;
}
