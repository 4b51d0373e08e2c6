import type { Words } from './types.ts';

/** Before a colon or a semicolon French sets a thin or no-break space, so the sign never starts a line. */
const NBSP = '\u00a0';
const THIN_NBSP = '\u202f';

/** French. */
export const fr: Words = {
  keysHint: '→ étape suivante · S vue de l’orateur · O vue d’ensemble · F plein écran · D sombre ou clair',
  continued: (heading) => `${heading} (suite)`,
  cut: (minutes) => `version de ${minutes} minutes`,
  leftOut: (minutes) => `La version de ${minutes} minutes omet cette diapositive : voici la plus proche.`,
  chronology: (span) => `Chronologie ${span}`,
  noMainSourceEvent: (year) =>
    `L’article ne cite aucun événement en ${year}. Ci-dessous${NBSP}: le contexte tiré d’autres sources, marqué`,
  continuing: `Se poursuit${NBSP}:`,
  badges: {
    article: { label: 'Article', title: 'Énoncé dans l’article' },
    context: { label: 'Contexte', title: 'Absent de l’article : d’autres sources, chacune citée' },
    opinion: 'Avis de l’auteur',
  },
  recordLabel: `Les sources${NBSP}:`,
  stage: {
    moreInHandout: 'suite dans le document',
    onThePage: `Sur la page (hors de la diapositive)${NBSP}:`,
    deathTerms: ['tué', 'mort', 'décès'],
    strip: (span, year) =>
      `${span}, chaque événement à sa date, ${year} mis en avant${NBSP}; l’aire d’un attentat selon ses morts${NBSP}: le dernier bilan, une fourchette ou un «${NBSP}au moins${NBSP}» par son chiffre le plus bas`,
  },
  recordInStep: (differs) => `${differs ? 'Les sources divergent' : 'Les sources ajoutent'}${NBSP}:`,
  recordInNotes: (differs, eventTitle) =>
    `${differs ? 'Les sources divergent' : 'Les sources ajoutent'} (${eventTitle})${NBSP}:`,
  authorArgues: 'Selon l’auteur,',
  authorDilemma: (struck, helped) => `selon l’auteur${NBSP}: agir contre ${struck} profite à ${helped}`,
  figureRange: (low, high, later) => (later ? `${low}, puis ${high}` : `${low} à ${high}`),
  dateQualifiers: {
    about: (date) => `vers ${date}`,
    early: (date) => `début ${date}`,
    mid: (date) => `mi-${date}`,
    late: (date) => `fin ${date}`,
    before: (date) => `avant ${date}`,
    after: (date) => `après ${date}`,
  },
  numberScales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, Md: 1e9 },
  hedges: {
    about: 'environ',
    around: 'autour de',
    some: 'quelque',
    almost: 'presque',
    nearly: 'près de',
    'at least': 'au moins',
    'more than': 'plus de',
    'up to': 'jusqu’à',
    approximately: 'approximativement',
  },
  notes: { stress: `À souligner${NBSP}:`, next: `Ensuite${NBSP}:` },
  claims: {
    // Labels rather than "revendiqué par …": a group's name comes without its article ("la Société …").
    claimedBy: (claimant, outlet, when) =>
      `revendication${NBSP}: ${claimant}${outlet ? ` ${outlet}` : ''}${when ? ` (revendication du ${when})` : ''}`,
    claimedInName: (name, outlet, when, country, claimedAs) =>
      `revendiqué${outlet ? ` ${outlet}` : ''}${when ? `, ${when},` : ''} au nom de ${name}, à une époque où ses actions en ${country} étaient revendiquées comme celles de ${claimedAs}`,
    viaOutlet: (outlet) => `dans ${outlet}`,
    or: 'ou',
    byOrganisation: (name) => `par ${name}`,
    nameNotStated: (outlet, when) =>
      `revendiqué${outlet ? ` ${outlet}` : ''}${when ? `, ${when},` : ''}${THIN_NBSP}; la source ne dit pas au nom de qui`,
    namingContext: (name, country, claimedAs) =>
      `à cette époque, les actions de ${name} en ${country} étaient revendiquées comme celles de ${claimedAs}`,
    competing: `revendications concurrentes${NBSP}:`,
    doubted: (why) => `(douteux${NBSP}: ${why})`,
    settledOn: (claimant) => `une source retient${NBSP}: ${claimant}`,
    unclaimed: 'aucune revendication',
    // Labels rather than "imputé à …", for the same reason as `claimedBy`.
    attributedTo: (group, by, strength) =>
      strength === 'blamed'
        ? `mis en cause${NBSP}: ${group}, par ${by}`
        : strength === 'attributed'
          ? `attribution${NBSP}: ${group}, selon ${by}`
          : `soupçons${NBSP}: ${group}, selon ${by}`,
    separator: `${THIN_NBSP}; `,
  },
  roleTerms: {
    // Stems: "revendiqu" finds revendiqué, revendiquée, revendiquent, revendication.
    claim: ['revendiqu', 'revendicat'],
    attribution: ['attribu', 'imput', 'responsab', 'œuvre de', 'crédit', 'reconnu'],
    mainSourceVoice: ['l’article', "l'article", 'l’auteur', "l'auteur", 'l’autrice', "l'autrice"],
    notSpoken: [
      'les données',
      'dans les données',
      'fichier de données',
      'crochet',
      'événement de contexte',
      'note de dossier',
      'fragment',
      'identifiant de diapositive',
      'laissé vide',
      'espace réservé',
    ],
  },
  groupsTable: { group: 'Acteur', formed: 'Fondé', aim: 'But', who: 'Qui sont-ils' },
  recordTable: { article: 'L’article', record: 'Les sources' },
  sourceKinds: { reporting: 'presse', opinion: 'tribune', official: 'document officiel', research: 'recherche' },
  credits: 'Contenus de tiers',
  sourcesStage: {
    count: (formatted, amount) => `${formatted} ${amount === 1 ? 'source' : 'sources'}`,
    inHandout: 'Dans le document distribué : chacune en entier, avec son adresse',
    inReading: 'Dans l’édition de lecture, avec une recherche',
    below: 'Ici, une touche plus bas (↓) : la liste, numérotée comme les renvois',
    reference: 'Pour référence, hors du fil de l’exposé : la liste des sources. → reprend l’exposé.',
  },
  creditLine: (material, holder, licence) => `${material}${NBSP}: ${holder} (${licence})`,
  diagrams: {
    undated: 'sans date dans les sources',
    mapLabel: (place, year) => `${place} ${year}`,
    claimedInName: 'Revendiqué au nom de',
    unclaimed: 'personne (non revendiqué)',
    notStated: 'un nom que la source ne donne pas',
    competing: 'revendications concurrentes',
    claimedIn: (group) => `revendiqué au nom de ${group}`,
    elsewhere: (count, countries) => `${count} attaques en ${countries} :\nvoir la carte précédente`,
    mapEntry: (label, claim) => `${label}${NBSP}: ${claim}`,
    mapGroup: (places, count) => `${places}${NBSP}: ${count} attaques`,
    mapArea: (place) => `Région de ${place}`,
    referencePlace: 'ville',
    killed: 'Tués',
    noDeathFigure: 'sans nombre de morts',
    kilometres: 'km',
    ofWhole: (whole) => `sur ${whole}`,
  },
  relations: {
    'split-from': 'des membres ont fait scission',
    'affiliate-of': 'affilié à',
    'province-of': 'section de',
    'rival-of': 'rivaux',
    hunts: 'traque',
    attacks: 'attaque',
    'linked-to': 'lié à',
  },
  speakerView: {
    title: (talkTitle) => `${talkTitle} : vue de l’orateur`,
    current: 'Étape en cours',
    upcoming: 'Étape suivante',
    notes: 'Notes de cette étape',
    time: 'Temps par rapport au plan',
    elapsed: '{time} écoulées',
    remaining: 'reste {time} sur {plan}',
    ahead: '{time} d’avance',
    behind: '{time} de retard',
    onTime: 'dans les temps',
    restart: 'Remettre l’horloge à zéro',
  },
  rehearsal: {
    title: 'Minutage de la répétition',
    section: 'Partie',
    planned: 'Prévu',
    spent: 'Passé',
    difference: 'Avance ou retard',
    ahead: '{time} d’avance',
    behind: '{time} de retard',
    total: '{spent} passées pour {planned} prévues',
    ranLong: 'Diapositives trop longues',
    empty: `Rien d’enregistré pour l’instant${NBSP}: présentez le diaporama, le temps de chaque diapositive est gardé ici.`,
    exportCsv: 'Exporter en CSV',
    clear: 'Effacer l’enregistrement',
    close: 'Fermer',
  },
  handout: {
    notes: 'Notes de l’orateur',
    sources: 'Sources de cette diapositive',
    slideOf: 'Diapositive {number} sur {total}',
  },
};
