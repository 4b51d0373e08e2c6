import { describe, expect, it } from 'vitest';
import { clockText, fillTime, paceAt } from '../../../src/client/speaker-pacing.ts';

/** Three slides planned at 60, 30 and 90 seconds: 3:00 in all. */
const PLAN = [60, 30, 90];

describe('the speaker view’s time against the plan', () => {
  it('is on time anywhere inside the present slide’s planned window', () => {
    expect(paceAt(PLAN, 0, 0)).toEqual({ elapsed: 0, remaining: 180, plan: 180, status: 'on-time', by: 0 });
    expect(paceAt(PLAN, 1, 60).status).toBe('on-time');
    expect(paceAt(PLAN, 1, 90).status).toBe('on-time');
  });

  it('is ahead, by the time to the slide’s planned start, when the speaker got there early', () => {
    expect(paceAt(PLAN, 2, 40)).toMatchObject({ status: 'ahead', by: 50, remaining: 140 });
  });

  it('is behind, by the time past the slide’s planned end, when the speaker lingers', () => {
    expect(paceAt(PLAN, 0, 75)).toMatchObject({ status: 'behind', by: 15 });
    // Past the whole plan: nothing remains, and the lateness keeps counting.
    expect(paceAt(PLAN, 2, 200)).toMatchObject({ status: 'behind', by: 20, remaining: 0 });
  });

  it('reads times as m:ss, h:mm:ss from an hour, and fills the talk’s words', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(75.9)).toBe('1:15');
    expect(clockText(1230)).toBe('20:30');
    expect(clockText(3725)).toBe('1:02:05');
    expect(clockText(-3)).toBe('0:00');
    expect(fillTime('{time} left of {plan}', 1008, 1200)).toBe('16:48 left of 20:00');
    expect(fillTime('{time} behind', 40)).toBe('0:40 behind');
  });
});
