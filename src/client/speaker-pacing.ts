/**
 * The speaker's time against the plan: the slides' planned seconds (`data-timing`, the
 * talk's `seconds`) laid end to end. While the elapsed time is inside the present slide's
 * planned window the speaker is on time; before it, ahead; past it, behind, by the distance
 * to the window. A slide's steps share its window: the plan says nothing finer.
 */
export type PaceStatus = 'ahead' | 'on-time' | 'behind';

export interface Pace {
  /** Seconds since the clock started. */
  readonly elapsed: number;
  /** Seconds of the plan not yet used (never below zero). */
  readonly remaining: number;
  /** The whole plan, in seconds. */
  readonly plan: number;
  readonly status: PaceStatus;
  /** Seconds ahead or behind; 0 when on time. */
  readonly by: number;
}

/** Where the speaker stands against the plan, `elapsed` seconds in, on the slide at `index` of `timings`. */
export function paceAt(timings: readonly number[], index: number, elapsed: number): Pace {
  const plan = timings.reduce((sum, seconds) => sum + seconds, 0);
  const position = Math.min(Math.max(index, 0), timings.length);
  const start = timings.slice(0, position).reduce((sum, seconds) => sum + seconds, 0);
  const end = start + (timings[position] ?? 0);
  const remaining = Math.max(0, plan - elapsed);
  if (elapsed < start) return { elapsed, remaining, plan, status: 'ahead', by: start - elapsed };
  if (elapsed > end) return { elapsed, remaining, plan, status: 'behind', by: elapsed - end };
  return { elapsed, remaining, plan, status: 'on-time', by: 0 };
}

/** Seconds as a speaker reads them: m:ss, or h:mm:ss from an hour. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A time line's words with `{time}` and `{plan}` filled in. */
export function fillTime(template: string, time: number, plan = 0): string {
  return template.replaceAll('{time}', clockText(time)).replaceAll('{plan}', clockText(plan));
}
