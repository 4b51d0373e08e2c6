/**
 * The reading edition's own interface words, one entry per language the engine speaks,
 * English for any other. The words the deck shares (hedges, claims, ties, "the author
 * argues") come from the talk's interface words (`src/words/`).
 */
export interface ReadingWords {
  readonly edition: string;
  readonly contents: string;
  readonly search: string;
  readonly searchHint: string;
  readonly results: (count: number) => string;
  readonly bibliography: string;
  readonly openDeck: string;
  readonly data: string;
  readonly dataFiles: string;
  readonly notes: string;
  readonly date: string;
  readonly place: string;
  readonly figures: string;
  readonly responsibility: string;
  readonly record: string;
  readonly differs: string;
  readonly adds: string;
  readonly sources: string;
  readonly permalink: string;
  readonly nameNotStated: string;
  readonly diagramData: string;
  readonly columns: {
    readonly from: string;
    readonly tie: string;
    readonly to: string;
    readonly since: string;
    readonly event: string;
    readonly claim: string;
    readonly figure: string;
    readonly source: string;
    readonly coordinates: string;
  };
  readonly groupsListed: string;
}

const en: ReadingWords = {
  edition: 'Reading edition',
  contents: 'Contents',
  search: 'Search events and sources',
  searchHint: 'Type a word: a place, a group, a year, a publisher.',
  results: (count) => (count === 1 ? '1 match' : `${count} matches`),
  bibliography: 'Bibliography',
  openDeck: 'The slides',
  data: 'The data',
  dataFiles: 'events as CSV and JSON, sources as CSL-JSON and BibTeX, and their codebook',
  notes: 'What the speaker says',
  date: 'Date',
  place: 'Place',
  figures: 'Figures',
  responsibility: 'Claims and attributions',
  record: 'The record',
  differs: 'differs',
  adds: 'adds',
  sources: 'Sources',
  permalink: 'Link to this event',
  nameNotStated: 'the source does not state the name the claim was made in',
  diagramData: 'What the diagram draws',
  columns: {
    from: 'From',
    tie: 'Tie',
    to: 'To',
    since: 'Since',
    event: 'Event',
    claim: 'Claimed / attributed',
    figure: 'Figure',
    source: 'Source',
    coordinates: 'Coordinates',
  },
  groupsListed: 'Groups',
};

const fr: ReadingWords = {
  edition: 'Édition à lire',
  contents: 'Sommaire',
  search: 'Chercher dans les événements et les sources',
  searchHint: 'Tapez un mot : un lieu, un groupe, une année, un éditeur.',
  results: (count) => (count <= 1 ? `${count} résultat` : `${count} résultats`),
  bibliography: 'Bibliographie',
  openDeck: 'Les diapositives',
  data: 'Les données',
  dataFiles: 'les événements en CSV et JSON, les sources en CSL-JSON et BibTeX, et leur dictionnaire',
  notes: 'Ce que dit l’orateur',
  date: 'Date',
  place: 'Lieu',
  figures: 'Chiffres',
  responsibility: 'Revendications et attributions',
  record: 'Ce qu’ajoutent les autres sources',
  differs: 'diffère',
  adds: 'ajoute',
  sources: 'Sources',
  permalink: 'Lien vers cet événement',
  nameNotStated: 'la source ne dit pas au nom de qui la revendication a été faite',
  diagramData: 'Ce que montre le schéma',
  columns: {
    from: 'De',
    tie: 'Lien',
    to: 'Vers',
    since: 'Depuis',
    event: 'Événement',
    claim: 'Revendiqué / attribué',
    figure: 'Chiffre',
    source: 'Source',
    coordinates: 'Coordonnées',
  },
  groupsListed: 'Groupes',
};

const LANGUAGES: Readonly<Record<string, ReadingWords>> = { en, fr };

export function readingWords(lang: string): ReadingWords {
  return LANGUAGES[lang.toLowerCase().split('-')[0] ?? ''] ?? en;
}
