import { bySection, bySlide, type Comparison, overruns, type RehearsalRow } from './timings.ts';

/** Minutes and seconds, as a speaker reads a clock: `1:05`, `21:40`. */
export function clock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds));
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return seconds < 0 ? `-${text}` : text;
}

function signed(seconds: number): string {
  return `${seconds >= 0 ? '+' : '−'}${Math.round(Math.abs(seconds))} s`;
}

function line(comparison: Comparison, width: number): string {
  const share =
    comparison.plannedSeconds > 0
      ? ` (${signed((comparison.over / comparison.plannedSeconds) * 100).replace(' s', ' %')})`
      : '';
  return `  ${comparison.name.padEnd(width)}  ${clock(comparison.spentSeconds).padStart(6)} against ${clock(comparison.plannedSeconds).padStart(5)} planned  ${signed(comparison.over)}${share}`;
}

/**
 * What `npm run rehearsal` prints: the whole run against the plan, each section ahead or behind,
 * and the slides that ran long (by more than `toleranceSeconds`), longest first, so the speaker
 * knows where to cut words or a step.
 */
export function rehearsalReport(rows: readonly RehearsalRow[], toleranceSeconds = 0): string {
  if (rows.length === 0) return 'The rehearsal holds no time: present the deck, then export its table (key T).';
  const slides = bySlide(rows);
  const planned = slides.reduce((sum, slide) => sum + slide.plannedSeconds, 0);
  const spent = slides.reduce((sum, slide) => sum + slide.spentSeconds, 0);
  const over = spent - planned;
  const sections = bySection(rows);
  const long = overruns(rows, toleranceSeconds);
  const width = Math.max(...[...sections, ...long].map((item) => item.name.length));
  return [
    `Rehearsal of ${slides.length} slides: ${clock(spent)} spent against ${clock(planned)} planned, ${clock(Math.abs(over))} ${over > 0 ? 'behind' : 'ahead'}.`,
    '',
    'By section:',
    ...sections.map((section) => line(section, width)),
    '',
    long.length === 0
      ? `No slide ran long${toleranceSeconds > 0 ? ` by more than ${toleranceSeconds} s` : ''}.`
      : `Slides that ran long${toleranceSeconds > 0 ? ` by more than ${toleranceSeconds} s` : ''}, longest first:`,
    ...long.map((slide) => line(slide, width)),
  ].join('\n');
}
