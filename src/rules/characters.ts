import type { ContentRule } from './rule.ts';
import { textFields } from './texts.ts';

/**
 * Characters no author types on purpose: C0 and C1 controls (tab, line feed and carriage return
 * aside, which a pasted text may hold and HTML shows as spaces) and halves of a broken
 * surrogate pair. A null byte or a form feed is written raw into the page, where browsers show
 * it as a box or drop it, and breaks the XML of a drawing.
 */
const CONTROL = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/**
 * What may not sit in an address shown in print: every control, every invisible format
 * character (the bidi overrides and isolates among them, which make an address read reversed)
 * and white space. A real address holds none of them unescaped.
 */
export const ADDRESS_UNSAFE = /[\p{Cc}\p{Cf}\p{Z}]/u;

/** The character as a reader can find it in their editor: U+202E. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `'a\u0000b'` → "U+0000 at character 2", or null when the text is clean. */
function firstMatch(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const character = match[0];
  const at = [...text.slice(0, match.index)].length + 1;
  return `${codePointName(character)} at character ${at}`;
}

const controlCharacters: ContentRule = {
  name: 'control-characters',
  check({ talk, slides, report }) {
    for (const text of textFields(talk, slides)) {
      const found = text.value === undefined ? null : firstMatch(text.value, CONTROL);
      if (found)
        report(
          text.item,
          text.field,
          `holds the invisible control character ${found}, which the page would show as a box or drop. Fix: delete it (retype the text if it was pasted).`,
        );
    }
  },
};

const addressCharacters: ContentRule = {
  name: 'address-characters',
  check({ talk, report }) {
    const addressed = [
      ...talk.sources.map((source) => [`source '${source.id}'`, source.url] as const),
      ...(talk.credits ?? []).map((credit) => [`credit '${credit.id}'`, credit.url] as const),
    ];
    for (const [item, url] of addressed) {
      const found = firstMatch(url ?? '', ADDRESS_UNSAFE);
      if (found)
        report(
          item,
          'url',
          `holds ${found}, an invisible or space character that a printed address cannot show (a right-to-left override makes it read reversed). Fix: copy the address again from the browser's address bar, or percent-encode the character.`,
        );
    }
  },
};

/** Rules on the characters themselves, whatever field they sit in. */
export const CHARACTER_RULES: readonly ContentRule[] = [controlCharacters, addressCharacters];
