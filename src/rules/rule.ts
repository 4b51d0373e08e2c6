import type { ContentProblem, RuleContext } from '../model/check-context.ts';
import { allSlides, byId } from '../model/talk-index.ts';
import type { Talk } from '../model/types.ts';
import { wordsFor } from '../words/index.ts';
import { numberReading } from './figures.ts';

export type { ContentProblem, RuleContext } from '../model/check-context.ts';

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
  const words = wordsFor(talk.lang, talk.words);
  // Years a century either side of the chronology read as years: sources come after it, context before.
  const years = { from: talk.period.from - 100, to: talk.period.to + 100 };
  return {
    talk,
    sources: byId(talk.sources),
    groups: byId(talk.groups),
    relations: byId(talk.relations),
    events: byId(talk.events),
    arguments: byId(talk.arguments),
    outlets: byId(talk.outlets),
    slides: allSlides(talk),
    words,
    numbers: numberReading(talk.lang, words.numberScales, years),
    report: (item, field, message) => problems.push({ item, field, message }),
  };
}

/** Number of words in a text, as a speaker counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}
