import { describe, expect, it } from 'vitest';
import type { Group } from '../../../src/model/types.ts';
import { hedgeBefore, numbersIn, valuesIn } from '../../../src/rules/figures.ts';
import { namesGroup, namesGroupInRole } from '../../../src/rules/naming.ts';

const group = (id: string, name: string, shortName: string, aliases: string[] = []): Group => ({
  id,
  name,
  shortName,
  aliases,
  kind: 'group',
  founded: null,
  summary: '',
  source: { source: 's', excerpt: '', verbatim: false },
});

describe('naming a group in a text', () => {
  const core = group('core', 'Islamic State', 'IS', ['ISIS']);
  const branch = group('branch', 'Islamic State Khorasan Province', 'ISKP', ['ISIS-K', 'Khorasan Province']);
  const groups = [core, branch];

  it('does not take a branch for its parent organisation', () => {
    expect(namesGroup('claimed by the Islamic State Khorasan Province', core, groups)).toBe(false);
    expect(namesGroup('claimed by the Islamic State Khorasan Province', branch, groups)).toBe(true);
    expect(namesGroup('Both were claimed by the Islamic State.', core, groups)).toBe(true);
    expect(namesGroup('Both were claimed by the Islamic State.', branch, groups)).toBe(false);
    expect(namesGroup('ISIS-K claimed it', core, groups)).toBe(false);
  });

  it('matches a short name in capitals only in capitals', () => {
    expect(namesGroup('This is what it is.', core, groups)).toBe(false);
    expect(namesGroup('IS claimed it.', core, groups)).toBe(true);
  });

  it('names a claimant only in a sentence that speaks of a claim', () => {
    expect(namesGroupInRole('The Khorasan Province claimed it.', branch, groups, ['claim'])).toBe(true);
    expect(
      namesGroupInRole('Amaq spoke. The Khorasan Province was active. Nobody claimed it.', branch, groups, ['claim']),
    ).toBe(false);
  });
});

describe('reading numbers in prose', () => {
  it('reads grouped, decimal and scaled numbers', () => {
    expect(numbersIn('1,524 deaths; $7.12bn; 1.7 million; 93 percent').map((written) => written.value)).toEqual([
      1524, 7.12e9, 1.7e6, 93,
    ]);
    expect(valuesIn('about $7.12 billion')).toContain(7.12);
  });

  it('finds the hedge a text puts before a number', () => {
    expect(hedgeBefore('around 54 people; some 3,000 fighters; 23 soldiers', 54, ['around', 'some'])).toBe('around');
    expect(hedgeBefore('around 54 people; some 3,000 fighters; 23 soldiers', 3000, ['around', 'some'])).toBe('some');
    expect(hedgeBefore('around 54 people; some 3,000 fighters; 23 soldiers', 23, ['around', 'some'])).toBeNull();
    expect(hedgeBefore('around 1.7 million', 1.7, ['around'])).toBe('around');
  });
});
