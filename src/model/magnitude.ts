import type { Figure, TimelineEvent } from './types.ts';

/**
 * How big an event was, read from its figures: what the time strip sizes by area and
 * what a stage card shows as its one number. Pure; the words that count deaths come
 * from the talk's language (`Words.stage.deathTerms`), so no language lives here.
 */

/** True when the label counts deaths: one of its words starts with a death term ("killed", "tués"). */
export function countsDeaths(figure: Figure, deathTerms: readonly string[]): boolean {
  const words = figure.label.toLocaleLowerCase().split(/[^\p{L}]+/u);
  return words.some((word) => deathTerms.some((term) => word.startsWith(term.toLocaleLowerCase())));
}

/** The label without its qualifier in brackets: "killed (first count)" and "killed (revised toll)" count the same people. */
function whatIsCounted(figure: Figure): string {
  return figure.label.replace(/\s*\(.*\)\s*$/, '').trim();
}

/**
 * The deaths an event's figures report, or null when none counts deaths. Counts of the
 * same people (one label, revised) are not added: the last given, the latest count, stands;
 * counts of different people ("hostages killed", "police officers killed") are added.
 */
export function deathsOf(event: TimelineEvent, deathTerms: readonly string[]): number | null {
  const latest = new Map<string, number>();
  for (const figure of event.figures.filter((candidate) => countsDeaths(candidate, deathTerms)))
    latest.set(whatIsCounted(figure), figure.amount);
  if (latest.size === 0) return null;
  return [...latest.values()].reduce((sum, amount) => sum + amount, 0);
}

/**
 * The one figure a stage card shows: the largest death count where there is one (the
 * number the audience remembers), else the event's first figure; null for an event with none.
 */
export function headlineFigure(event: TimelineEvent, deathTerms: readonly string[]): Figure | null {
  const deaths = event.figures.filter((figure) => countsDeaths(figure, deathTerms));
  if (deaths.length > 0) return deaths.reduce((largest, figure) => (figure.amount > largest.amount ? figure : largest));
  return event.figures[0] ?? null;
}
