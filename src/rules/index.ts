import type { Talk } from '../model/types.ts';
import { CITATION_RULES } from './citations.ts';
import { CLAIM_RULES } from './claims.ts';
import { EDITORIAL_RULES } from './editorial.ts';
import { PLACE_RULES } from './places.ts';
import { PUBLICATION_RULES } from './publication.ts';
import { REFERENCE_RULES } from './references.ts';
import { type ContentProblem, type ContentRule, ContentRuleError, ruleContext } from './rule.ts';
import { SLIDE_RULES } from './slides.ts';
import { SPEECH_RULES } from './speech.ts';
import { TEXT_RULES } from './texts.ts';
import { WELL_FORMED_RULES } from './well-formed.ts';

export { type ContentProblem, type ContentRule, ContentRuleError, formatProblem } from './rule.ts';

/**
 * Every content rule, in order: the shape of the data first, then references, then
 * what the deck may say, then the slides and the speech. A rule may rely on the
 * ones before it only for its messages: each runs whatever the others found.
 */
export const RULES: readonly ContentRule[] = [
  ...WELL_FORMED_RULES,
  ...PUBLICATION_RULES,
  ...TEXT_RULES,
  ...REFERENCE_RULES,
  ...PLACE_RULES,
  ...CITATION_RULES,
  ...CLAIM_RULES,
  ...EDITORIAL_RULES,
  ...SLIDE_RULES,
  ...SPEECH_RULES,
];

/** Checks every rule and returns what is broken (empty when the talk is sound). */
export function validateTalk(talk: Talk, rules: readonly ContentRule[] = RULES): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const context = ruleContext(talk, problems);
  for (const rule of rules) rule.check(context);
  return problems;
}

/** Throws a `ContentRuleError` naming every broken rule. */
export function assertValidTalk(talk: Talk): void {
  const problems = validateTalk(talk);
  if (problems.length > 0) throw new ContentRuleError(problems);
}
