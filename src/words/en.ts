import type { Words } from './types.ts';

/** English, the default. */
export const en: Words = {
  keysHint: '→ next step · S speaker view · O overview · F full screen · D dark or light',
  continued: (heading) => `${heading} (continued)`,
  chronology: (span) => `Chronology ${span}`,
  noMainSourceEvent: (year) => `The article names no event in ${year}. Shown: context from other reporting, marked`,
  continuing: 'Continuing:',
  badges: {
    article: { label: 'Article', title: 'Stated in the article' },
    context: { label: 'Context', title: 'Not in the article: other reporting, with its own source' },
    opinion: 'Author’s view',
  },
  recordLabel: 'The record:',
  stage: {
    moreInHandout: 'more in the handout',
    onThePage: 'On the page (left the slide):',
    deathTerms: ['killed', 'dead', 'deaths'],
    strip: (span, year) => `${span}, each event at its date, ${year} brought forward`,
  },
  recordInNotes: (differs, eventTitle) => `${differs ? 'The record differs' : 'The record adds'} (${eventTitle}):`,
  authorArgues: 'The author argues',
  authorDilemma: (struck, helped) => `the author: striking ${struck} helps ${helped}`,
  figureRange: (low, high, later) => (later ? `${low}, later ${high}` : `${low} to ${high}`),
  dateQualifiers: {
    about: (date) => `about ${date}`,
    early: (date) => `early ${date}`,
    mid: (date) => `mid-${date}`,
    late: (date) => `late ${date}`,
    before: (date) => `before ${date}`,
    after: (date) => `after ${date}`,
  },
  numberScales: { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 },
  hedges: {
    about: 'about',
    around: 'around',
    some: 'some',
    almost: 'almost',
    nearly: 'nearly',
    'at least': 'at least',
    'more than': 'more than',
    'up to': 'up to',
    approximately: 'approximately',
  },
  notes: { stress: 'Stress:', next: 'Next:' },
  claims: {
    claimedBy: (claimant, outlet, when) =>
      `claimed by ${claimant}${outlet ? ` ${outlet}` : ''}${when ? ` (claim of ${when})` : ''}`,
    claimedInName: (name, outlet, when, country, claimedAs) =>
      `claimed${outlet ? ` ${outlet}` : ''} in ${name}’s name${when ? ` (claim of ${when})` : ''}, when its attacks in ${country} were claimed as ${claimedAs}`,
    viaOutlet: (outlet) => `through ${outlet}`,
    or: 'or',
    byOrganisation: (name) => `by ${name}`,
    nameNotStated: (outlet, when) =>
      `claimed${outlet ? ` ${outlet}` : ''}${when ? ` (claim of ${when})` : ''}; the source does not say in whose name`,
    namingContext: (name, country, claimedAs) =>
      `at the time, ${name}’s attacks in ${country} were claimed as ${claimedAs}`,
    competing: 'competing claims:',
    doubted: (why) => `(in doubt: ${why})`,
    settledOn: (claimant) => `a source holds ${claimant} responsible`,
    unclaimed: 'claimed by no group',
    attributedTo: (group, by, strength) =>
      strength === 'blamed'
        ? `blamed on ${group} by ${by}`
        : strength === 'attributed'
          ? `attributed to ${group} by ${by}`
          : `suspicion on ${group}, ${by} wrote`,
    separator: '; ',
  },
  roleTerms: {
    claim: ['claim', 'responsibility'],
    attribution: [
      'attribut',
      'blame',
      'responsib',
      'reported as',
      'carried out',
      'work of',
      'suspect',
      'suspicion',
      'affiliat',
    ],
    mainSourceVoice: ['the article', 'the author'],
    notSpoken: [
      'the data',
      'in the data',
      'data file',
      'square bracket',
      'context event',
      'record note',
      'fragment',
      'slide id',
      'left empty',
      'placeholder',
    ],
  },
  groupsTable: { group: 'Group', formed: 'Formed', aim: 'Aim', who: 'Who they are' },
  recordTable: { article: 'The article', record: 'The record' },
  sourceKinds: { reporting: 'reporting', opinion: 'opinion', official: 'official record', research: 'research' },
  credits: 'Third-party material',
  creditLine: (material, holder, licence) => `${material}: ${holder} (${licence})`,
  diagrams: {
    undated: 'undated in the sources',
    mapLabel: (place, year) => `${place} ${year}`,
    claimedInName: 'Claimed in the name of',
    unclaimed: 'nobody (unclaimed)',
    notStated: 'a name the source does not state',
    competing: 'competing claims',
    claimedIn: (group) => `claimed in the name of ${group}`,
    elsewhere: (count, countries) => `${count} attacks in ${countries}:\nsee the previous map`,
    mapEntry: (label, claim) => `${label}: ${claim}`,
  },
  relations: {
    'split-from': 'members broke away',
    'affiliate-of': 'affiliate of',
    'province-of': 'province of',
    'rival-of': 'rivals',
    hunts: 'hunts',
    attacks: 'attacks',
    'linked-to': 'linked to',
  },
  speakerView: {
    title: (talkTitle) => `${talkTitle}: speaker view`,
    current: 'Current slide',
    upcoming: 'Upcoming slide',
    layout: 'Layout of the speaker view',
  },
  handout: {
    notes: 'Speaker notes',
    sources: 'Sources of this slide',
    slideOf: 'Slide {number} of {total}',
  },
};
