import { fixed, svg } from '../../diagrams/svg/svg-text.ts';
import { toneVar } from '../../look/group-looks.ts';
import { type AreaScale, areaRadius, markPath } from '../../look/marks.ts';
import { coverEndInto, yearsInto } from '../../model/dates.ts';
import { deathsOf } from '../../model/magnitude.ts';
import type { TimelineEvent } from '../../model/types.ts';
import type { RenderContext } from '../context.ts';
import { type SafeHtml, trusted } from '../html.ts';
import { claimLook } from './event-card.ts';

/**
 * The whole period as a time-scaled strip, drawn at build time as SVG: each event at its
 * date (a span or a date known only to the month or year as a bar over what it covers),
 * each attack in the mark and tone of the name it was claimed in, its area by the deaths
 * reported. The slide's year is brought forward; its events brighten one per step with
 * their cards (same fragment index), so the picture and the card arrive together.
 */

/** Drawn at scale 1: one unit is one CSS pixel of the 1280×720 design, the width of the year axis above. */
export const STRIP_WIDTH = 1184;
export const STRIP_HEIGHT = 60;
const MID = STRIP_HEIGHT / 2;
/** Area by deaths: an attack with no count gets the least radius; no mark takes more than the strip's half height. */
const DEATHS_SCALE: AreaScale = { least: 7, most: MID - 2, perRoot: 1.6 };
/**
 * The slide's year is brought forward as a lens: it takes this many years' width, so its
 * events stand apart, while every other year keeps one. The axis of years above uses the
 * same weights (deck.css: `flex` of its items), so each year's link sits over its stretch.
 */
export const LENS = 3;

function eventShape(context: RenderContext, event: TimelineEvent, x: (years: number) => number): string {
  const { from } = context.index.talk.period;
  const start = x(yearsInto(event.date, from));
  const end = x(coverEndInto(event.until ?? event.date, from));
  const look = claimLook(context, event);
  // A span, or a date known only to the year or month: a bar over what it covers, never a false point.
  const approximate = event.until !== undefined || event.date.day === undefined;
  const bar = approximate
    ? `<rect class="strip-range" x="${fixed(start)}" y="${MID - 4}" width="${fixed(Math.max(4, end - start))}" height="8" rx="4"></rect>`
    : '';
  const centre = approximate ? (start + end) / 2 : start;
  if (look) {
    const r = areaRadius(deathsOf(event, context.index.words.stage.deathTerms), DEATHS_SCALE);
    return `${bar}<path class="strip-mark" d="${markPath(look.mark, centre, MID, r)}" style="fill:${toneVar(look)}"></path>`;
  }
  return (
    bar ||
    `<line class="strip-tick" x1="${fixed(centre)}" x2="${fixed(centre)}" y1="${MID - 12}" y2="${MID + 12}"></line>`
  );
}

/**
 * The strip for year `year`. `steps` gives the fragment index of each event shown as a
 * card on this page, so its mark brightens with its card; the year's other events stay
 * bright, the other years' are dimmed.
 */
export function yearStrip(context: RenderContext, year: number, steps: ReadonlyMap<string, number>): SafeHtml {
  const { talk, words, formats } = context.index;
  const { from, to } = talk.period;
  const band = STRIP_WIDTH / (to - from + LENS);
  const lensStart = year - from;
  // Time-scaled within each year: the lens year at LENS times the scale of the others.
  const x = (years: number): number => {
    if (years <= lensStart) return years * band;
    if (years <= lensStart + 1) return (lensStart + (years - lensStart) * LENS) * band;
    return (years + LENS - 1) * band;
  };
  const current = `<rect class="strip-current" x="${fixed(x(lensStart))}" y="0" width="${fixed(band * LENS)}" height="${STRIP_HEIGHT}"></rect>`;
  const ticks = Array.from({ length: to - from + 2 }, (_, k) => {
    const at = fixed(x(k));
    return `<line class="strip-year" x1="${at}" x2="${at}" y1="${MID - 6}" y2="${MID + 6}"></line>`;
  }).join('');
  // The larger marks first, so a small one is never hidden under a large one.
  const byArea = [...talk.events].sort(
    (a, b) => (deathsOf(b, words.stage.deathTerms) ?? 0) - (deathsOf(a, words.stage.deathTerms) ?? 0),
  );
  const shapes = byArea
    .map((event) => {
      const step = steps.get(event.id);
      const inYear = event.date.year === year;
      const classes = inYear
        ? `strip-event strip-now${step === undefined ? '' : ' fragment strip-step'}`
        : 'strip-event';
      const index = step === undefined ? '' : ` data-fragment-index="${step}"`;
      return `<g class="${classes}" data-event="${svg`${event.id}`.markup}"${index}>${eventShape(context, event, x)}</g>`;
    })
    .join('');
  const name = words.stage.strip(formats.span({ year: from }, { year: to }), year);
  return trusted(
    `<svg class="year-strip" viewBox="0 0 ${STRIP_WIDTH} ${STRIP_HEIGHT}" role="img" aria-label="${svg`${name}`.markup}">${current}<line class="strip-line" x1="0" x2="${STRIP_WIDTH}" y1="${MID}" y2="${MID}"></line>${ticks}${shapes}</svg>`,
  );
}
