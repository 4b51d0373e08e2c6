import { applyCut, cutsOf } from '../model/cuts.ts';
import type { Talk } from '../model/types.ts';
import { CHARACTER_RULES } from './characters.ts';
import { CITATION_RULES } from './citations.ts';
import { CLAIM_RULES } from './claims.ts';
import { CUT_RULES } from './cuts.ts';
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
  ...CUT_RULES,
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
 * Checks every rule and returns what is broken (empty when the talk is sound). A talk with
 * cuts is checked once per cut (`only`: these cuts; default every one), as that cut presents
 * it, and each problem names the cuts it is found in. Each
 * message starts with the name of the rule that found it, so an author can look the rule up
 * (`src/rules/`, and its broken fixture in the unit tests) by that name.
 */
export function validateTalk(
  talk: Talk,
  rules: readonly ContentRule[] = RULES,
  only: readonly string[] = cutsOf(talk).map((cut) => cut.id),
): ContentProblem[] {
  const onCuts = rules.filter((rule) => !CUT_RULES.includes(rule));
  // A talk already cut is checked as it is; its cuts' own rules read the talk as written.
  if (talk.presenting !== undefined) return validateOne(talk, onCuts);
  const cuts = cutsOf(talk);
  const declared = validateOne(
    talk,
    rules.filter((rule) => CUT_RULES.includes(rule)),
  );
  if (cuts.length === 0) return [...declared, ...validateOne(talk, onCuts)];
  if (declared.length > 0) return declared;
  return nameTheCuts(
    only.map((cut) => ({ cut, problems: validateOne(applyCut(talk, cut), onCuts) })),
    cuts.length,
  );
}

/**
 * One problem per item, field and message, naming the cuts it is found in: `slide '2016' (cut 10)`,
 * or all of them when it is found in every cut (`talk (cuts 10, 20: every cut)`).
 */
function nameTheCuts(
  found: ReadonlyArray<{ cut: string; problems: readonly ContentProblem[] }>,
  count: number,
): ContentProblem[] {
  const merged = new Map<string, { problem: ContentProblem; cuts: string[] }>();
  for (const { cut, problems } of found) {
    for (const problem of problems) {
      const key = `${problem.item}\u0000${problem.field}\u0000${problem.message}`;
      const entry = merged.get(key) ?? { problem, cuts: [] };
      entry.cuts.push(cut);
      merged.set(key, entry);
    }
  }
  return [...merged.values()].map(({ problem, cuts }) => ({
    ...problem,
    item: `${problem.item} (${cuts.length === 1 ? 'cut' : 'cuts'} ${cuts.join(', ')}${cuts.length === count && count > 1 ? ': every cut' : ''})`,
  }));
}

function validateOne(talk: Talk, rules: readonly ContentRule[]): ContentProblem[] {
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
export function assertValidTalk(talk: Talk, rules: readonly ContentRule[] = RULES, only?: readonly string[]): void {
  const problems = validateTalk(talk, rules, only);
  if (problems.length > 0) throw new ContentRuleError(problems);
}
