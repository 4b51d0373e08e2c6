import { knownLanguages, speaks } from '../words/index.ts';
import type { ContentRule } from './rule.ts';
import { isLanguageTag } from './well-formed.ts';

export const KNOWN_LANGUAGE_RULE = 'known-language';

/**
 * A talk in a language the engine has no words for would print English labels around its text
 * and then break every rule that reads those words: refused here, once, with the languages there are.
 * (A tag that is not a language tag at all is the text rule's to refuse.)
 */
const knownLanguage: ContentRule = {
  name: KNOWN_LANGUAGE_RULE,
  check({ talk, report }) {
    if (!isLanguageTag(talk.lang) || speaks(talk.lang)) return;
    const known = knownLanguages();
    report(
      'talk',
      'lang',
      `the engine has no interface words for '${talk.lang}'; it knows ${known.map((lang) => `'${lang}'`).join(', ')}. Fix: set lang to one of them, or add src/words/${talk.lang.toLowerCase().split('-')[0]}.ts (a copy of en.ts in that language) and list it in src/words/index.ts.`,
    );
  },
};

/** Every text among a talk's word overrides, with its path (`badges.article.label`); phrasings (functions) are the author's code. */
function* overrideTexts(value: unknown, path: string): Generator<readonly [string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) yield* overrideTexts(inner, path ? `${path}.${key}` : key);
}

const wordOverrides: ContentRule = {
  name: 'word-overrides',
  check({ talk, report }) {
    for (const [path, text] of overrideTexts(talk.words ?? {}, '')) {
      if (text.trim() === '')
        report(
          'talk',
          `words.${path}`,
          `overrides an interface word with an empty text, which would show as an empty label. Fix: give the word, or remove the override to keep the language's own.`,
        );
    }
  },
};

/** Rules on the words the engine prints around the talk's content. */
export const INTERFACE_WORD_RULES: readonly ContentRule[] = [knownLanguage, wordOverrides];
