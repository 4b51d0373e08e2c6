import { allSlides, byId } from '../model/talk-index.ts';
import type {
  AuthorArgument,
  Group,
  Outlet,
  Relation,
  SlideSpec,
  Source,
  Talk,
  TimelineEvent,
} from '../model/types.ts';
import { type Words, wordsFor } from '../words/index.ts';

/** One broken content rule, naming the item and the field so the author knows what to fix. */
export interface ContentProblem {
  /** The item, e.g. "event 'bajaur-2023'" or "slide 'why-pakistan'". */
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
  readonly report: Report;
}

/** One content rule: a name for tests and messages, and the check. */
export interface ContentRule {
  /** Short, unique, kebab-case, e.g. "claimant-named". */
  readonly name: string;
  readonly check: (context: RuleContext) => void;
}

/** Thrown by `assertValidTalk`; its message lists every problem, one per line. */
export class ContentRuleError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`The talk's content breaks ${problems.length} rule(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentRuleError';
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `  - ${problem.item}, field ${problem.field}: ${problem.message}`;
}

/** Builds the rules' view of a talk, reporting into `problems`. */
export function ruleContext(talk: Talk, problems: ContentProblem[]): RuleContext {
  return {
    talk,
    sources: byId(talk.sources),
    groups: byId(talk.groups),
    relations: byId(talk.relations),
    events: byId(talk.events),
    arguments: byId(talk.arguments),
    outlets: byId(talk.outlets),
    slides: allSlides(talk),
    words: wordsFor(talk.lang, talk.words),
    report: (item, field, message) => problems.push({ item, field, message }),
  };
}

/** Number of words in a text, as a speaker counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
