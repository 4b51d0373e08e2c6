import type { Citation, Source } from '../../src/model/types.ts';

/**
 * The sources of the Vérane talk. The place, its people and these publications are
 * invented: the talk is a fixture that shows the engine drawing a French talk of
 * another genre, the history of a mountain observatory.
 */
export const ARTICLE = 'revue-1958';

export const sources: readonly Source[] = [
  {
    id: ARTICLE,
    publisher: 'Revue d’histoire des sciences alpines',
    title: 'Vérane, ou la science à trois mille mètres',
    date: { year: 1958, month: 3 },
    kind: 'opinion',
    url: 'https://revue-alpine.example.org/1958/verane',
  },
  {
    id: 'echo-1907',
    publisher: 'L’Écho de Vérane',
    title: 'Le col a son observatoire',
    date: { year: 1907, month: 7, day: 16 },
    kind: 'reporting',
    url: 'https://echo-verane.example.org/1907/07/16/observatoire',
  },
  {
    id: 'echo-1909',
    publisher: 'L’Écho de Vérane',
    title: 'Querelle d’astronomes au col',
    date: { year: 1909, month: 11, day: 4 },
    kind: 'reporting',
    url: 'https://echo-verane.example.org/1909/11/04/querelle',
  },
  {
    id: 'prefecture-1910',
    publisher: 'Préfecture de la Haute-Vérane',
    title: 'Recueil des actes administratifs, année 1910',
    date: { year: 1911, month: 1 },
    kind: 'official',
    url: 'https://haute-verane.example.org/actes/1910',
    caveat: 'titre relevé dans l’adresse',
  },
  {
    id: 'these-1987',
    publisher: 'Presses universitaires de Valcroze',
    title: 'Les comètes du col de Vérane, 1907–1910',
    date: { year: 1987 },
    kind: 'research',
    url: 'https://presses-valcroze.example.org/cometes-verane',
  },
];

/** The article's own words, quoted. */
export const article = (excerpt: string): Citation => ({ source: ARTICLE, excerpt, verbatim: true });

/** What another source reports, in the talk's words. */
export const reported = (source: string, excerpt: string): Citation => ({ source, excerpt, verbatim: false });
