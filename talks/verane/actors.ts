import type { AuthorArgument, Group, Outlet, Relation } from '../../src/schema.ts';
import { article, reported } from './sources.ts';

export const groups: readonly Group[] = [
  {
    id: 'sav',
    name: 'Société astronomique de Vérane',
    shortName: 'SAV',
    aliases: ['Société de Vérane'],
    kind: 'group',
    founded: { year: 2206, month: 5 },
    aim: 'observer au-dessus des nuages',
    summary: 'Les savants qui ont bâti l’observatoire du col.',
    source: reported(
      'these-2287',
      'La Société astronomique de Vérane, fondée en mai 2206, voulait observer au-dessus des nuages et a bâti l’observatoire du col.',
    ),
  },
  {
    id: 'cercle',
    name: 'Cercle des amateurs du col',
    shortName: 'Cercle',
    aliases: ['amateurs du col'],
    kind: 'group',
    founded: { year: 2208, month: 3 },
    aim: 'ouvrir la coupole à tous',
    summary: 'Des membres de la Société partis en 2208 pour observer en amateurs.',
    source: article(
      'En mars 2208, des membres claquent la porte et fondent le Cercle des amateurs du col, pour ouvrir la coupole à tous.',
    ),
  },
  {
    id: 'academie',
    name: 'Académie de Valcroze',
    shortName: 'Académie',
    aliases: [],
    kind: 'group',
    founded: null,
    summary: 'La société savante de la ville voisine, qui publie les mesures.',
    source: reported('these-2287', 'L’Académie de Valcroze publiait les mesures de la Société astronomique de Vérane.'),
  },
  {
    id: 'prefecture',
    name: 'Préfecture de la Haute-Vérane',
    shortName: 'Préfecture',
    aliases: [],
    kind: 'state',
    founded: null,
    summary: 'L’administration du département, qui finance l’observatoire.',
    source: reported(
      'prefecture-2210',
      'La Préfecture de la Haute-Vérane verse chaque année une subvention à l’observatoire.',
    ),
  },
];

export const outlets: readonly Outlet[] = [
  {
    id: 'bulletin',
    name: 'Bulletin astronomique de Vérane',
    shortName: 'le Bulletin',
    owner: 'sav',
    description: 'la revue de la Société',
    source: reported(
      'these-2287',
      'Le Bulletin astronomique de Vérane était la revue de la Société astronomique de Vérane.',
    ),
  },
];

export const relations: readonly Relation[] = [
  {
    id: 'sav-academie',
    from: 'sav',
    to: 'academie',
    kind: 'affiliate-of',
    since: { year: 2207 },
    source: reported(
      'these-2287',
      'Dès 2207, la Société astronomique de Vérane est affiliée à l’Académie de Valcroze.',
    ),
  },
  {
    id: 'prefecture-sav',
    from: 'prefecture',
    to: 'sav',
    kind: 'linked-to',
    label: 'finance',
    since: { year: 2207, month: 10 },
    source: reported(
      'prefecture-2210',
      'En octobre 2207, la Préfecture accorde sa première subvention à la Société astronomique de Vérane.',
    ),
  },
  {
    id: 'cercle-scission',
    from: 'cercle',
    to: 'sav',
    kind: 'split-from',
    since: { year: 2208, month: 3 },
    source: article('En mars 2208, des membres claquent la porte et fondent le Cercle des amateurs du col.'),
  },
  {
    id: 'cercle-sav-rivaux',
    from: 'cercle',
    to: 'sav',
    kind: 'rival-of',
    since: { year: 2209, month: 11 },
    source: reported(
      'echo-2209',
      'En novembre 2209, le Cercle et la Société astronomique de Vérane se disputent publiquement la coupole.',
    ),
  },
];

export const authorArguments: readonly AuthorArgument[] = [
  {
    id: 'rivalite-feconde',
    paraphrase: 'la rivalité des deux sociétés a plus servi la science du col qu’elle ne lui a nui',
    source: article('La rivalité fit plus pour l’astronomie du col que toutes les subventions.'),
  },
  {
    id: 'dilemme-prefecture',
    paraphrase: 'la Préfecture ne pouvait aider l’une des deux sociétés sans fâcher l’autre',
    source: article('Chaque franc donné à l’une nourrissait la colère de l’autre.'),
  },
];
