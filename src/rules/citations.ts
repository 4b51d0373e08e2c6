import type { ContentRule } from './rule.ts';

/** A title that describes a piece instead of giving its headline: "[report on …]". */
const PLACEHOLDER_TITLE = /^\s*[[(<{].*[\])>}]\s*$|^\s*(untitled|unknown|n\/?a|tbd|todo)\b/i;

/** Publishers that name no organisation: "Press reports", "various", "media". */
const UNNAMED_PUBLISHER =
  /^\s*(the\s+)?((press|news|media|wire|web|online|internet)\s*)?(reports?|sources?|agencies|accounts?|outlets?)\s*$|^\s*(various|several|multiple|unknown|anonymous|n\/?a|press|media|news|tbd|todo)\b/i;

/** Every source is a real citation: a headline, a named publisher. (Addresses and dates have their own rules.) */
const realCitations: ContentRule = {
  name: 'real-citations',
  check({ talk, report }) {
    for (const source of talk.sources) {
      const item = `source '${source.id}'`;
      if (source.title.trim() === '' || PLACEHOLDER_TITLE.test(source.title)) {
        report(
          item,
          'title',
          `'${source.title}' is not a headline; give the title exactly as published (say in 'caveat' if it was read from the address)`,
        );
      }
      if (source.publisher.trim() === '' || UNNAMED_PUBLISHER.test(source.publisher)) {
        report(
          item,
          'publisher',
          `'${source.publisher}' names no organisation; give the publisher, e.g. "The Guardian" or "Associated Press"`,
        );
      }
      if (source.caveat !== undefined && source.caveat.trim() === '')
        report(item, 'caveat', 'is empty; say what is uncertain, or leave the field out');
    }
    const main = talk.sources.find((source) => source.id === talk.mainSource);
    if (main && talk.arguments.length > 0 && main.kind !== 'opinion') {
      report(
        `source '${main.id}'`,
        'kind',
        'the talk shows its main source’s arguments as an author’s, so the main source must be an opinion piece',
      );
    }
  },
};

/** Rules that every source is a citation a reader can follow. */
export const CITATION_RULES: readonly ContentRule[] = [realCitations];
