import type { Section } from '../../src/schema.ts';
import { article, reported } from './sources.ts';

/** What the 5-minute cut leaves out: the diagrams of the story, the visitors and the prefecture’s dilemma. */
const NOT_IN_5 = ['8'];

export const sections: readonly Section[] = [
  {
    id: 'ouverture',
    title: 'Un observatoire au col',
    slides: [
      {
        kind: 'title',
        id: 'titre',
        perCut: { '5': { seconds: 34 } },
        title: 'L’observatoire du col de Vérane',
        subtitle: 'Une histoire inventée, 2207–2210',
        byline:
          'D’après un article inventé de la Revue d’histoire des sciences alpines, confronté à d’autres sources inventées',
        notes: {
          say: 'Bonsoir. Cette histoire est inventée : le col de Vérane, son observatoire, ses savants, l’article et ses sources n’existent pas, et les dates sont fictives. Je vous emmène à près de trois mille mètres, où une poignée de savants installe une coupole en 2207. Je suis un article paru en 2258, qui raconte cette aventure avec passion. Je le confronte à la presse locale, aux actes de la préfecture et à une thèse plus récente.',
          stress: {
            text: 'L’article raconte l’histoire d’un observatoire de montagne.',
            sources: [
              article('Vérane, ou la science à trois mille mètres : l’histoire d’un observatoire de montagne.'),
            ],
          },
          transition: 'Voyons d’abord qui sont les acteurs.',
        },
        seconds: 36,
      },
      {
        kind: 'groups',
        id: 'acteurs',
        perCut: { '5': { seconds: 33, notes: { transition: 'Entrons dans la première année.' } } },
        title: 'Qui est qui',
        groups: ['sav', 'cercle', 'academie', 'prefecture'],
        notes: {
          say: 'Quatre acteurs occupent la scène. La Société astronomique de Vérane, que j’appellerai la SAV, a bâti l’observatoire. Le Cercle des amateurs du col naît d’une dispute en son sein. L’Académie de Valcroze, dans la ville voisine, publie les mesures. Enfin la Préfecture de la Haute-Vérane paie une partie des factures, ce qui lui donne son mot à dire. Gardez ces quatre noms en tête, car ils reviennent sur chaque diapositive.',
          stress: {
            text: 'La Préfecture finance l’observatoire.',
            sources: [
              reported(
                'prefecture-2210',
                'La Préfecture de la Haute-Vérane verse chaque année une subvention à l’observatoire.',
              ),
            ],
          },
          transition: 'Commençons par la naissance du Cercle.',
        },
        seconds: 40,
      },
      {
        kind: 'diagram',
        id: 'naissance-du-cercle',
        cuts: NOT_IN_5,
        title: 'Comment le Cercle est né',
        diagram: { kind: 'formation', group: 'cercle' },
        caption: {
          text: 'Selon l’article, des membres quittent la SAV et fondent le Cercle.',
          sources: [
            article(
              'En mars 2208, des membres quittent la Société astronomique de Vérane et fondent le Cercle des amateurs du col.',
            ),
          ],
        },
        notes: {
          say: 'Le schéma montre la scission. Au printemps qui suit l’inauguration, des membres reprochent à la SAV de garder la coupole pour quelques initiés. Ils claquent la porte et fondent le Cercle, avec un but simple : ouvrir la coupole à tous. Chaque case porte le but de chaque groupe, tel que la source le formule.',
          stress: {
            text: 'Selon l’article, le Cercle veut ouvrir la coupole à tous.',
            sources: [
              article(
                'En mars 2208, des membres claquent la porte et fondent le Cercle des amateurs du col, pour ouvrir la coupole à tous.',
              ),
            ],
          },
          transition: 'Prenons maintenant les quatre années d’un seul regard.',
        },
        seconds: 30,
      },
    ],
  },
  {
    id: 'annees',
    title: 'Quatre années au col',
    slides: [
      {
        kind: 'diagram',
        id: 'vue-d-ensemble',
        cuts: NOT_IN_5,
        title: 'Les années 2207 à 2210 d’un coup d’œil',
        diagram: { kind: 'timeline' },
        notes: {
          say: 'Voici la frise des quatre années. Chaque colonne est une année, chaque ligne un événement. Ceux que l’article ne mentionne pas portent la mention contexte : ils viennent d’autres sources, citées une à une. Remarquez que la querelle et les subventions viennent toutes de ces autres sources. L’article, lui, s’attache surtout aux découvertes et aux grandes nuits d’observation.',
          stress: {
            text: 'L’article ne dit rien des subventions.',
            sources: [
              reported(
                'prefecture-2210',
                'En octobre 2207, la Préfecture accorde sa première subvention à la Société astronomique de Vérane.',
              ),
            ],
          },
          transition: 'Entrons dans la première année.',
        },
        seconds: 30,
      },
      {
        kind: 'year',
        id: '2207',
        perCut: { '5': { seconds: 30 } },
        year: 2207,
        heading: 'La coupole',
        notes: {
          say: 'En juillet, quelque quarante ouvriers achèvent la coupole. L’article donne ce chiffre avec prudence, et je le garde ainsi. Le journal de la vallée décrit une foule montée pour l’inauguration. À l’automne, la Préfecture verse une première subvention : un détail que l’article passe sous silence et que seuls les actes administratifs révèlent. Dès le départ, la science du col dépend donc de l’argent public.',
          stress: {
            text: 'L’article compte quelque 40 ouvriers.',
            sources: [article('quelque 40 ouvriers achèvent la coupole')],
          },
          transition: 'L’année suivante, tout se complique.',
        },
        seconds: 35,
      },
      {
        kind: 'year',
        id: '2208',
        perCut: { '5': { seconds: 31 } },
        year: 2208,
        heading: 'La scission et la comète',
        notes: {
          say: 'Au printemps, le Cercle se sépare de la SAV. En août, une comète est découverte depuis le col. La SAV revendique la découverte dès le lendemain, dans son Bulletin. Mais une historienne a retrouvé un carnet du Cercle qui note la comète un jour plus tôt. Je montre donc les deux : la revendication, et l’attribution par l’historienne. Une revendication dit qui réclame le mérite, pas qui a vu le premier.',
          stress: {
            text: 'La revendication de la SAV et le carnet du Cercle ne disent pas la même chose.',
            sources: [
              article('La Société astronomique de Vérane revendique la découverte dès le lendemain.'),
              reported('these-2287', 'Un carnet du Cercle des amateurs du col note la comète dès le 20 août.'),
            ],
          },
          transition: 'Passons à l’été suivant.',
        },
        seconds: 35,
      },
      {
        kind: 'year',
        id: '2209',
        perCut: { '5': { seconds: 30 } },
        year: 2209,
        heading: 'La foule et la querelle',
        notes: {
          say: 'En août, la nuit des étoiles filantes attire environ trois cents visiteurs, selon l’article. À l’automne, la querelle entre les deux sociétés éclate dans le journal local : chacune accuse l’autre de confisquer la coupole. L’article n’en parle pas ; c’est la presse qui nous l’apprend. Le même été voit donc le succès public du col et la rupture ouverte entre ses deux sociétés.',
          stress: {
            text: 'L’article compte environ 300 visiteurs.',
            sources: [article('environ 300 visiteurs montent au col')],
          },
          transition: 'Reste la dernière année, celle d’Ardelle.',
        },
        seconds: 35,
      },
      {
        kind: 'year',
        id: '2210',
        perCut: { '5': { seconds: 30, notes: { transition: 'Venons-en à la lecture de l’auteur.' } } },
        year: 2210,
        heading: 'Ardelle, puis l’argent qui manque',
        notes: {
          say: 'En mai, les deux sociétés photographient ensemble la comète Ardelle. L’article parle d’au moins cinq cents clichés ; les archives n’en conservent qu’environ trois cent cinquante. Je donne les deux chiffres, chacun avec sa source. En décembre, la Préfecture réduit sa subvention, et l’aventure ralentit. L’article ne dit pas pourquoi ; les actes non plus, ils ne donnent que le montant.',
          stress: {
            text: 'L’article compte au moins 500 clichés.',
            sources: [article('au moins 500 clichés')],
          },
          transition: 'Revenons sur la nuit des étoiles filantes.',
        },
        seconds: 35,
      },
      {
        kind: 'diagram',
        id: 'visiteurs',
        cuts: NOT_IN_5,
        title: 'Les visiteurs de la nuit des étoiles',
        diagram: { kind: 'toll', event: 'etoiles-2209' },
        caption: {
          text: 'Selon l’article, environ 200 visiteurs viennent de la vallée.',
          sources: [article('environ 200 de la vallée')],
        },
        notes: {
          say: 'Le graphique répartit les visiteurs de cette nuit d’août. Les deux tiers environ viennent de la vallée, le reste de Valcroze. Chaque part garde la prudence de l’article : ce sont des ordres de grandeur, pas un comptage aux portes. Je ne les additionne donc pas à d’autres chiffres, et je ne les arrondis pas davantage.',
          stress: {
            text: 'Selon l’article, environ 100 visiteurs viennent de Valcroze.',
            sources: [article('environ 100 venus de Valcroze')],
          },
          transition: 'Voyons comment les liens entre acteurs se dessinent en 2210.',
        },
        seconds: 30,
      },
      {
        kind: 'diagram',
        id: 'reseau-2210',
        cuts: NOT_IN_5,
        title: 'Les liens en 2210',
        diagram: { kind: 'network', at: { year: 2210 }, previous: null },
        notes: {
          say: 'Le réseau de 2210 réunit tout ce que nous avons vu. La SAV est affiliée à l’Académie, la Préfecture la finance, et le Cercle, né d’une scission, est devenu son rival. Chaque lien porte l’année où les sources le placent. On voit ainsi qu’en quatre ans, un projet commun est devenu une scène à quatre acteurs, liés par l’argent, la science et la rivalité.',
          stress: {
            text: 'Le Cercle et la SAV se disputent la coupole.',
            sources: [
              reported(
                'echo-2209',
                'En novembre 2209, le Cercle et la Société astronomique de Vérane se disputent publiquement la coupole.',
              ),
            ],
          },
          transition: 'Venons-en à la lecture de l’auteur.',
        },
        seconds: 30,
      },
    ],
  },
  {
    id: 'lectures',
    title: 'Ce que l’auteur en conclut',
    slides: [
      {
        kind: 'diagram',
        id: 'dilemme',
        cuts: NOT_IN_5,
        title: 'Le dilemme de la Préfecture',
        diagram: { kind: 'rivalries', state: 'prefecture', argument: 'dilemme-prefecture' },
        notes: {
          say: 'L’auteur voit la Préfecture prise au piège de la rivalité. Aider la SAV, c’est fâcher le Cercle, et l’inverse. Le schéma trace ce dilemme en pointillé, car c’est une thèse de l’auteur et non un fait établi. Les actes administratifs ne parlent que de montants, jamais de motifs. Rien ne prouve donc que la Préfecture ait raisonné ainsi.',
          stress: {
            text: 'Selon l’auteur, chaque subvention fâchait l’autre société.',
            sources: [article('Chaque franc donné à l’une nourrissait la colère de l’autre.')],
          },
          transition: 'L’auteur va plus loin encore.',
        },
        seconds: 30,
      },
      {
        kind: 'points',
        id: 'these-de-l-auteur',
        title: 'Une rivalité féconde ?',
        points: [
          {
            kind: 'argument',
            argument: 'rivalite-feconde',
            stage: 'la rivalité a plus servi la science du col qu’elle ne lui a nui',
          },
          { kind: 'event', event: 'ardelle-2210' },
          {
            kind: 'statement',
            stage: 'L’article : les deux sociétés photographient ensemble la comète.',
            text: 'L’article rapporte que les deux sociétés photographient ensemble la comète Ardelle.',
            sources: [
              article(
                'Le 19 mai 2210, les deux sociétés photographient ensemble la comète Ardelle : au moins 500 clichés.',
              ),
            ],
          },
        ],
        notes: {
          say: 'Pour l’auteur, la rivalité a plus servi la science du col que toutes les subventions. Son meilleur exemple est la nuit d’Ardelle, où les deux sociétés travaillent côte à côte. C’est une lecture séduisante, mais c’est une opinion : je la présente comme telle, avec ses propres mots, et je vous laisse juges. D’autres lecteurs y verraient surtout du temps perdu en disputes.',
          stress: {
            text: 'L’auteur tient la rivalité pour féconde.',
            sources: [article('La rivalité fit plus pour l’astronomie du col que toutes les subventions.')],
          },
          transition: 'Voyons où les sources corrigent l’article.',
        },
        seconds: 35,
      },
      {
        kind: 'record',
        id: 'ce-qu-ajoutent-les-sources',
        title: 'Ce que les sources corrigent',
        notes: {
          say: 'Deux fois, d’autres sources contredisent l’article. La comète de 2208 apparaît dans un carnet du Cercle un jour avant la revendication de la SAV. Et les clichés d’Ardelle sont moins nombreux dans les archives que dans le récit. Ces écarts ne ruinent pas l’article, mais ils invitent à le lire avec soin.',
          stress: {
            text: 'Les archives conservent environ 350 clichés.',
            sources: [
              reported(
                'these-2287',
                'Les archives de Valcroze ne conservent qu’environ 350 clichés de la nuit du 19 mai 2210.',
              ),
            ],
          },
          transition: 'Pour finir, trois idées.',
        },
        seconds: 30,
      },
      {
        kind: 'closing',
        id: 'conclusion',
        title: 'À retenir',
        points: [
          {
            kind: 'statement',
            text: 'La comète d’août est revendiquée par la SAV, mais un carnet du Cercle la note plus tôt.',
            sources: [
              article('La Société astronomique de Vérane revendique la découverte dès le lendemain.'),
              reported('these-2287', 'Un carnet du Cercle des amateurs du col note la comète dès le 20 août.'),
            ],
          },
          { kind: 'argument', argument: 'rivalite-feconde' },
        ],
        notes: {
          say: 'Je retiens trois choses. Une découverte se revendique, et la revendication n’est pas toujours la première observation. Les chiffres d’un récit enthousiaste se vérifient dans les archives. Et l’argent public façonne une science de montagne autant que les étoiles. Merci de votre attention ; je prends vos questions, et je vous renvoie aux sources pour tout le reste.',
          stress: {
            text: 'Une revendication n’est pas une preuve d’antériorité : le Cercle a noté la comète plus tôt.',
            sources: [reported('these-2287', 'Un carnet du Cercle des amateurs du col note la comète dès le 20 août.')],
          },
          transition: 'Voici les sources, puis place aux questions.',
        },
        seconds: 30,
      },
      {
        kind: 'sources',
        id: 'sources',
        title: 'Sources',
        notes: {
          say: 'Voici les cinq sources de cet exposé, numérotées comme les renvois sur chaque diapositive. Chaque entrée donne l’éditeur, le titre, la date et la nature de la source : presse, tribune, document officiel ou recherche.',
          stress: {
            text: 'L’article est une tribune, présentée comme telle.',
            sources: [
              article('Vérane, ou la science à trois mille mètres : l’histoire d’un observatoire de montagne.'),
            ],
          },
          transition: 'Place aux questions.',
        },
        seconds: 20,
      },
    ],
  },
];
