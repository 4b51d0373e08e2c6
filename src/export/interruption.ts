import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

/** The export was stopped from outside: a signal, the `npm` that started it going away, or its Chromium killed. */
export class InterruptedError extends Error {
  constructor(readonly reason: string) {
    super(`interrupted (${reason})`);
    this.name = 'InterruptedError';
  }
}

/** What stops the export, and the exit code that says so. */
export interface Interruption {
  readonly signal: AbortSignal;
  /** 128 + the signal's number, as a shell reports a process stopped by it; 130 when no signal was received. */
  readonly exitCode: () => number;
  /** Removes the handlers and the watch. */
  readonly dispose: () => void;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** How often the processes that started the export are checked. */
const WATCH_INTERVAL_MS = 250;

/**
 * Turns SIGINT, SIGTERM and SIGHUP into an abort the export can unwind from (close
 * Chromium, keep the previous file), and watches the processes that started it:
 * `npm run pdf` runs `sh`, which runs `tsx`, which runs this; a signal to `npm` or
 * `sh` may stop them and leave this process running, which must then stop too.
 */
export function watchForInterruption(): Interruption {
  const controller = new AbortController();
  let exitCode = 130;
  const stop = (reason: string, code: number): void => {
    if (controller.signal.aborted) return;
    exitCode = code;
    controller.abort(new InterruptedError(reason));
  };
  const handlers = SIGNALS.map((name) => {
    const handler = (): void => stop(`received ${name}`, 128 + constants.signals[name]);
    process.on(name, handler);
    return [name, handler] as const;
  });
  const ancestors = startingProcesses();
  const timer = setInterval(() => {
    const gone = ancestors.find((ancestor) => !isAlive(ancestor.pid));
    if (gone) stop(`${gone.name} stopped`, 128 + constants.signals.SIGHUP);
  }, WATCH_INTERVAL_MS);
  timer.unref();
  return {
    signal: controller.signal,
    exitCode: () => exitCode,
    dispose: () => {
      clearInterval(timer);
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

/** Rejects as soon as `signal` aborts; for racing a step that cannot itself be cancelled (the Vite build). */
export function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, fail) => {
    if (signal.aborted) fail(signal.reason);
    signal.addEventListener('abort', () => fail(signal.reason), { once: true });
  });
}

/** Throws the abort's reason (an `InterruptedError`) when the export has been stopped. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new InterruptedError('aborted');
}

interface Ancestor {
  readonly pid: number;
  readonly name: string;
}

/**
 * The chain of processes from this one's parent up to the `npm` that ran the script,
 * read from /proc (Linux). Elsewhere, or when not run by npm, only the parent is
 * watched, by its pid.
 */
function startingProcesses(): Ancestor[] {
  const parent = { pid: process.ppid, name: 'the parent process' };
  if (process.env['npm_lifecycle_event'] === undefined) return [parent];
  const chain: Ancestor[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 6 && pid > 1; depth += 1) {
    const command = commandOf(pid);
    if (command === null) return [parent];
    chain.push({ pid, name: `the process that started it ('${command.split('\0').slice(0, 2).join(' ').trim()}')` });
    if (/(^|[/\s\0])npm(-cli\.js)?([\s\0]|$)/.test(command)) return chain;
    pid = parentOf(pid);
  }
  return [parent];
}

function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number {
  try {
    // The command name (field 2) is in parentheses and may hold spaces; the parent's pid is the second field after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A process that has exited but not been reaped still answers; /proc says whether it is a zombie.
    const stat = commandOf(pid) === '' ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return !/\) Z /.test(stat);
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
