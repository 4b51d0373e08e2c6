import type { Relation } from '../src/schema.ts';
import { ARTICLE } from './sources.ts';

/**
 * Ties between the groups. `since: null` means the sources describe the tie without a
 * date; such ties come last in the growing network, in a step of their own.
 */
export const relations: readonly Relation[] = [
  {
    id: 'iskp-split-from-afghan-taliban',
    from: 'iskp',
    to: 'afghan-taliban',
    kind: 'split-from',
    since: { year: 2014 },
    sinceUntil: { year: 2015 },
    source: {
      source: ARTICLE,
      excerpt:
        'The ISKP was formed between 2014 and 2015. The members were drawn from two main groups—the Afghan Taliban and the TTP.',
      verbatim: true,
    },
  },
  {
    id: 'iskp-split-from-ttp',
    from: 'iskp',
    to: 'ttp',
    kind: 'split-from',
    since: { year: 2014 },
    sinceUntil: { year: 2015 },
    source: {
      source: ARTICLE,
      excerpt:
        'The ISKP was formed between 2014 and 2015. The members were drawn from two main groups—the Afghan Taliban and the TTP.',
      verbatim: true,
    },
  },
  {
    id: 'iskp-affiliate-of-islamic-state',
    from: 'iskp',
    to: 'islamic-state',
    kind: 'affiliate-of',
    since: { year: 2015, month: 1, day: 26 },
    label: 'province of',
    source: {
      source: 'jamestown-tm-13-7',
      excerpt:
        'On 26 January 2015 the Islamic State’s spokesman al-Adnani announced the Khorasan Province, with Hafiz Saeed Khan as its governor.',
      verbatim: false,
    },
  },
  {
    id: 'is-pakistan-province-of-islamic-state',
    from: 'is-pakistan',
    to: 'islamic-state',
    kind: 'province-of',
    since: { year: 2019, month: 5, day: 15 },
    source: {
      source: 'voa-2019-05-pakistan-province',
      excerpt: 'On 15 May 2019 the Islamic State announced a “Pakistan Province” in claims published through Amaq.',
      verbatim: false,
    },
  },
  {
    id: 'afghan-taliban-rival-of-islamic-state',
    from: 'afghan-taliban',
    to: 'islamic-state',
    kind: 'rival-of',
    since: null,
    source: { source: ARTICLE, excerpt: 'The Islamic State and the Taliban are rivals.', verbatim: true },
  },
  {
    id: 'afghan-taliban-hunts-iskp',
    from: 'afghan-taliban',
    to: 'iskp',
    kind: 'hunts',
    since: null,
    label: 'hunts ISKP fighters',
    source: { source: ARTICLE, excerpt: 'The Taliban are actually hunting the ISKP fighters.', verbatim: true },
  },
  {
    id: 'iskp-rival-of-ttp',
    from: 'iskp',
    to: 'ttp',
    kind: 'rival-of',
    since: null,
    source: {
      source: ARTICLE,
      excerpt:
        'If they crack down on TTP, it helps the ISKP and if they crack down on the ISKP, it helps the TTP, because these groups are rivals.',
      verbatim: true,
    },
  },
  {
    id: 'ttp-attacks-pakistan-state',
    from: 'ttp',
    to: 'pakistan-state',
    kind: 'attacks',
    since: null,
    source: { source: ARTICLE, excerpt: 'TTP has launched dozens of attacks in the last few years', verbatim: true },
  },
  {
    id: 'tjp-linked-to-ttp',
    from: 'tjp',
    to: 'ttp',
    kind: 'linked-to',
    // The Foreign Office stated the tie in December 2023 without dating it; TJP itself appeared in February 2023.
    since: null,
    label: 'affiliated, says the Foreign Office',
    source: {
      source: 'app-2023-12-daraban',
      excerpt:
        'The Foreign Office said Tehreek-e-Jihad Pakistan, which claimed the attack, is affiliated with the TTP.',
      verbatim: false,
    },
  },
  {
    id: 'tjp-attacks-pakistan-state',
    from: 'tjp',
    to: 'pakistan-state',
    kind: 'attacks',
    since: { year: 2023, month: 12, day: 12 },
    label: 'Daraban attack',
    source: {
      source: 'app-2023-12-daraban',
      excerpt:
        'The Foreign Office said Tehreek-e-Jihad Pakistan, which claimed the attack, is affiliated with the TTP.',
      verbatim: false,
    },
  },
];
