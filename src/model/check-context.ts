import type { NumberReading } from '../rules/figures.ts';
import type { Words } from '../words/index.ts';
import { dateProblem, isoDate } from './dates.ts';
import type {
  AuthorArgument,
  Group,
  Outlet,
  PartialDate,
  Relation,
  SlideSpec,
  Source,
  Talk,
  TimelineEvent,
} from './types.ts';

/**
 * What a content check sees, and the checks every kind of content shares. Apart from
 * `src/rules/` so that slide and diagram kinds, which bring their own checks, and the
 * rules, which run them, all build on it without reaching into one another.
 */

/** One broken content rule, naming the item and the field so the author knows what to fix. */
export interface ContentProblem {
  /** The item, e.g. "event 'harbour-fire-1907'" or "slide 'why-the-harbour'". */
  readonly item: string;
  /** The field, e.g. "responsibility.claims[0].madeIn". */
  readonly field: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** Records a problem. */
export type Report = (item: string, field: string, message: string) => void;

/** The talk as rules see it: the raw data, maps by id that may miss (the data is not yet known to be sound), and a reporter. */
export interface RuleContext {
  readonly talk: Talk;
  readonly sources: ReadonlyMap<string, Source>;
  readonly groups: ReadonlyMap<string, Group>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly arguments: ReadonlyMap<string, AuthorArgument>;
  readonly outlets: ReadonlyMap<string, Outlet>;
  readonly slides: readonly SlideSpec[];
  /** The talk's interface words, for rules that read its language (role terms, hedges). */
  readonly words: Words;
  /** How the talk's language writes numbers, for rules that read figures out of prose. */
  readonly numbers: NumberReading;
  readonly report: Report;
}

/** Reports a reference to a group that does not exist; true when it does. For kinds' own rules as much as the talk's. */
export function needGroup(
  context: Pick<RuleContext, 'groups' | 'report'>,
  id: string,
  item: string,
  field: string,
): boolean {
  if (context.groups.has(id)) return true;
  context.report(item, field, `names group '${id}', which does not exist; add it to the groups or fix the id`);
  return false;
}

/** Reports a reference to an item of another kind that does not exist. */
export function needOne(
  report: Report,
  map: ReadonlyMap<string, unknown>,
  kind: string,
  id: string,
  item: string,
  field: string,
): void {
  if (!map.has(id)) report(item, field, `names ${kind} '${id}', which does not exist; add it or fix the id`);
}

/** Reports an impossible date, or one outside the talk's period when `inPeriod`. */
export function checkDate(
  talk: Talk,
  date: PartialDate,
  item: string,
  field: string,
  report: Report,
  inPeriod = true,
): void {
  const problem = dateProblem(date);
  if (problem) report(item, field, problem);
  if (date.qualifier && ['early', 'mid', 'late'].includes(date.qualifier) && date.day !== undefined)
    report(item, field, `'${date.qualifier}' hedges a year or a month, not a day; drop the day or the qualifier`);
  if (inPeriod && (date.year < talk.period.from || date.year > talk.period.to)) {
    report(item, field, `${isoDate(date)} is outside the talk's period ${talk.period.from}–${talk.period.to}`);
  }
}
