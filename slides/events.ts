import type { Citation, TimelineEvent } from '../src/model/types.ts';
import { ARTICLE } from './sources.ts';

/** A short verbatim excerpt of the article (a substring of source-article.txt). */
const article = (excerpt: string): Citation => ({ source: ARTICLE, excerpt, verbatim: true });

/** What another source reports, in the talk's words (from the fact-check). */
const reported = (source: string, excerpt: string): Citation => ({ source, excerpt, verbatim: false });

/**
 * The chronology, 2014–2023, in date order (a date known only to the year
 * comes before the dated events of that year). Article events carry the
 * article's claim and figures with their hedges; record notes say where other
 * reporting adds to or differs from it. Context events fill the years the
 * article leaves empty and cite their own sources.
 */
export const events: readonly TimelineEvent[] = [
  // ── 2014 ────────────────────────────────────────────────────────────────
  {
    id: 'iskp-formed',
    date: { year: 2014 },
    until: { year: 2015 },
    title: 'ISKP formed from Afghan Taliban and TTP members',
    shortTitle: 'ISKP formed (2014\u201315)',
    place: null,
    figures: [],
    actors: ['iskp', 'afghan-taliban', 'ttp'],
    origin: 'article',
    source: article('The ISKP was formed between 2014 and 2015. The members were drawn from two main groups\u2014the Afghan Taliban and the TTP.'),
    record: [
      {
        differs: false,
        summary: 'First step dated: six TTP figures pledged allegiance to al-Baghdadi on 14 October 2014.',
        detail:
          'Dawn reported that on 14 October 2014 six TTP figures, among them spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to the Islamic State\u2019s leader al-Baghdadi.',
        source: reported('dawn-2014-10-ttp-pledge', 'Six TTP figures, including spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to al-Baghdadi on 14 October 2014.'),
      },
      {
        differs: false,
        summary: 'The Khorasan Province was announced by the Islamic State on 26 January 2015.',
        detail:
          'The Jamestown Foundation\u2019s Terrorism Monitor 13(7) reports that the Islamic State\u2019s spokesman al-Adnani announced the Khorasan Province on 26 January 2015, with Hafiz Saeed Khan as governor.',
        source: reported('jamestown-tm-13-7', 'Al-Adnani announced the Khorasan Province on 26 January 2015, with Hafiz Saeed Khan as governor.'),
      },
    ],
  },
  {
    id: 'ttp-figures-pledge-2014',
    date: { year: 2014, month: 10, day: 14 },
    title: 'Six TTP figures pledge allegiance to al-Baghdadi',
    shortTitle: 'TTP figures pledge to al-Baghdadi',
    place: null,
    figures: [
      {
        amount: 6,
        hedge: null,
        label: 'TTP figures pledging allegiance',
        source: reported('dawn-2014-10-ttp-pledge', 'Six TTP figures pledged allegiance to al-Baghdadi.'),
      },
    ],
    actors: ['ttp', 'is-core'],
    origin: 'context',
    source: reported(
      'dawn-2014-10-ttp-pledge',
      'Six TTP figures, including spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to the Islamic State\u2019s leader al-Baghdadi on 14 October 2014.',
    ),
    record: [],
  },
  // ── 2015 ────────────────────────────────────────────────────────────────
  {
    id: 'khorasan-province-announced',
    date: { year: 2015, month: 1, day: 26 },
    title: 'The Islamic State announces its Khorasan Province',
    shortTitle: 'Khorasan Province announced',
    place: null,
    figures: [],
    actors: ['is-core', 'iskp'],
    origin: 'context',
    source: reported(
      'jamestown-tm-13-7',
      'The Islamic State\u2019s spokesman al-Adnani announced the Khorasan Province on 26 January 2015, naming Hafiz Saeed Khan as its governor.',
    ),
    record: [],
  },
  // ── 2016 ────────────────────────────────────────────────────────────────
  {
    id: 'iskp-peak-2016',
    date: { year: 2016, month: 1 },
    title: 'ISKP at its peak: some 3,000 fighters',
    shortTitle: 'ISKP peak: some 3,000 fighters',
    place: null,
    figures: [
      {
        amount: 3000,
        hedge: 'some',
        label: 'ISKP fighters',
        source: article('Its peak was in 2016. Back then the ISKP had some 3,000 fighters.'),
      },
      {
        amount: 3000,
        hedge: 'about',
        label: 'ISKP fighters (US officials\u2019 estimate)',
        source: reported('press-2016-02-iskp-strength', 'US officials estimated ISKP\u2019s strength at about 3,000 fighters; other estimates ranged from 1,000 to 4,000.'),
      },
    ],
    actors: ['iskp'],
    origin: 'article',
    source: article('Its peak was in 2016. Back then the ISKP had some 3,000 fighters.'),
    record: [
      {
        differs: false,
        summary: 'The 3,000 is a US estimate (January 2016); other estimates range from 1,000 to 4,000.',
        detail:
          'US officials, as reported in February 2016, put ISKP\u2019s strength at about 3,000 fighters in January 2016. Other estimates ranged from 1,000 to 4,000, so the figure is an estimate, not a count.',
        source: reported('press-2016-02-iskp-strength', 'US officials estimated about 3,000 ISKP fighters in January 2016; other estimates ranged from 1,000 to 4,000.'),
      },
    ],
  },
  {
    id: 'dhaka-2016',
    date: { year: 2016, month: 7, day: 1 },
    until: { year: 2016, month: 7, day: 2 },
    title: 'Dhaka caf\u00e9 siege, claimed by the Islamic State',
    shortTitle: 'Dhaka caf\u00e9 siege',
    place: { name: 'Holey Artisan Bakery, Dhaka', country: 'Bangladesh' },
    figures: [
      {
        amount: 20,
        hedge: null,
        label: 'hostages killed',
        source: reported('straits-times-2016-07-dhaka', '20 hostages were killed in the siege.'),
      },
      {
        amount: 2,
        hedge: null,
        label: 'police officers killed',
        source: reported('straits-times-2016-07-dhaka', 'Two police officers were killed.'),
      },
    ],
    actors: ['is-core'],
    attribution: {
      claimedBy: 'is-core',
      channel: 'via Amaq',
      source: reported('straits-times-2016-07-dhaka', 'The Islamic State claimed the siege via its Amaq agency.'),
    },
    origin: 'article',
    source: article('Or the 2016 Dhaka attack. Both were claimed by the Islamic State.'),
    record: [
      {
        differs: false,
        summary: 'Holey Artisan Bakery siege, 1\u20132 July 2016: 20 hostages and 2 police killed; Bangladesh blamed the local JMB.',
        detail:
          'The Straits Times reports a siege of the Holey Artisan Bakery caf\u00e9 on 1\u20132 July 2016 in which 20 hostages and two police officers were killed. The Islamic State core group claimed it via Amaq; Bangladeshi authorities blamed the local group JMB. It was not an ISKP attack.',
        source: reported('straits-times-2016-07-dhaka', 'Claimed by the Islamic State via Amaq; Bangladesh blamed the local group JMB.'),
      },
    ],
  },
  // ── 2017 ────────────────────────────────────────────────────────────────
  {
    id: 'afghan-border-fencing',
    date: { year: 2017 },
    until: { year: 2023 },
    title: 'Pakistan fences the Afghan border',
    shortTitle: 'Afghan border fenced',
    place: { name: 'Pakistan\u2013Afghanistan border', country: 'Pakistan' },
    figures: [
      {
        amount: 2600,
        hedge: 'about',
        label: 'km of border',
        source: reported('dawn-2024-01-border-fencing', 'The Afghan border is about 2,600 km long.'),
      },
      {
        amount: 88,
        hedge: null,
        label: 'per cent fenced by mid-2021',
        source: reported('dawn-2021-border-fencing', 'The fence was 88 per cent complete by mid-2021.'),
      },
    ],
    actors: ['pakistan-state'],
    origin: 'article',
    source: article('The army has chosen other tactics like fencing the Afghan border'),
    record: [
      {
        differs: false,
        summary: 'Fencing began in 2017: 88% done by mid-2021, largely complete by January 2024.',
        detail:
          'Dawn reports that the fencing of the roughly 2,600 km border with Afghanistan began in 2017, was 88 per cent done by mid-2021 and was largely complete by January 2024.',
        source: reported('dawn-2024-01-border-fencing', 'The roughly 2,600 km fence, begun in 2017, was largely complete by January 2024.'),
      },
    ],
  },
  {
    id: 'sehwan-shrine-2017',
    date: { year: 2017, month: 2, day: 16 },
    title: 'Bombing of the Lal Shahbaz Qalandar shrine, Sehwan',
    shortTitle: 'Sehwan shrine bombing',
    place: { name: 'Sehwan', region: 'Sindh', country: 'Pakistan' },
    figures: [
      {
        amount: 72,
        hedge: null,
        label: 'killed (first count)',
        source: reported('express-tribune-2017-02-sehwan', 'The first count was 72 killed.'),
      },
      {
        amount: 90,
        hedge: 'about',
        label: 'killed (later count)',
        source: reported('rferl-2017-02-sehwan', 'Later reports put the toll at about 90.'),
      },
    ],
    actors: ['is-core'],
    attribution: {
      claimedBy: 'is-core',
      channel: 'via Amaq',
      source: reported('rferl-2017-02-sehwan', 'The Islamic State claimed the shrine bombing via Amaq.'),
    },
    origin: 'context',
    source: reported('express-tribune-2017-02-sehwan', 'A bombing at the Lal Shahbaz Qalandar shrine in Sehwan, Sindh, on 16 February 2017 killed 72 people by the first count.'),
    record: [],
  },
  // ── 2018 ────────────────────────────────────────────────────────────────
  {
    id: 'mastung-rally-2018',
    date: { year: 2018, month: 7, day: 13 },
    title: 'Election rally bombing, Mastung',
    shortTitle: 'Mastung rally bombing',
    place: { name: 'Mastung', region: 'Balochistan', country: 'Pakistan' },
    figures: [
      {
        amount: 128,
        hedge: null,
        label: 'killed (first count)',
        source: reported('dawn-2018-07-mastung', 'The first count was 128 killed.'),
      },
      {
        amount: 149,
        hedge: null,
        label: 'killed (later count)',
        source: reported('the-news-2018-07-mastung', 'The toll later rose to 149.'),
      },
    ],
    actors: ['is-core'],
    attribution: {
      claimedBy: 'is-core',
      channel: 'via Amaq',
      source: reported('dawn-2018-07-mastung', 'The Islamic State claimed the rally bombing via Amaq.'),
    },
    origin: 'context',
    source: reported('dawn-2018-07-mastung', 'A bombing at an election rally in Mastung, Balochistan, on 13 July 2018 killed 128 people by the first count.'),
    record: [],
  },
  // ── 2019 ────────────────────────────────────────────────────────────────
  {
    id: 'sri-lanka-easter-2019',
    date: { year: 2019, month: 4, day: 21 },
    title: 'Easter bombings in Sri Lanka, claimed by the Islamic State',
    shortTitle: 'Sri Lanka Easter bombings',
    place: { name: 'Sri Lanka', country: 'Sri Lanka' },
    figures: [
      {
        amount: 253,
        hedge: null,
        label: 'killed (revised toll)',
        source: reported('ctc-2019-04-sri-lanka', 'The toll, first reported as 359, was revised to 253.'),
      },
    ],
    actors: ['is-core'],
    attribution: {
      claimedBy: 'is-core',
      source: reported('ctc-2019-04-sri-lanka', 'The Islamic State claimed the bombings, carried out by a local NTJ network.'),
    },
    origin: 'article',
    source: article('like the 2019 Easter bombing in Sri Lanka. Or the 2016 Dhaka attack. Both were claimed by the Islamic State.'),
    record: [
      {
        differs: false,
        summary: '21 April 2019; toll first reported as 359, revised to 253; carried out by a local NTJ network.',
        detail:
          'The CTC at West Point dates the Easter bombings to 21 April 2019. The toll was first reported as 359 and revised to 253. They were claimed by the Islamic State core group and carried out by a local network, NTJ; they were not an ISKP attack.',
        source: reported('ctc-2019-04-sri-lanka', 'First reported as 359 killed, revised to 253; claimed by the Islamic State; local NTJ network.'),
      },
    ],
  },
  {
    id: 'pakistan-province-declared',
    date: { year: 2019, month: 5, day: 15 },
    title: 'The Islamic State declares a separate \u201cPakistan Province\u201d',
    shortTitle: 'IS declares a Pakistan Province',
    place: null,
    figures: [],
    actors: ['is-core', 'is-pakistan'],
    origin: 'context',
    source: reported('voa-2019-05-pakistan-province', 'On 15 May 2019 the Islamic State declared a separate \u201cPakistan Province\u201d.'),
    record: [],
  },
  // ── 2020 ────────────────────────────────────────────────────────────────
  {
    id: 'kabul-gurdwara-2020',
    date: { year: 2020, month: 3, day: 25 },
    title: 'Attack on a gurdwara in Kabul',
    shortTitle: 'Kabul gurdwara attack',
    place: { name: 'Kabul', country: 'Afghanistan' },
    figures: [
      {
        amount: 25,
        hedge: null,
        label: 'killed',
        source: reported('press-2020-03-kabul-gurdwara', '25 people were killed.'),
      },
    ],
    actors: ['iskp'],
    attribution: {
      claimedBy: 'iskp',
      source: reported('press-2020-03-kabul-gurdwara', 'Press reports give the attack as ISKP\u2019s.'),
    },
    origin: 'context',
    source: reported('press-2020-03-kabul-gurdwara', 'An attack on a gurdwara in Kabul on 25 March 2020 killed 25 people.'),
    record: [],
  },
  // ── 2021 ────────────────────────────────────────────────────────────────
  {
    id: 'machh-miners-2021',
    date: { year: 2021, month: 1, day: 3 },
    title: 'Hazara coal miners killed at Machh',
    shortTitle: 'Hazara miners killed, Machh',
    place: { name: 'Machh', region: 'Balochistan', country: 'Pakistan' },
    figures: [
      {
        amount: 11,
        hedge: null,
        label: 'killed',
        source: reported('express-tribune-2021-01-machh', '11 Hazara coal miners were killed.'),
      },
    ],
    actors: ['is-core'],
    attribution: {
      claimedBy: 'is-core',
      source: reported('express-tribune-2021-01-machh', 'The killings were claimed by the Islamic State.'),
    },
    origin: 'context',
    source: reported('express-tribune-2021-01-machh', 'Eleven Hazara coal miners were killed at Machh, Balochistan, on 3 January 2021.'),
    record: [],
  },
  {
    id: 'kabul-airport-2021',
    date: { year: 2021, month: 8, day: 26 },
    title: 'Bombing at Kabul airport',
    shortTitle: 'Kabul airport bombing',
    place: { name: 'Kabul airport', country: 'Afghanistan' },
    figures: [
      {
        amount: 13,
        hedge: null,
        label: 'US service members killed',
        source: reported('press-2021-08-kabul-airport', '13 US service members were killed.'),
      },
      {
        amount: 170,
        hedge: 'about',
        label: 'Afghans killed',
        source: reported('press-2021-08-kabul-airport', 'About 170 Afghans were killed.'),
      },
    ],
    actors: ['iskp'],
    attribution: {
      claimedBy: 'iskp',
      source: reported('press-2021-08-kabul-airport', 'Press reports give the bombing as ISKP\u2019s.'),
    },
    origin: 'context',
    source: reported('press-2021-08-kabul-airport', 'A bombing at Kabul airport on 26 August 2021 killed 13 US service members and about 170 Afghans.'),
    record: [],
  },
  {
    id: 'us-withdrawal-weapons',
    date: { year: 2021, month: 8, day: 30 },
    title: 'US leaves Kabul; weapons left behind',
    shortTitle: 'US withdrawal; weapons left behind',
    place: { name: 'Kabul', country: 'Afghanistan' },
    figures: [
      {
        amount: 7.12,
        hedge: 'about',
        label: 'billion US dollars of US-funded Afghan army equipment left behind',
        source: reported('dod-2021-08-equipment', 'About $7.12bn of US-funded Afghan army equipment was left behind.'),
      },
    ],
    actors: ['iskp'],
    origin: 'article',
    source: article(
      'The US abandoned a lot of hardware when they left Kabul\u2014things like guns, ammunition and night vision goggles\u2014the UN says ISKP is using those same weapons.',
    ),
    record: [
      {
        differs: false,
        summary: 'Withdrawal completed 30 August 2021; about $7.12bn of US-funded equipment left behind (DoD).',
        detail:
          'The US Department of Defense puts the US-funded Afghan army equipment left in Afghanistan at about $7.12bn. The withdrawal from Kabul was completed on 30 August 2021.',
        source: reported('dod-2021-08-equipment', 'About $7.12bn of US-funded Afghan army equipment was left behind when the withdrawal was completed on 30 August 2021.'),
      },
      {
        differs: false,
        summary: 'The UN relays member states\u2019 statements that such weapons reached ISIL-K via the TTP.',
        detail:
          'The UN Secretary-General\u2019s 17th report on ISIL (August 2023) relays statements by member states that such weapons reached ISIL-K, the UN\u2019s name for ISKP, through the TTP. The UN reports these statements; it does not state a finding of its own.',
        source: reported('un-sg-isil-17', 'Member states stated that such weapons reached ISIL-K via the TTP.'),
      },
      {
        differs: false,
        summary: 'The 18th UN report (February 2024) also carries these statements.',
        detail:
          'The UN Secretary-General\u2019s 18th report on ISIL (February 2024) again relays member states\u2019 statements that such weapons reached ISIL-K through the TTP.',
        source: reported('un-sg-isil-18', 'Member states\u2019 statements on weapons reaching ISIL-K via the TTP.'),
      },
    ],
  },
  // ── 2022 ────────────────────────────────────────────────────────────────
  {
    id: 'attacks-up-93-percent',
    date: { year: 2022 },
    until: { year: 2023 },
    title: 'Attacks in border regions up 93 percent since 2022',
    shortTitle: 'Border attacks up 93%',
    place: { name: 'Border regions with Afghanistan', country: 'Pakistan' },
    figures: [
      {
        amount: 93,
        hedge: null,
        label: 'per cent more attacks in border regions',
        source: article('Since 2022, terror attacks have increased 93 percent in border regions.'),
      },
    ],
    actors: [],
    origin: 'article',
    source: article('Since 2022, terror attacks have increased 93 percent in border regions.'),
    record: [
      {
        differs: true,
        summary: 'No source found for 93%; PIPS (May 2023): +92% in Khyber Pakhtunkhwa, +81% in Balochistan.',
        detail:
          'We found no published source for a 93 percent rise since 2022. The nearest figures are from the Pak Institute for Peace Studies (May 2023): attacks rose 92 percent in Khyber Pakhtunkhwa and 81 percent in Balochistan in the 21 months after the Taliban takeover.',
        source: reported('pips-2023-05', 'Attacks rose 92% in Khyber Pakhtunkhwa and 81% in Balochistan in the 21 months after the Taliban takeover.'),
      },
    ],
  },
  {
    id: 'peshawar-mosque-2022',
    date: { year: 2022, month: 3, day: 4 },
    title: 'Bombing of a Shia mosque in Peshawar',
    shortTitle: 'Peshawar Shia mosque bombing',
    place: { name: 'Peshawar', region: 'Khyber Pakhtunkhwa', country: 'Pakistan' },
    figures: [
      {
        amount: 57,
        hedge: null,
        label: 'killed (first count)',
        source: reported('press-2022-03-peshawar-mosque', 'The first count was 57 killed.'),
      },
      {
        amount: 63,
        hedge: null,
        label: 'killed (later count)',
        source: reported('press-2022-03-peshawar-mosque', 'The toll later rose to 63.'),
      },
    ],
    actors: ['is-core', 'iskp'],
    attribution: {
      claimedBy: 'is-core',
      source: reported('press-2022-03-peshawar-mosque', 'The bombing was claimed in the name of the Islamic State.'),
      attributedTo: {
        group: 'iskp',
        source: reported('press-2022-03-peshawar-mosque', 'Press reports give the claim as ISKP\u2019s.'),
      },
    },
    origin: 'context',
    source: reported('press-2022-03-peshawar-mosque', 'A bombing at a Shia mosque in Peshawar on 4 March 2022 killed 57 people by the first count and 63 later.'),
    record: [],
  },
  {
    id: 'coimbatore-2022',
    date: { year: 2022, month: 10, day: 23 },
    title: 'Car bomb in Coimbatore, claimed by ISKP',
    shortTitle: 'Coimbatore car bomb',
    place: { name: 'Coimbatore', region: 'Tamil Nadu', country: 'India' },
    figures: [
      {
        amount: 1,
        hedge: null,
        label: 'killed (the bomber)',
        source: reported('hindustan-times-2022-10-coimbatore', 'The bomber was killed.'),
      },
    ],
    actors: ['iskp'],
    attribution: {
      claimedBy: 'iskp',
      channel: 'retrospectively, in ISKP\u2019s Voice of Khurasan (about 4 March 2023)',
      source: reported('hindustan-times-2022-10-coimbatore', 'ISKP claimed the car bomb retrospectively in its magazine Voice of Khurasan, around 4 March 2023.'),
    },
    origin: 'article',
    source: article('in 2022, the ISKP claimed two attacks in India; they were bomb blasts in Coimbatore and Mangaluru'),
    record: [
      {
        differs: false,
        summary: 'A car bomb near a temple on 23 October 2022; ISKP\u2019s claim came about four months later.',
        detail:
          'Hindustan Times reports a car bomb near a temple in Coimbatore on 23 October 2022 that killed the bomber. ISKP claimed it retrospectively in its magazine Voice of Khurasan, around 4 March 2023.',
        source: reported('hindustan-times-2022-10-coimbatore', 'Car bomb near a temple; the bomber was killed; claimed retrospectively by ISKP\u2019s Voice of Khurasan around 4 March 2023.'),
      },
    ],
  },
  {
    id: 'mangaluru-2022',
    date: { year: 2022, month: 11, day: 19 },
    title: 'Autorickshaw bomb in Mangaluru, claimed by ISKP',
    shortTitle: 'Mangaluru autorickshaw bomb',
    place: { name: 'Mangaluru', region: 'Karnataka', country: 'India' },
    figures: [
      {
        amount: 2,
        hedge: null,
        label: 'injured',
        source: reported('hindustan-times-2022-11-mangaluru', 'Two people were injured.'),
      },
    ],
    actors: ['iskp'],
    attribution: {
      claimedBy: 'iskp',
      channel: 'later, in an ISKP magazine',
      source: reported('dna-india-2022-11-mangaluru', 'The bombing was later claimed in ISKP\u2019s magazine.'),
    },
    origin: 'article',
    source: article('in 2022, the ISKP claimed two attacks in India; they were bomb blasts in Coimbatore and Mangaluru'),
    record: [
      {
        differs: false,
        summary: 'First claimed by an \u201cIslamic Resistance Council\u201d; later claimed in ISKP\u2019s magazine.',
        detail:
          'Hindustan Times and DNA India report that the autorickshaw bomb of 19 November 2022 injured two people. A group calling itself the \u201cIslamic Resistance Council\u201d claimed it first; the claim in ISKP\u2019s magazine came later.',
        source: reported('hindustan-times-2022-11-mangaluru', 'Two injured; first claimed by the \u201cIslamic Resistance Council\u201d.'),
      },
    ],
  },
  // ── 2023 ────────────────────────────────────────────────────────────────
  {
    id: 'toll-2023',
    date: { year: 2023 },
    title: '2023 toll, the highest in almost six years',
    shortTitle: '2023 toll: around 1,000 killed',
    place: { name: 'Pakistan', country: 'Pakistan' },
    figures: [
      {
        amount: 1000,
        hedge: 'around',
        label: 'killed',
        source: article('around 1,000 people were killed\u2014500 civilians plus 500 officials'),
        role: 'total',
      },
      {
        amount: 500,
        hedge: 'around',
        label: 'civilians killed',
        source: article('around 1,000 people were killed\u2014500 civilians plus 500 officials'),
        role: 'part',
      },
      {
        amount: 500,
        hedge: 'around',
        label: 'officials killed',
        source: article('around 1,000 people were killed\u2014500 civilians plus 500 officials'),
        role: 'part',
      },
    ],
    actors: ['ttp', 'iskp'],
    origin: 'article',
    source: article('In 2023, these groups carried out dozens of attacks, and put together, around 1,000 people were killed\u2014500 civilians plus 500 officials.'),
    record: [
      {
        differs: true,
        summary: 'CRSS: 586 attacks, 1,524 deaths incl. militants, mostly TTP and BLA violence \u2014 not an ISKP tally.',
        detail:
          'The Center for Research and Security Studies, as reported by Dawn, counts 586 attacks and 1,524 deaths in 2023 including militants, of which nearly 1,000 were civilians and security personnel, the highest in about six years. The violence was mostly by the TTP and the BLA; the figures are not a count of ISKP attacks.',
        source: reported('crss-2023-annual', '586 attacks and 1,524 deaths including militants in 2023; nearly 1,000 civilians and security personnel; mostly TTP and BLA violence.'),
      },
    ],
  },
  {
    id: 'gujarat-module-2023',
    date: { year: 2023, month: 6, day: 9 },
    until: { year: 2023, month: 6, day: 10 },
    title: 'ISKP-linked module broken up in Gujarat',
    shortTitle: 'ISKP module busted in Gujarat',
    place: { name: 'Porbandar and Surat', region: 'Gujarat', country: 'India' },
    figures: [
      {
        amount: 5,
        hedge: null,
        label: 'Indians who tried to join ISKP in Afghanistan',
        source: article('Five Indians tried to join the group in Afghanistan'),
      },
      {
        amount: 5,
        hedge: null,
        label: 'module members',
        source: reported('news18-2023-06-gujarat', 'The ISKP-linked module had five members.'),
      },
    ],
    actors: ['iskp'],
    origin: 'article',
    source: article('Last year, an ISKP module was busted in Gujarat. Five Indians tried to join the group in Afghanistan'),
    record: [
      {
        differs: false,
        summary: 'Gujarat ATS arrests in Porbandar and Surat, 9\u201310 June 2023; five members.',
        detail:
          'News18 reports that Gujarat\u2019s Anti-Terrorism Squad broke up an ISKP-linked module of five members in Porbandar and Surat on 9\u201310 June 2023.',
        source: reported('news18-2023-06-gujarat', 'Gujarat ATS broke up an ISKP-linked module of five members in Porbandar and Surat on 9\u201310 June 2023.'),
      },
    ],
  },
  {
    id: 'bajaur-2023',
    date: { year: 2023, month: 7, day: 30 },
    title: 'Bombing of a political gathering in Bajaur',
    shortTitle: 'Bajaur rally bombing',
    place: { name: 'Khar', region: 'Bajaur, Khyber Pakhtunkhwa', country: 'Pakistan' },
    figures: [
      {
        amount: 54,
        hedge: 'around',
        label: 'killed',
        source: article('a political rally in Pakistan was bombed, and around 54 people were killed'),
      },
      {
        amount: 63,
        hedge: null,
        label: 'killed (later count)',
        source: reported('dawn-2023-07-bajaur', 'The toll later rose to 63.'),
      },
    ],
    actors: ['is-core', 'iskp'],
    attribution: {
      claimedBy: 'is-core',
      channel: 'via Amaq',
      source: reported('the-news-2023-07-bajaur', 'The Islamic State claimed the bombing via its Amaq agency.'),
      attributedTo: {
        group: 'iskp',
        source: reported('dawn-2023-07-bajaur', 'The bombing is reported as an ISKP attack.'),
      },
    },
    origin: 'article',
    source: article('In July last year, a political rally in Pakistan was bombed, and around 54 people were killed. Later on, the Islamic State claimed responsibility.'),
    record: [
      {
        differs: true,
        summary: 'The target was a JUI-F convention (a Sunni religious party), not a Shia or minority gathering; toll later 63.',
        detail:
          'The News and Dawn report that the bomb hit a workers\u2019 convention of the JUI-F, a Sunni religious party, in Khar, Bajaur, on 30 July 2023. The article presents Shia Muslims and minorities as the Islamic State\u2019s targets, but this target was neither. The toll was 54 at first and later 63.',
        source: reported('the-news-2023-07-bajaur', 'A bombing of a JUI-F workers\u2019 convention in Khar, Bajaur, on 30 July 2023; 54 killed at first, later 63.'),
      },
    ],
  },
  {
    id: 'deportation-order-2023',
    date: { year: 2023, month: 10, day: 3 },
    title: 'Pakistan orders undocumented Afghans out',
    shortTitle: 'Deportation order for Afghans',
    place: { name: 'Pakistan', country: 'Pakistan' },
    figures: [
      {
        amount: 1730000,
        hedge: null,
        label: 'undocumented foreigners targeted',
        source: reported('pakistan-today-2024-01-deportations', '1.73 million undocumented foreigners, mostly Afghans, were targeted by the order.'),
      },
      {
        amount: 541210,
        hedge: null,
        label: 'returned by 2 January 2024',
        source: reported('pakistan-today-2024-01-deportations', '541,210 had returned by 2 January 2024.'),
      },
    ],
    actors: ['pakistan-state'],
    origin: 'article',
    source: article('deporting millions of Afghans back to their home'),
    record: [
      {
        differs: true,
        summary: 'Not \u201cmillions\u201d: 541,210 returned by 2 January 2024, of 1.73 million targeted.',
        detail:
          'On 3 October 2023 Pakistan ordered undocumented foreigners, mostly Afghans, to leave by 1 November 2023. Pakistan Today reports that the order targeted 1.73 million people and that 541,210 had returned by 2 January 2024. The article\u2019s \u201cmillions\u201d deported overstates this.',
        source: reported('pakistan-today-2024-01-deportations', '1.73 million targeted; 541,210 returned by 2 January 2024.'),
      },
    ],
  },
  {
    id: 'daraban-2023',
    date: { year: 2023, month: 12, day: 12 },
    title: 'Suicide bombing kills 23 soldiers at Daraban',
    shortTitle: 'Daraban: 23 soldiers killed',
    place: { name: 'Daraban', region: 'Dera Ismail Khan, Khyber Pakhtunkhwa', country: 'Pakistan' },
    figures: [
      {
        amount: 23,
        hedge: null,
        label: 'soldiers killed',
        source: article('a suicide bombing killed 23 soldiers'),
      },
    ],
    actors: ['tjp', 'pakistan-state'],
    attribution: {
      claimedBy: 'tjp',
      source: reported('dawn-2023-12-daraban', 'Tehreek-e-Jihad Pakistan, a TTP-linked group, claimed the attack.'),
    },
    origin: 'article',
    source: article('like last month, in Khyber Pakhtunkhwa, a suicide bombing killed 23 soldiers'),
    record: [
      {
        differs: true,
        summary: 'Claimed by Tehreek-e-Jihad Pakistan (TTP-linked), not ISKP; the article names no perpetrator.',
        detail:
          'Dawn and VOA report a vehicle bomb and suicide attackers at Daraban, Dera Ismail Khan, on 12 December 2023, killing 23 soldiers. Tehreek-e-Jihad Pakistan, a TTP-linked group, claimed it. The article names no perpetrator; the attack was not claimed by ISKP.',
        source: reported('voa-2023-12-daraban', 'Tehreek-e-Jihad Pakistan claimed the attack at Daraban that killed 23 soldiers.'),
      },
    ],
  },
];
