import { generateAllDiagrams } from '../diagrams/index.ts';
import { renderDeck, type DeckSlide } from '../deck/render-deck.ts';
import { assertValidTalk } from '../model/validate.ts';
import type { Talk } from '../model/types.ts';
import { renderDiagrams } from './render-diagrams.ts';

export interface BuiltDeck {
  readonly slides: DeckSlide[];
  readonly drawn: number;
  readonly fromCache: number;
}

/** Validate, draw the diagrams, render the slides: the whole way from data to deck markup. */
export async function buildDeck(talk: Talk, options: { cacheDir: string; log?: (line: string) => void }): Promise<BuiltDeck> {
  assertValidTalk(talk);
  const diagrams = generateAllDiagrams(talk);
  const { svgs, drawn, fromCache } = await renderDiagrams(diagrams, options);
  return { slides: renderDeck(talk, diagrams, svgs), drawn, fromCache };
}
