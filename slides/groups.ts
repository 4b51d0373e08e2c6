import type { ClaimNaming, Group, Outlet } from '../src/schema.ts';
import { ARTICLE } from './sources.ts';

/**
 * The actors of the talk. Aliases are names a source in this talk uses for the group;
 * none is shared between groups. Names are matched longest first, so "ISIS-K" and
 * "Islamic State Khorasan Province" name ISKP, never the Islamic State itself; a name in
 * capitals ("IS") is matched in capitals only.
 */
export const groups: readonly Group[] = [
  {
    id: 'afghan-taliban',
    name: 'Afghan Taliban',
    shortName: 'Afghan Taliban',
    aliases: ['Taliban'],
    kind: 'group',
    founded: null,
    aim: 'to rule over Kabul',
    summary: 'A movement with national aims, in the article’s reading.',
    source: { source: ARTICLE, excerpt: 'the Afghan Taliban wanted to rule over Kabul', verbatim: true },
  },
  {
    id: 'ttp',
    name: 'Tehreek-e-Taliban Pakistan',
    shortName: 'TTP',
    aliases: ['Pakistani Taliban', 'Tehrik-i-Taliban Pakistan', 'Tehreek-i-Taliban Pakistan'],
    kind: 'group',
    founded: null,
    aim: 'to rule over Islamabad',
    summary: 'A militant movement with national aims, in the article’s reading.',
    source: { source: ARTICLE, excerpt: 'the TTP wanted to rule over Islamabad', verbatim: true },
  },
  {
    id: 'islamic-state',
    name: 'Islamic State',
    shortName: 'IS',
    aliases: ['ISIS', 'ISIL', 'Daesh', 'Da’ish', 'Daish'],
    kind: 'group',
    founded: null,
    aim: 'global ambitions',
    summary: 'The core group that operated in Iraq and Syria; claims made in its own name say no province.',
    source: { source: ARTICLE, excerpt: 'different from ISIS that operated in Iraq and Syria', verbatim: true },
  },
  {
    id: 'iskp',
    name: 'Islamic State Khorasan Province',
    shortName: 'ISKP',
    aliases: [
      'Islamic State of Khorasan Province',
      'Islamic State in Khorasan Province',
      'Khorasan Province of the Islamic State',
      'Khorasan Province',
      'Khorasan branch',
      'Wilayah Khorasan',
      'Islamic State Khorasan',
      'ISIL-K',
      'ISIS-K',
      'IS-K',
      // AP's name for it in its reports from Pakistan.
      'Islamic State’s regional affiliate',
    ],
    kind: 'group',
    founded: { year: 2015, month: 1, day: 26 },
    aim: 'a regional or international caliphate',
    summary:
      'The Islamic State’s province for Afghanistan and Pakistan, announced with Hafiz Saeed Khan as its governor.',
    source: {
      source: 'jamestown-tm-13-7',
      excerpt:
        'On 26 January 2015 the Islamic State’s spokesman al-Adnani announced the Khorasan Province, with Hafiz Saeed Khan as its governor.',
      verbatim: false,
    },
  },
  {
    id: 'is-pakistan',
    name: 'Islamic State Pakistan Province',
    shortName: 'IS Pakistan Province',
    aliases: ['Pakistan Province', 'Wilayah Pakistan'],
    kind: 'group',
    founded: { year: 2019, month: 5, day: 15 },
    summary: 'A province for Pakistan alone, announced in claims the Islamic State published on 15 May 2019.',
    source: {
      source: 'voa-2019-05-pakistan-province',
      excerpt: 'On 15 May 2019 the Islamic State announced a “Pakistan Province” in claims published through Amaq.',
      verbatim: false,
    },
  },
  {
    id: 'tjp',
    name: 'Tehreek-e-Jihad Pakistan',
    shortName: 'TJP',
    aliases: ['Tehrik-i-Jihad Pakistan'],
    kind: 'group',
    founded: null,
    summary: 'A group that Pakistan’s Foreign Office calls affiliated with the TTP.',
    source: {
      source: 'app-2023-12-daraban',
      excerpt:
        'The Foreign Office said Tehreek-e-Jihad Pakistan, which claimed the attack, is affiliated with the TTP.',
      verbatim: false,
    },
  },
  {
    id: 'pakistan-state',
    name: 'Pakistani state and armed forces',
    shortName: 'Pakistani state',
    aliases: ['Pakistani army', 'Pakistan Army', 'Interior Ministry', 'Foreign Office'],
    kind: 'state',
    founded: null,
    summary: 'The government, its Interior and Foreign ministries, and the army.',
    source: { source: ARTICLE, excerpt: 'Pakistan’s Interior Ministry has released a new assessment.', verbatim: true },
  },
  {
    id: 'lej-a',
    name: 'Lashkar-e-Jhangvi al-Alami',
    shortName: 'LeJ al-Alami',
    aliases: ['Lashkar-e-Jhangvi Al Almi', 'Lashkar-e-Jhangvi al-Almi'],
    kind: 'group',
    founded: null,
    summary: 'A banned sectarian group, which officials blamed for the Quetta police college attack.',
    source: {
      source: 'india-blooms-2016-10-quetta',
      excerpt: 'The Frontier Corps chief said the attackers were affiliated with Lashkar-e-Jhangvi al-Alami.',
      verbatim: false,
    },
  },
  {
    id: 'jmb',
    name: 'Jama’atul Mujahideen Bangladesh',
    shortName: 'JMB',
    aliases: [],
    kind: 'group',
    founded: null,
    summary: 'A banned Bangladeshi group, which the government blamed for the Dhaka café siege.',
    source: {
      source: 'straits-times-2016-07-dhaka',
      excerpt: 'Bangladesh’s home minister said the attackers were members of JMB, which the government has banned.',
      verbatim: false,
    },
  },
  {
    id: 'ntj',
    name: 'National Thowheeth Jama’ath',
    shortName: 'NTJ',
    aliases: ['National Thowheed Jamaath'],
    kind: 'group',
    founded: null,
    summary: 'A local Sri Lankan network, which carried out the Easter bombings.',
    source: {
      source: 'ctc-2019-sri-lanka',
      excerpt: 'The Easter bombings were carried out by a local network, NTJ.',
      verbatim: false,
    },
  },
  {
    id: 'irc',
    name: 'Islamic Resistance Council',
    shortName: 'IRC',
    aliases: [],
    kind: 'group',
    founded: null,
    summary: 'An unknown outfit, which claimed the Mangaluru bomb first.',
    source: {
      source: 'dna-india-2022-11-mangaluru',
      excerpt:
        'An unknown outfit calling itself the Islamic Resistance Council claimed the Mangaluru blast; police were verifying the claim.',
      verbatim: false,
    },
  },
  {
    id: 'lej',
    name: 'Lashkar-e-Jhangvi',
    shortName: 'LeJ',
    aliases: [],
    kind: 'group',
    founded: null,
    summary: 'A banned sectarian group which, Daily Times reports, claimed the Quetta police college attack.',
    source: {
      source: 'daily-times-2016-10-quetta',
      excerpt:
        'Both Lashkar-e-Jhangvi and the Islamic State claimed responsibility for the attack on the police college.',
      verbatim: false,
    },
  },
  {
    id: 'ttp-hakimullah',
    name: 'Hakimullah Mehsud faction of the Pakistani Taliban',
    shortName: 'TTP Hakimullah faction',
    aliases: ['Hakeemullah Mehsud faction of the Pakistani Taliban', 'Hakeemullah Mehsud faction'],
    kind: 'group',
    founded: null,
    summary: 'A faction whose emailed claim for the Quetta police college attack could not be authenticated.',
    source: {
      source: 'reuters-2016-10-quetta-faction',
      excerpt:
        'The Hakeemullah Mehsud faction of the Pakistani Taliban also claimed responsibility in an emailed statement; members of the group could not confirm it was authentic.',
      verbatim: false,
    },
  },
  {
    id: 'jua',
    name: 'Jamaat-ul-Ahrar',
    shortName: 'JuA',
    aliases: ['Jamaat-ur-Ahrar', 'Tehreek-e-Taliban Pakistan Jamaat-ur-Ahrar'],
    kind: 'group',
    founded: null,
    summary: 'A faction of the Pakistani Taliban, which claimed the Quetta Civil Hospital bombing.',
    source: {
      source: 'ibtimes-2016-08-quetta-hospital',
      excerpt:
        'A faction of the Pakistani Taliban, Jamaat-ur-Ahrar, claimed responsibility for the suicide bombing at the Civil Hospital in Quetta.',
      verbatim: false,
    },
  },
];

/** The channels that publish claims: outlets, never claimants. */
export const outlets: readonly Outlet[] = [
  {
    id: 'amaq',
    name: 'Amaq News Agency',
    shortName: 'Amaq',
    owner: 'islamic-state',
    description: 'the Islamic State’s propaganda outlet',
    source: {
      source: 'voa-2019-05-pakistan-province',
      excerpt: 'its global propaganda mouthpiece Amaq News Agency',
      verbatim: true,
    },
  },
  {
    id: 'voice-of-khurasan',
    name: 'Voice of Khurasan',
    shortName: 'Voice of Khurasan',
    owner: 'iskp',
    description: 'ISKP’s English-language propaganda magazine',
    source: {
      source: 'hindustan-times-2023-03-iskp-claims',
      excerpt:
        'ISKP made the claims in the latest issue of its propaganda magazine Voice of Khurasan, released by its Al-Azaim Media Foundation.',
      verbatim: false,
    },
  },
];

/** How the Islamic State named its claims in Pakistan before it declared a Pakistan Province. */
export const claimNamings: readonly ClaimNaming[] = [
  {
    id: 'pakistan-before-may-2019',
    organisation: 'islamic-state',
    nameInClaims: 'the Islamic State',
    country: 'Pakistan',
    until: { year: 2019, month: 5, day: 14 },
    claimedAs: ['iskp'],
    source: {
      source: 'gfatf-2019-05-provinces',
      excerpt: 'past ISIS attacks in Pakistan have been claimed in the name of “Wilayah Khorasan,”',
      verbatim: true,
    },
  },
];
