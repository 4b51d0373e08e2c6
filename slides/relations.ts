import type { Relation } from '../src/model/types.ts';
import { ARTICLE } from './sources.ts';

/**
 * Ties between the groups. `since: null` means the sources describe the tie
 * without a date; such ties appear only in the latest network snapshot.
 */
export const relations: readonly Relation[] = [
  {
    id: 'iskp-split-from-afghan-taliban',
    from: 'iskp',
    to: 'afghan-taliban',
    kind: 'split-from',
    since: { year: 2014 },
    label: 'members broke away',
    source: {
      source: ARTICLE,
      excerpt: 'The members were drawn from two main groups\u2014the Afghan Taliban and the TTP.',
      verbatim: true,
    },
  },
  {
    id: 'iskp-split-from-ttp',
    from: 'iskp',
    to: 'ttp',
    kind: 'split-from',
    since: { year: 2014 },
    label: 'members broke away',
    source: {
      source: ARTICLE,
      excerpt: 'So they broke away and formed ISKP.',
      verbatim: true,
    },
  },
  {
    id: 'iskp-affiliate-of-is-core',
    from: 'iskp',
    to: 'is-core',
    kind: 'affiliate-of',
    since: { year: 2015, month: 1, day: 26 },
    label: 'linked, but operationally separate',
    source: {
      source: 'jamestown-tm-13-7',
      excerpt: 'The Islamic State\u2019s spokesman al-Adnani announced the Khorasan Province on 26 January 2015.',
      verbatim: false,
    },
  },
  {
    id: 'is-pakistan-province-of-is-core',
    from: 'is-pakistan',
    to: 'is-core',
    kind: 'province-of',
    since: { year: 2019, month: 5, day: 15 },
    label: 'separate province',
    source: {
      source: 'voa-2019-05-pakistan-province',
      excerpt: 'The Islamic State declared a separate \u201cPakistan Province\u201d on 15 May 2019.',
      verbatim: false,
    },
  },
  {
    id: 'afghan-taliban-hunts-iskp',
    from: 'afghan-taliban',
    to: 'iskp',
    kind: 'hunts',
    since: null,
    label: 'hunts ISKP fighters',
    source: {
      source: ARTICLE,
      excerpt: 'The Taliban are actually hunting the ISKP fighters.',
      verbatim: true,
    },
  },
  {
    id: 'iskp-rival-of-ttp',
    from: 'iskp',
    to: 'ttp',
    kind: 'rival-of',
    since: null,
    label: 'rivals',
    source: {
      source: ARTICLE,
      excerpt: 'because these groups are rivals',
      verbatim: true,
    },
  },
  {
    id: 'ttp-attacks-pakistan-state',
    from: 'ttp',
    to: 'pakistan-state',
    kind: 'attacks',
    since: null,
    label: 'attacks',
    source: {
      source: ARTICLE,
      excerpt: 'TTP has launched dozens of attacks in the last few years',
      verbatim: true,
    },
  },
  {
    id: 'tjp-linked-to-ttp',
    from: 'tjp',
    to: 'ttp',
    kind: 'linked-to',
    since: { year: 2023, month: 12 },
    label: 'TTP-linked',
    source: {
      source: 'dawn-2023-12-daraban',
      excerpt: 'Tehreek-e-Jihad Pakistan, which claimed the Daraban attack, is described as linked to the TTP.',
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
      source: 'dawn-2023-12-daraban',
      excerpt: 'Tehreek-e-Jihad Pakistan claimed the vehicle bomb and suicide attack on soldiers at Daraban, Dera Ismail Khan, on 12 December 2023.',
      verbatim: false,
    },
  },
];
