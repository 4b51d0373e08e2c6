import type { Group } from '../src/model/types.ts';
import { ARTICLE } from './sources.ts';

/**
 * The actors of the talk. Aliases are names a source in this talk uses for the
 * group; none is shared between groups, and none is a fragment that would match
 * another group's name (so the Islamic State core group has no bare "IS" or
 * "ISIL", which would match ISKP's "ISIL-K", and ISKP has no "ISIS-K", which
 * would match the core group's "ISIS"). "Daesh", used in the Interior
 * Ministry's reply, is left out on purpose: the reply does not say which
 * Islamic State entity it means.
 */
export const groups: readonly Group[] = [
  {
    id: 'afghan-taliban',
    name: 'Afghan Taliban',
    shortName: 'Afghan Taliban',
    aliases: ['the Taliban'],
    kind: 'armed-group',
    founded: null,
    aims: 'national',
    summary: 'A movement with national aims: it sought to rule Afghanistan from Kabul.',
    source: {
      source: ARTICLE,
      excerpt: 'the Afghan Taliban wanted to rule over Kabul',
      verbatim: true,
    },
  },
  {
    id: 'ttp',
    name: 'Tehreek-e-Taliban Pakistan',
    shortName: 'TTP',
    aliases: ['Pakistani Taliban', 'Tehrik-i-Taliban Pakistan'],
    kind: 'armed-group',
    founded: null,
    aims: 'national',
    summary: 'A militant movement with national aims: it seeks to rule Pakistan from Islamabad.',
    source: {
      source: ARTICLE,
      excerpt: 'the TTP wanted to rule over Islamabad',
      verbatim: true,
    },
  },
  {
    id: 'is-core',
    name: 'Islamic State (core group)',
    shortName: 'IS (core)',
    aliases: ['Islamic State', 'ISIS', 'Islamic State in Iraq and Syria', 'Islamic State of Iraq and Syria', 'Islamic State in West Asia'],
    kind: 'armed-group',
    founded: null,
    aims: 'global',
    summary: 'The core group that operated in Iraq and Syria, distinct from its Khorasan branch in Afghanistan and Pakistan.',
    source: {
      source: ARTICLE,
      excerpt: 'The Islamic State in Pakistan is different from ISIS that operated in Iraq and Syria',
      verbatim: true,
    },
  },
  {
    id: 'iskp',
    name: 'Islamic State Khorasan Province',
    shortName: 'ISKP',
    aliases: ['Islamic State of Khorasan Province', 'ISIL-K', 'Khorasan Province'],
    kind: 'armed-group',
    founded: { year: 2015, month: 1, day: 26 },
    aims: 'regional',
    summary: 'The Islamic State\u2019s affiliate for the Afghanistan\u2013Pakistan region, announced by the core group on 26 January 2015 with Hafiz Saeed Khan as governor.',
    source: {
      source: 'jamestown-tm-13-7',
      excerpt: 'On 26 January 2015 the Islamic State\u2019s spokesman al-Adnani announced the Khorasan Province, naming Hafiz Saeed Khan as its governor.',
      verbatim: false,
    },
  },
  {
    id: 'is-pakistan',
    name: 'Islamic State Pakistan Province',
    shortName: 'IS Pakistan Province',
    aliases: ['Pakistan Province'],
    kind: 'armed-group',
    founded: { year: 2019, month: 5, day: 15 },
    aims: 'global',
    summary: 'A separate \u201cPakistan Province\u201d that the Islamic State core group declared on 15 May 2019, distinct from ISKP.',
    source: {
      source: 'voa-2019-05-pakistan-province',
      excerpt: 'On 15 May 2019 the Islamic State declared a separate \u201cPakistan Province\u201d.',
      verbatim: false,
    },
  },
  {
    id: 'tjp',
    name: 'Tehreek-e-Jihad Pakistan',
    shortName: 'TJP',
    aliases: ['Tehrik-i-Jihad Pakistan'],
    kind: 'armed-group',
    founded: null,
    aims: 'national',
    summary: 'A militant group reported as linked to the TTP; it claimed the attack on soldiers at Daraban on 12 December 2023.',
    source: {
      source: 'dawn-2023-12-daraban',
      excerpt: 'Tehreek-e-Jihad Pakistan, a TTP-linked group, claimed the 12 December 2023 attack at Daraban that killed 23 soldiers.',
      verbatim: false,
    },
  },
  {
    id: 'pakistan-state',
    name: 'Pakistani state and armed forces',
    shortName: 'Pakistani state',
    aliases: ['Pakistani army', 'Pakistan Army', 'Interior Ministry', 'Pakistani government'],
    kind: 'state',
    founded: null,
    aims: 'national',
    summary: 'The government, including the Interior Ministry, and the army, whose counter-terrorism choices the article\u2019s author criticises.',
    source: {
      source: ARTICLE,
      excerpt: 'Pakistan\u2019s Interior Ministry has released a new assessment.',
      verbatim: true,
    },
  },
];
