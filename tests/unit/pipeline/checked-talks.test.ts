import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Talk } from '../../../src/model/types.ts';
import { assertValidTalkKept, codeFingerprint, talkAsData } from '../../../src/pipeline/checked-talks.ts';
import { type ContentRule, ContentRuleError } from '../../../src/rules/index.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';

/** A rule that counts how often it runs, and finds a problem when the talk's title says so. */
function countingRule(): ContentRule & { runs: number } {
  const rule = {
    name: 'counting',
    runs: 0,
    check: ({ talk, report }: Parameters<ContentRule['check']>[0]) => {
      rule.runs += 1;
      if (talk.title.includes('broken')) report('talk', 'title', 'counting: the title says it is broken');
    },
  };
  return rule;
}

const cacheDir = (): string => mkdtempSync(join(tmpdir(), 'checked-talks-'));
const ENGINE = 'engine v1';
/** The fixture talk without its own wording of the interface (functions): plain data, known by its data. */
const { words: _functions, ...plainTalk } = guildsTalk;
const talk: Talk = plainTalk;

describe('the content rules’ verdict kept between builds (src/pipeline/checked-talks.ts)', () => {
  it('checks a talk once, then remembers its pass for the same talk, rules and engine', () => {
    const rule = countingRule();
    const options = { cacheDir: cacheDir(), engine: ENGINE };
    expect(assertValidTalkKept(talk, [rule], undefined, options)).toBe(true);
    expect(assertValidTalkKept(talk, [rule], undefined, options)).toBe(false);
    expect(assertValidTalkKept(structuredClone(talk), [rule], undefined, options)).toBe(false);
    expect(rule.runs).toBe(1);
  });

  it('checks again when the talk, the rules in force, the cuts or the engine change', () => {
    const rule = countingRule();
    const dir = cacheDir();
    assertValidTalkKept(talk, [rule], undefined, { cacheDir: dir, engine: ENGINE });
    const edited: Talk = { ...talk, subtitle: `${talk.subtitle ?? ''} (edited)` };
    expect(assertValidTalkKept(edited, [rule], undefined, { cacheDir: dir, engine: ENGINE })).toBe(true);
    const other = { ...countingRule(), name: 'another' };
    expect(assertValidTalkKept(talk, [rule, other], undefined, { cacheDir: dir, engine: ENGINE })).toBe(true);
    expect(assertValidTalkKept(talk, [rule], ['10'], { cacheDir: dir, engine: ENGINE })).toBe(true);
    expect(assertValidTalkKept(talk, [rule], undefined, { cacheDir: dir, engine: 'engine v2' })).toBe(true);
    expect(rule.runs).toBe(5);
  });

  it('never remembers a talk that breaks a rule: it is refused at every build', () => {
    const rule = countingRule();
    const options = { cacheDir: cacheDir(), engine: ENGINE };
    const broken: Talk = { ...talk, title: 'A broken talk' };
    for (let build = 0; build < 2; build++)
      expect(() => assertValidTalkKept(broken, [rule], undefined, options)).toThrow(ContentRuleError);
    expect(rule.runs).toBe(2);
    expect(existsSync(join(options.cacheDir, 'checked-talks.json'))).toBe(false);
  });

  it.each([
    ['cut short', '["ab'],
    ['not a list', '{"key": 1}'],
    ['a list of other things', '[1, null, {}]'],
  ])('checks the talk when the kept file is %s', (_what, text) => {
    const rule = countingRule();
    const dir = cacheDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'checked-talks.json'), text);
    expect(assertValidTalkKept(talk, [rule], undefined, { cacheDir: dir, engine: ENGINE })).toBe(true);
    expect(assertValidTalkKept(talk, [rule], undefined, { cacheDir: dir, engine: ENGINE })).toBe(false);
  });

  it.each([
    ['a function (its own wording of the interface)', guildsTalk],
    ['a map', { ...talk, extra: new Map([['a', 1]]) } as unknown as Talk],
  ])('always checks a talk holding %s, unless its module’s hash is given', (_what, strange) => {
    expect(talkAsData(strange)).toBeNull();
    const rule = countingRule();
    const options = { cacheDir: cacheDir(), engine: ENGINE };
    for (let build = 0; build < 2; build++) expect(assertValidTalkKept(strange, [rule], undefined, options)).toBe(true);
    const known = { ...options, talkModuleHash: 'module v1' };
    expect(assertValidTalkKept(strange, [rule], undefined, known)).toBe(true);
    expect(assertValidTalkKept(strange, [rule], undefined, known)).toBe(false);
    expect(assertValidTalkKept(strange, [rule], undefined, { ...known, talkModuleHash: 'module v2' })).toBe(true);
    expect(rule.runs).toBe(4);
  });

  it('fingerprints the engine by the content of every source file and of the lockfile', () => {
    const source = mkdtempSync(join(tmpdir(), 'engine-'));
    mkdirSync(join(source, 'rules'));
    writeFileSync(join(source, 'rules', 'a.ts'), 'export const a = 1;');
    const lockfile = join(source, '..', `lock-${Math.random()}.json`);
    const first = codeFingerprint(source, lockfile);
    expect(codeFingerprint(source, lockfile)).toBe(first);
    writeFileSync(join(source, 'rules', 'a.ts'), 'export const a = 2;');
    const edited = codeFingerprint(source, lockfile);
    expect(edited).not.toBe(first);
    writeFileSync(lockfile, '{"lockfileVersion": 3}');
    expect(codeFingerprint(source, lockfile)).not.toBe(edited);
  });
});
