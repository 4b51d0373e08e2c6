/**
 * A rehearsal's record: the seconds a speaker actually spent on each slide and step, against the
 * plan (each slide's planned seconds, grouped by section). Pure: the deck records (src/client/rehearsal.ts),
 * the CSV carries it (csv.ts), and `npm run rehearsal` reports from it (scripts/rehearsal.ts).
 */

/** Where the speaker was: a slide, and the step shown on it (-1 before its first step). */
export interface RehearsalPlace {
  readonly slide: string;
  readonly step: number;
}

/** One row of a rehearsal: a step of a slide, with the slide's plan and the time spent on that step. */
export interface RehearsalRow extends RehearsalPlace {
  readonly section: string;
  /** The slide's planned seconds (the same on each of its steps' rows). */
  readonly plannedSeconds: number;
  readonly spentSeconds: number;
}

/** A slide of the plan: its section and planned seconds, in the deck's order. */
export interface PlannedSlide {
  readonly slide: string;
  readonly section: string;
  readonly plannedSeconds: number;
}

/** Seconds spent, by `slide#step`. */
export type SpentTime = Readonly<Record<string, number>>;

export function placeKey(place: RehearsalPlace): string {
  return `${place.slide}#${place.step}`;
}

/** The record with `seconds` more spent at `place`. */
export function addTime(spent: SpentTime, place: RehearsalPlace, seconds: number): SpentTime {
  if (!(seconds > 0)) return spent;
  const key = placeKey(place);
  return { ...spent, [key]: (spent[key] ?? 0) + seconds };
}

/** The record as rows in the plan's order, each step of each slide the speaker reached; slides not reached have none. */
export function rehearsalRows(plan: readonly PlannedSlide[], spent: SpentTime): RehearsalRow[] {
  return plan.flatMap((slide) =>
    Object.entries(spent)
      .flatMap(([key, seconds]) => {
        const at = key.lastIndexOf('#');
        const step = Number(key.slice(at + 1));
        return key.slice(0, at) === slide.slide && Number.isInteger(step) ? [{ step, seconds }] : [];
      })
      .sort((a, b) => a.step - b.step)
      .map(({ step, seconds }) => ({ ...slide, step, spentSeconds: round(seconds) })),
  );
}

/** Planned against spent, for one slide or one section; `over` is positive when the speaker ran long. */
export interface Comparison {
  readonly name: string;
  readonly plannedSeconds: number;
  readonly spentSeconds: number;
  readonly over: number;
}

function compare(name: string, rows: readonly RehearsalRow[], plannedSeconds: number): Comparison {
  const spentSeconds = round(rows.reduce((sum, row) => sum + row.spentSeconds, 0));
  return { name, plannedSeconds, spentSeconds, over: round(spentSeconds - plannedSeconds) };
}

/** Each slide reached, in order: its plan against the time spent on all its steps. */
export function bySlide(rows: readonly RehearsalRow[]): Comparison[] {
  const slides = [...new Set(rows.map((row) => row.slide))];
  return slides.map((slide) => {
    const own = rows.filter((row) => row.slide === slide);
    return compare(slide, own, own[0]?.plannedSeconds ?? 0);
  });
}

/** Each section reached, in order: the plan of the slides reached in it against the time spent on them. */
export function bySection(rows: readonly RehearsalRow[]): Comparison[] {
  const sections = [...new Set(rows.map((row) => row.section))];
  return sections.map((section) => {
    const own = rows.filter((row) => row.section === section);
    const planned = bySlide(own).reduce((sum, slide) => sum + slide.plannedSeconds, 0);
    return compare(section, own, planned);
  });
}

/** The slides that ran long by more than `toleranceSeconds`, longest overrun first. */
export function overruns(rows: readonly RehearsalRow[], toleranceSeconds = 0): Comparison[] {
  return bySlide(rows)
    .filter((slide) => slide.over > toleranceSeconds)
    .sort((a, b) => b.over - a.over);
}

/** Seconds to one decimal: a rehearsal is timed to the tenth, not the microsecond. */
function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
