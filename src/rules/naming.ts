import type { Group } from '../model/types.ts';

/** Longest name a group may have; longer is a pasting accident, and would slow the matching below. */
export const MAX_NAME_LENGTH = 300;

/** Every name a group goes by: full, short, aliases. */
export function groupNames(group: Group): string[] {
  return [group.name, group.shortName, ...group.aliases];
}

interface NameMatch {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where a text names groups. Names are matched longest first and each stretch of text
 * counts once, so a branch's full name ("Guild of Masons, Eastport Lodge") names the
 * branch and not the guild, whose name it contains.
 */
export function groupMentions(text: string, groups: Iterable<Group>): readonly NameMatch[] {
  const names = [...groups].flatMap((candidate) =>
    groupNames(candidate)
      .filter((name) => name.trim() !== '' && name.length <= MAX_NAME_LENGTH)
      .map((name) => ({ name, id: candidate.id, exactCase: isAcronym(name) })),
  );
  // The rules ask about the same sentence once per group they weigh (is this group named as the claimant?):
  // found once per sentence and set of names.
  const key = `${JSON.stringify(names)}\u0000${text}`;
  const known = MENTIONS.get(key);
  if (known) return known;
  const found = findMentions(text, names);
  // Fuzzed talks bring endless new texts: the memo is for a talk's working set, not for them.
  if (MENTIONS.size >= 20_000) MENTIONS.clear();
  MENTIONS.set(key, found);
  return found;
}

const MENTIONS = new Map<string, readonly NameMatch[]>();

function findMentions(text: string, names: Array<{ name: string; id: string; exactCase: boolean }>): NameMatch[] {
  names.sort((a, b) => b.name.length - a.name.length);
  const lower = text.toLowerCase();
  const found: NameMatch[] = [];
  for (const { name, id, exactCase } of names) {
    const occurrences = exactCase ? wordOccurrences(text, name) : wordOccurrences(lower, name.toLowerCase());
    for (const start of occurrences) {
      const end = start + name.length;
      if (found.some((taken) => start < taken.end && end > taken.start)) continue;
      found.push({ id, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A short name in capitals ("IS", "UN") is matched in capitals only, so that the short
 * name "IS" is not found in every "is" of a sentence.
 */
function isAcronym(name: string): boolean {
  return name.length <= 6 && name === name.toUpperCase() && /\p{Lu}/u.test(name);
}

/** Ids of the groups a text names. */
export function groupsNamedIn(text: string, groups: Iterable<Group>): Set<string> {
  return new Set(groupMentions(text, groups).map((match) => match.id));
}

/** True when the text names the group (see `groupMentions`). */
export function namesGroup(text: string, group: Group, groups: Iterable<Group>): boolean {
  return groupsNamedIn(text, groups).has(group.id);
}

/**
 * True when a sentence of the text names the group together with one of the role's
 * terms (e.g. "claimed"), so that a group the excerpt mentions in passing is not taken
 * for the claimant.
 */
export function namesGroupInRole(
  text: string,
  group: Group,
  groups: Iterable<Group>,
  terms: readonly string[],
): boolean {
  const all = [...groups];
  return sentences(text).some(
    (sentence) =>
      namesGroup(sentence, group, all) &&
      terms.some((term) => wordOccurrences(sentence.toLowerCase(), term.toLowerCase(), true).length > 0),
  );
}

/** The sentences of a text (split after . ! ? ; followed by a space). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+/u).filter((sentence) => sentence.trim() !== '');
}

/**
 * Start offsets of `phrase` in `text` as whole words. With `prefix`, a term may start
 * a longer word ("claim" finds "claimed"), as role terms are stems.
 */
export function wordOccurrences(text: string, phrase: string, prefix = false): number[] {
  // Most texts do not hold the phrase at all: a plain search settles those without a pattern.
  if (!text.includes(phrase)) return [];
  return [...text.matchAll(wordPattern(phrase, prefix))].map((match) => match.index ?? 0);
}

/**
 * The whole-word pattern of a phrase, compiled once: the rules look for the same few dozen names
 * and terms in every text of a talk, and compiling a Unicode pattern costs more than running it.
 */
const WORD_PATTERNS = new Map<string, RegExp>();

function wordPattern(phrase: string, prefix: boolean): RegExp {
  const key = `${prefix ? 'prefix' : 'word'}:${phrase}`;
  const known = WORD_PATTERNS.get(key);
  if (known) return known;
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = prefix ? '' : '(?![\\p{L}\\p{N}])';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${after}`, 'gu');
  // Fuzzed talks bring endless new names: the memo is for a talk's working set, not for them.
  if (WORD_PATTERNS.size >= 5000) WORD_PATTERNS.clear();
  WORD_PATTERNS.set(key, pattern);
  return pattern;
}
