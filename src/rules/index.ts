import type { Talk } from '../model/types.ts';
import { CHARACTER_RULES } from './characters.ts';
import { CITATION_RULES } from './citations.ts';
import { CLAIM_RULES } from './claims.ts';
import { EDITORIAL_RULES } from './editorial.ts';
import { INTERFACE_WORD_RULES, KNOWN_LANGUAGE_RULE } from './interface-words.ts';
import { PLACE_RULES } from './places.ts';
import { PUBLICATION_RULES } from './publication.ts';
import { REFERENCE_RULES } from './references.ts';
import { type ContentProblem, type ContentRule, ContentRuleError, ruleContext } from './rule.ts';
import { SLIDE_RULES } from './slides.ts';
import { SPEECH_RULES } from './speech.ts';
import { STAGE_RULES } from './stage.ts';
import { TEXT_RULES } from './texts.ts';
import { WELL_FORMED_RULES } from './well-formed.ts';

export { type ContentProblem, type ContentRule, ContentRuleError } from './rule.ts';

/**
 * Every content rule, in order: the shape of the data first, then references, then
 * what the deck may say, then the slides and the speech. A rule may rely on the
 * ones before it only for its messages: each runs whatever the others found.
 */
export const RULES: readonly ContentRule[] = [
  ...INTERFACE_WORD_RULES,
  ...WELL_FORMED_RULES,
  ...CHARACTER_RULES,
  ...PUBLICATION_RULES,
  ...TEXT_RULES,
  ...REFERENCE_RULES,
  ...PLACE_RULES,
  ...CITATION_RULES,
  ...CLAIM_RULES,
  ...EDITORIAL_RULES,
  ...SLIDE_RULES,
  ...SPEECH_RULES,
  ...STAGE_RULES,
];

/**
 * Checks every rule and returns what is broken (empty when the talk is sound). Each
 * message starts with the name of the rule that found it, so an author can look the rule up
 * (`src/rules/`, and its broken fixture in the unit tests) by that name.
 */
export function validateTalk(talk: Talk, rules: readonly ContentRule[] = RULES): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const context = ruleContext(talk, problems);
  for (const rule of rules) {
    rule.check({
      ...context,
      report: (item, field, message) => context.report(item, field, `${rule.name}: ${message}`),
    });
    // Without its language's words, every rule that reads them would fail too: the one cause is reported alone.
    if (rule.name === KNOWN_LANGUAGE_RULE && problems.length > 0) return problems;
  }
  return problems;
}

/** Throws a `ContentRuleError` naming every broken rule. */
export function assertValidTalk(talk: Talk, rules: readonly ContentRule[] = RULES): void {
  const problems = validateTalk(talk, rules);
  if (problems.length > 0) throw new ContentRuleError(problems);
}
