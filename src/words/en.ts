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
  recordInNotes: (differs, eventTitle) => `${differs ? 'The record differs' : 'The record adds'} (${eventTitle}):`,
  authorArgues: 'The author argues',
  authorDilemma: (struck, helped) => `the author: striking ${struck} helps ${helped}`,
  hedges: {
    about: 'about',
    around: 'around',
    some: 'some',
    almost: 'almost',
    nearly: 'nearly',
    'at least': 'at least',
    'up to': 'up to',
    approximately: 'approximately',
  },
  notes: { stress: 'Stress:', next: 'Next:' },
  claims: {
    claimedBy: (claimant, outlet, when) =>
      `claimed by ${claimant}${outlet ? ` ${outlet}` : ''}${when ? ` in ${when}` : ''}`,
    claimedInName: (name, outlet, when, country, claimedAs) =>
      `claimed${outlet ? ` ${outlet}` : ''}${when ? ` in ${when}` : ''} in ${name}’s name, when its attacks in ${country} were claimed as ${claimedAs}`,
    viaOutlet: (outlet) => `through ${outlet}`,
    or: 'or',
    unclaimed: 'claimed by no group',
    attributedTo: (group) => `attributed to ${group}`,
    separator: '; ',
  },
  roleTerms: {
    claim: ['claim', 'responsibility'],
    attribution: ['attribut', 'blame', 'responsib', 'reported as', 'carried out', 'work of', 'suspect', 'affiliat'],
    mainSourceVoice: ['the article', 'the author'],
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
    elsewhere: (count, countries) => `${count} attacks in ${countries}:\nsee the previous map`,
    mapEntry: (label, claimant) => (claimant ? `${label}, claimed in the name of ${claimant}` : `${label}, unclaimed`),
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
  handout: {
    notes: 'Speaker notes',
    sources: 'Sources of this slide',
    slideOf: (number, total) => `Slide ${number} of ${total}`,
  },
};
