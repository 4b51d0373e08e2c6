import type { Talk } from '../../src/schema.ts';
import { authorArguments, groups, outlets, relations } from './actors.ts';
import { events } from './events.ts';
import { sections } from './sections.ts';
import { ARTICLE, sources } from './sources.ts';

/**
 * A second talk, in French and of another genre: the history of an invented mountain
 * observatory. It builds with `npm run build -- --talk talks/verane` and proves that the
 * engine knows nothing of the main talk, its language or its subject.
 */
export const talk: Talk = {
  title: 'L’observatoire du col de Vérane, 2207–2210',
  subtitle:
    'Une histoire inventée : ce qu’un article fictif de 2258 raconte, et ce que ses sources fictives y ajoutent',
  author: 'Un exposé d’après la Revue d’histoire des sciences alpines',
  lang: 'fr',
  citationStyle: 'chicago-author-date-fr',
  durationMinutes: 8,
  // Given in 8 minutes, or in 5: the 5-minute cut leaves out four diagrams and says the same notes a little faster.
  cuts: {
    all: [
      { id: '5', minutes: 5 },
      { id: '8', minutes: 8 },
    ],
    default: '8',
  },
  mainSource: ARTICLE,
  period: { from: 2207, to: 2210 },
  sources,
  abbreviations: { SAV: 'Société astronomique de Vérane' },
  groups,
  outlets,
  relations,
  events,
  arguments: authorArguments,
  sections,
};
