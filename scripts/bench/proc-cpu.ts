import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time from Linux's /proc, to tell the benchmark's own work (this process and the
 * builds, browsers and servers it starts) from everything else on the machine.
 * Callers check procAvailable() first and fall back elsewhere.
 */

/** Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100). */
const MS_PER_TICK = 10;

export function procAvailable(): boolean {
  return existsSync('/proc/self/stat') && existsSync('/proc/stat');
}

export interface ProcessTimes {
  readonly parent: number;
  /** Clock ticks after boot at which the process started; with the pid, it names one process even if pids are reused. */
  readonly start: number;
  /** Ticks used by the process itself. */
  readonly own: number;
  /** Ticks of its children that have ended and been waited for (cutime + cstime). */
  readonly reaped: number;
}

/** Every process on the machine, by pid. */
export function readProcesses(): Map<number, ProcessTimes> {
  const processes = new Map<number, ProcessTimes>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended between listing and reading.
    }
    // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, …, utime (12th), stime, cutime, cstime, …, starttime (20th).
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    processes.set(Number(name), {
      parent: fields[1] ?? 0,
      start: fields[19] ?? 0,
      own: (fields[11] ?? 0) + (fields[12] ?? 0),
      reaped: (fields[13] ?? 0) + (fields[14] ?? 0),
    });
  }
  return processes;
}

/**
 * Milliseconds of CPU used so far by `root`'s descendants, those still running and
 * those that ended (their time moves into their parent's reaped count), so the total
 * never drops when a browser closes. With `includeRoot`, root's own time counts too.
 */
export function treeCpuMs(root: number, includeRoot: boolean): number {
  const processes = readProcesses();
  const rootTimes = processes.get(root);
  let total = (rootTimes?.reaped ?? 0) + (includeRoot ? (rootTimes?.own ?? 0) : 0);
  for (const pid of descendants(processes, root)) {
    const times = processes.get(pid);
    total += (times?.own ?? 0) + (times?.reaped ?? 0);
  }
  return total * MS_PER_TICK;
}

/** The pids below root in the process tree. */
export function descendants(processes: ReadonlyMap<number, ProcessTimes>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, times] of processes) children.set(times.parent, [...(children.get(times.parent) ?? []), pid]);
  const found: number[] = [];
  const pending = [...(children.get(root) ?? [])];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    found.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return found;
}

export function ticksToMs(ticks: number): number {
  return ticks * MS_PER_TICK;
}

/** Milliseconds the machine's cores have spent busy so far, summed over cores (everything but idle and I/O wait). */
export function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('cpu '));
  if (!line) throw new Error('/proc/stat has no "cpu" line.');
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
}
