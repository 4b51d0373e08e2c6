import { type ContentRule, RULES } from '../rules/index.ts';

/**
 * The content rules a build enforces: all of them, less those `$DECK_SKIP_RULES` names
 * (comma-separated rule names). The knob exists so that a talk can be built to look at how it
 * lays out before its wording is done, and so that the build's own last line of defence, the
 * fit check, can be tested on content that only the stage rules would have refused. A name
 * that is no rule is refused, so a typo never switches a check off unnoticed.
 */
export function rulesInForce(env: NodeJS.ProcessEnv = process.env): readonly ContentRule[] {
  const skipped = (env['DECK_SKIP_RULES'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = skipped.filter((name) => !RULES.some((rule) => rule.name === name));
  if (unknown.length > 0)
    throw new Error(
      `DECK_SKIP_RULES names no rule: ${unknown.map((name) => `'${name}'`).join(', ')}. Fix: use the rule names that start each rule's message (e.g. 'stage-words'), or unset it.`,
    );
  return RULES.filter((rule) => !skipped.includes(rule.name));
}
