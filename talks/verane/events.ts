import type { Place, TimelineEvent } from '../../src/schema.ts';
import { article, reported } from './sources.ts';

const COL: Place = {
  name: 'Col de Vérane',
  region: 'Haute-Vérane',
  country: 'France',
  at: { lat: 45.62, lon: 6.72, precision: 'site' },
};

export const events: readonly TimelineEvent[] = [
  {
    id: 'coupole-2207',
    date: { year: 2207, month: 7, day: 14 },
    title: 'La coupole du col est achevée',
    shortTitle: 'Coupole achevée',
    place: COL,
    figures: [
      { amount: 40, hedge: 'some', label: 'ouvriers', source: article('quelque 40 ouvriers achèvent la coupole') },
    ],
    actors: ['sav'],
    origin: 'article',
    source: article(
      'Le 14 juillet 2207, quelque 40 ouvriers achèvent la coupole du col pour la Société astronomique de Vérane.',
    ),
    record: [
      {
        differs: false,
        summary: 'Le journal local décrit une foule venue de la vallée.',
        detail: 'L’Écho de Vérane raconte l’inauguration et la foule montée de la vallée pour voir la coupole.',
        source: reported('echo-2207', 'Une foule montée de la vallée assiste à l’inauguration de la coupole.'),
      },
    ],
  },
  {
    id: 'subvention-2207',
    date: { year: 2207, month: 10 },
    title: 'Première subvention de la Préfecture',
    shortTitle: 'Première subvention',
    place: null,
    figures: [],
    actors: ['prefecture', 'sav'],
    origin: 'context',
    source: reported(
      'prefecture-2210',
      'En octobre 2207, la Préfecture accorde sa première subvention à la Société astronomique de Vérane.',
    ),
    record: [],
  },
  {
    id: 'scission-2208',
    date: { year: 2208, month: 3 },
    title: 'Des membres fondent le Cercle des amateurs',
    shortTitle: 'Naissance du Cercle',
    place: COL,
    figures: [],
    actors: ['cercle', 'sav'],
    origin: 'article',
    source: article('En mars 2208, des membres claquent la porte et fondent le Cercle des amateurs du col.'),
    record: [],
  },
  {
    id: 'comete-2208',
    date: { year: 2208, month: 8, day: 21 },
    title: 'Une comète est découverte depuis le col',
    shortTitle: 'Comète de 2208',
    place: COL,
    figures: [],
    actors: ['sav', 'cercle'],
    responsibility: {
      claims: [
        {
          madeIn: 'sav',
          source: article('La Société astronomique de Vérane revendique la découverte dès le lendemain.'),
          outlet: {
            outlet: 'bulletin',
            source: reported('these-2287', 'La revendication paraît dans le Bulletin astronomique de Vérane.'),
          },
        },
      ],
      attributions: [
        {
          group: 'cercle',
          by: 'l’historienne',
          strength: 'attributed',
          source: reported(
            'these-2287',
            'L’historienne attribue la première observation au Cercle des amateurs du col.',
          ),
        },
      ],
    },
    origin: 'article',
    source: article('Le 21 août 2208, une comète est découverte depuis la coupole du col.'),
    record: [
      {
        differs: true,
        summary: 'Un carnet du Cercle note la comète dès le 20 août.',
        detail:
          'L’historienne a retrouvé un carnet du Cercle des amateurs du col qui note la comète dès le 20 août, un jour avant la Société.',
        source: reported('these-2287', 'Un carnet du Cercle des amateurs du col note la comète dès le 20 août.'),
      },
    ],
  },
  {
    id: 'etoiles-2209',
    date: { year: 2209, month: 8, day: 12 },
    title: 'La nuit des étoiles filantes attire les foules',
    shortTitle: 'Nuit des étoiles',
    place: COL,
    figures: [
      {
        amount: 300,
        hedge: 'about',
        label: 'visiteurs',
        source: article('environ 300 visiteurs montent au col'),
        role: 'total',
      },
      {
        amount: 200,
        hedge: 'about',
        label: 'venus de la vallée',
        source: article('environ 200 de la vallée'),
        role: 'part',
      },
      {
        amount: 100,
        hedge: 'about',
        label: 'venus de Valcroze',
        source: article('environ 100 venus de Valcroze'),
        role: 'part',
      },
    ],
    actors: ['cercle'],
    origin: 'article',
    source: article(
      'Le 12 août 2209, environ 300 visiteurs montent au col, environ 200 de la vallée et environ 100 venus de Valcroze.',
    ),
    record: [],
  },
  {
    id: 'querelle-2209',
    date: { year: 2209, month: 11 },
    title: 'La querelle des deux sociétés éclate dans la presse',
    shortTitle: 'Querelle publique',
    place: null,
    figures: [],
    actors: ['cercle', 'sav'],
    origin: 'context',
    source: reported(
      'echo-2209',
      'En novembre 2209, le Cercle et la Société astronomique de Vérane se disputent publiquement la coupole.',
    ),
    record: [],
  },
  {
    id: 'ardelle-2210',
    date: { year: 2210, month: 5, day: 19 },
    title: 'La comète Ardelle photographiée au col',
    shortTitle: 'Comète Ardelle',
    place: COL,
    figures: [{ amount: 500, hedge: 'at least', label: 'clichés', source: article('au moins 500 clichés') }],
    actors: ['sav', 'cercle'],
    origin: 'article',
    source: article(
      'Le 19 mai 2210, les deux sociétés photographient ensemble la comète Ardelle : au moins 500 clichés.',
    ),
    record: [
      {
        differs: true,
        summary: 'Les archives n’en conservent qu’environ 350.',
        detail: 'Selon l’historienne, les archives de Valcroze ne conservent qu’environ 350 clichés de cette nuit.',
        source: reported(
          'these-2287',
          'Les archives de Valcroze ne conservent qu’environ 350 clichés de la nuit du 19 mai 2210.',
        ),
      },
    ],
  },
  {
    id: 'subvention-2210',
    date: { year: 2210, month: 12 },
    title: 'La Préfecture réduit la subvention',
    shortTitle: 'Subvention réduite',
    place: null,
    figures: [],
    actors: ['prefecture'],
    origin: 'context',
    source: reported('prefecture-2210', 'En décembre 2210, la Préfecture réduit la subvention de l’observatoire.'),
    record: [],
  },
];
