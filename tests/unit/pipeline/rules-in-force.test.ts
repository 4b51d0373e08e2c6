import { describe, expect, it } from 'vitest';
import { rulesInForce } from '../../../src/pipeline/rules-in-force.ts';
import { RULES } from '../../../src/rules/index.ts';

describe('the rules a build enforces', () => {
  it('are every rule when nothing is skipped', () => {
    expect(rulesInForce({})).toEqual(RULES);
    expect(rulesInForce({ DECK_SKIP_RULES: ' , ' })).toEqual(RULES);
  });

  it('leave out the rules DECK_SKIP_RULES names, and only those', () => {
    const kept = rulesInForce({ DECK_SKIP_RULES: 'stage-words' }).map((rule) => rule.name);
    expect(kept).not.toContain('stage-words');
    expect(kept).toHaveLength(RULES.length - 1);
  });

  it('refuse a name that is no rule, naming it and the fix, so a typo never switches a check off', () => {
    expect(() => rulesInForce({ DECK_SKIP_RULES: 'stage-words,stage-wrods' })).toThrow(
      /DECK_SKIP_RULES names no rule: 'stage-wrods'\. Fix: /,
    );
  });
});
