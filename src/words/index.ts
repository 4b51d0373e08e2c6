import { en } from './en.ts';
import { fr } from './fr.ts';
import type { WordOverrides, Words } from './types.ts';

export type { WordOverrides, Words } from './types.ts';

/** The languages the engine speaks, by primary language subtag. A new language is one module and one line here. */
const LANGUAGES: Readonly<Record<string, Words>> = { en, fr };

/** The words for a talk: its language's (English when the engine has none for it), with the talk's overrides on top. */
export function wordsFor(lang: string, overrides: WordOverrides = {}): Words {
  const base = LANGUAGES[primaryLanguage(lang)] ?? en;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    // Groups of words merge entry by entry; single words and phrasings replace.
    merged[key] = isGroup(current) && isGroup(value) ? { ...current, ...value } : value;
  }
  return merged as unknown as Words;
}

/** The primary language subtags the engine has words for, e.g. `['en', 'fr']`. */
export function knownLanguages(): string[] {
  return Object.keys(LANGUAGES);
}

/** Whether the engine has words of its own for this language (otherwise English stands in). */
export function speaks(lang: string): boolean {
  return primaryLanguage(lang) in LANGUAGES;
}

function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
