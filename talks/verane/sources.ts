import type { Citation, Source } from '../../src/schema.ts';

/**
 * The sources of the Vérane talk. The place, its people and these publications are
 * invented: the talk is a fixture that shows the engine drawing a French talk of
 * another genre, the history of a mountain observatory.
 */
export const ARTICLE = 'revue-2258';

export const sources: readonly Source[] = [
  {
    id: ARTICLE,
    publisher: 'Revue d’histoire des sciences alpines',
    title: 'Vérane, ou la science à trois mille mètres',
    date: { year: 2258, month: 3 },
    kind: 'opinion',
    url: 'https://revue-alpine.example.org/2258/verane',
  },
  {
    id: 'echo-2207',
    publisher: 'L’Écho de Vérane',
    title: 'Le col a son observatoire',
    date: { year: 2207, month: 7, day: 16 },
    kind: 'reporting',
    url: 'https://echo-verane.example.org/2207/07/16/observatoire',
  },
  {
    id: 'echo-2209',
    publisher: 'L’Écho de Vérane',
    title: 'Querelle d’astronomes au col',
    date: { year: 2209, month: 11, day: 4 },
    kind: 'reporting',
    url: 'https://echo-verane.example.org/2209/11/04/querelle',
  },
  {
    id: 'prefecture-2210',
    publisher: 'Préfecture de la Haute-Vérane',
    title: 'Recueil des actes administratifs, année 2210',
    date: { year: 2211, month: 1 },
    kind: 'official',
    url: 'https://haute-verane.example.org/actes/2210',
    caveat: 'titre relevé dans l’adresse',
  },
  {
    id: 'these-2287',
    publisher: 'Presses universitaires de Valcroze',
    title: 'Les comètes du col de Vérane, 2207–2210',
    date: { year: 2287 },
    kind: 'research',
    url: 'https://presses-valcroze.example.org/cometes-verane',
  },
];

/** The article's own words, quoted. */
export const article = (excerpt: string): Citation => ({ source: ARTICLE, excerpt, verbatim: true });

/** What another source reports, in the talk's words. */
export const reported = (source: string, excerpt: string): Citation => ({ source, excerpt, verbatim: false });
