import type { Talk } from '../model/types.ts';
import { wordsFor } from '../words/index.ts';
import { type Bibliography, type CitationStyle, formatBibliography } from './bibliography.ts';
import { type CslItem, toCslItem } from './csl-json.ts';

/** A talk's sources as CSL-JSON items, in the order they are numbered, each kind named in the talk's words. */
export function talkCslItems(talk: Talk): CslItem[] {
  const { sourceKinds } = wordsFor(talk.lang, talk.words);
  return talk.sources.map((source) => toCslItem(source, sourceKinds[source.kind]));
}

/** A talk's bibliography in its style: what the Sources slides, the handout and the reading edition print. */
export function talkBibliography(talk: Talk, style: CitationStyle): Bibliography {
  return formatBibliography(talkCslItems(talk), style);
}
