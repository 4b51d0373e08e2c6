import type { Citation, Claim, TimelineEvent } from '../src/schema.ts';
import {
  ARTICLE_TOLL_2023,
  article,
  BAJAUR_CLAIM,
  BORDER_ATTACKS_93,
  DHAKA_CLAIM,
  ISKP_CLAIMS_IN_INDIA,
  ISKP_FORMED,
  ISKP_PEAK,
  reported,
  SRI_LANKA_CLAIM,
} from './citations.ts';
import { NOT_IN_10 } from './cuts.ts';

/** A claim published through Amaq, with the source that names Amaq; `madeIn` null when the source states no name. */
const viaAmaq = (madeIn: string | null, source: Citation, outletSource: Citation): Claim => ({
  madeIn,
  source,
  outlet: { outlet: 'amaq', source: outletSource },
});

/**
 * The chronology, 2014–2023, in date order (a date known only to the year comes before
 * the dated events of that year). Article events carry the article's claim and figures
 * with their hedges; record notes say where other reporting adds to or differs from it.
 * Context events come from other reporting and cite it. Claims name the outlet, the name
 * the claim was made in, and whom reporting holds responsible, each with its source.
 */
export const events: readonly TimelineEvent[] = [
  // ── 2014 ────────────────────────────────────────────────────────────────
  {
    id: 'iskp-formed',
    date: { year: 2014 },
    until: { year: 2015 },
    title: 'ISKP formed from Afghan Taliban and TTP members',
    shortTitle: 'ISKP formed (2014–15)',
    place: null,
    figures: [],
    actors: ['iskp', 'afghan-taliban', 'ttp'],
    origin: 'article',
    source: ISKP_FORMED,
    record: [
      {
        differs: false,
        summary: 'First dated step: 6 TTP figures pledged allegiance to al-Baghdadi on 14 October 2014.',
        detail:
          'Dawn reported on 14 October 2014 that 6 TTP figures, among them the spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to the Islamic State’s leader al-Baghdadi.',
        source: reported(
          'dawn-2014-10-ttp-pledge',
          'On 14 October 2014, 6 TTP figures, among them spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to the Islamic State’s leader al-Baghdadi.',
        ),
      },
    ],
  },
  {
    id: 'ttp-figures-pledge-2014',
    date: { year: 2014, month: 10, day: 14 },
    title: 'Six TTP figures pledge allegiance to al-Baghdadi',
    shortTitle: 'TTP figures pledge to IS',
    place: null,
    figures: [
      {
        amount: 6,
        hedge: null,
        label: 'TTP figures',
        source: reported('dawn-2014-10-ttp-pledge', '6 TTP figures pledged allegiance to al-Baghdadi.'),
      },
    ],
    actors: ['ttp', 'islamic-state'],
    origin: 'context',
    source: reported(
      'dawn-2014-10-ttp-pledge',
      'On 14 October 2014, 6 TTP figures, among them spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to the Islamic State’s leader al-Baghdadi.',
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
    actors: ['islamic-state', 'iskp'],
    origin: 'context',
    source: reported(
      'jamestown-tm-13-7',
      'On 26 January 2015 the Islamic State’s spokesman al-Adnani announced the Khorasan Province, with Hafiz Saeed Khan as its governor and Abdul Rauf Khadim as his deputy.',
    ),
    record: [],
  },
  // ── 2016 ────────────────────────────────────────────────────────────────
  {
    id: 'iskp-peak-2016',
    date: { year: 2016 },
    title: 'ISKP at its peak: some 3,000 fighters',
    shortTitle: 'ISKP peak: some 3,000 fighters',
    place: null,
    figures: [
      {
        amount: 3000,
        hedge: 'some',
        label: 'ISKP fighters',
        source: ISKP_PEAK,
      },
    ],
    actors: ['iskp'],
    origin: 'article',
    source: ISKP_PEAK,
    record: [
      {
        differs: false,
        summary: 'A US general put ISKP at 1,000 to 3,000 fighters in February 2016: an estimate, not a count.',
        detail:
          'In February 2016 a US general told reporters that ISKP’s strength was in the range of 1,000 to 3,000 fighters. The article’s “some 3,000” is the top of that estimate.',
        source: reported(
          'pjmedia-2016-02-iskp-strength',
          'In February 2016 a US general put the number of ISKP fighters in Afghanistan in the range of 1,000 to 3,000.',
        ),
      },
    ],
  },
  {
    id: 'dhaka-2016',
    date: { year: 2016, month: 7, day: 1 },
    until: { year: 2016, month: 7, day: 2 },
    title: 'Dhaka café siege, claimed in the Islamic State’s name',
    shortTitle: 'Dhaka café siege',
    place: {
      name: 'Holey Artisan Bakery, Dhaka',
      short: 'Dhaka',
      country: 'Bangladesh',
      at: { lat: 23.796, lon: 90.418, precision: 'site' },
    },
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
        source: reported('straits-times-2016-07-dhaka', '2 police officers were killed.'),
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        viaAmaq(
          'islamic-state',
          DHAKA_CLAIM,
          reported('hindustan-times-2016-07-dhaka-claim', 'The claim was published by Amaq.'),
        ),
      ],
      attributions: [
        {
          group: 'jmb',
          by: 'Bangladesh’s home minister',
          strength: 'blamed',
          source: reported(
            'straits-times-2016-07-dhaka',
            'Bangladesh’s home minister blamed members of JMB, a banned local group.',
          ),
        },
      ],
    },
    origin: 'article',
    source: article('Or the 2016 Dhaka attack. Both were claimed by the Islamic State.'),
    record: [
      {
        differs: false,
        summary: 'Holey Artisan Bakery siege, 1–2 July 2016: 20 hostages and 2 police officers killed.',
        detail:
          'The Straits Times reports a siege of the Holey Artisan Bakery café on 1–2 July 2016 in which 20 hostages and 2 police officers were killed; Bangladesh’s home minister blamed the banned local group JMB.',
        source: reported(
          'straits-times-2016-07-dhaka',
          'The siege of the Holey Artisan Bakery on 1–2 July 2016 killed 20 hostages and 2 police officers; the home minister blamed members of JMB, a banned local group.',
        ),
      },
    ],
  },
  {
    id: 'hafiz-saeed-khan-killed-2016',
    cuts: NOT_IN_10,
    date: { year: 2016, month: 7, day: 26 },
    title: 'ISKP’s governor Hafiz Saeed Khan killed in a US strike',
    shortTitle: 'ISKP governor killed',
    place: {
      name: 'Achin district, Nangarhar',
      country: 'Afghanistan',
      at: { lat: 34.12, lon: 70.7, precision: 'district' },
    },
    figures: [],
    actors: ['iskp'],
    origin: 'context',
    source: reported(
      'upi-2016-08-hafiz-saeed-khan',
      'On 12 August 2016 the Pentagon said a US strike on 26 July 2016 in Achin district, Nangarhar, killed Hafiz Saeed Khan, the emir of ISKP.',
    ),
    record: [],
  },
  {
    id: 'quetta-civil-hospital-2016',
    cuts: NOT_IN_10,
    date: { year: 2016, month: 8, day: 8 },
    title: 'Suicide bombing at Quetta’s Civil Hospital',
    shortTitle: 'Quetta hospital bombing',
    place: {
      name: 'Civil Hospital, Quetta',
      short: 'Quetta',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 30.2, lon: 67.01, precision: 'town' },
    },
    figures: [
      {
        amount: 70,
        hedge: 'at least',
        label: 'killed, most of them lawyers',
        source: reported(
          'ibtimes-2016-08-quetta-hospital',
          'The suicide bombing at the Civil Hospital in Quetta killed at least 70 people.',
        ),
      },
    ],
    actors: ['jua', 'islamic-state'],
    responsibility: {
      claims: [
        {
          madeIn: 'jua',
          source: reported(
            'ibtimes-2016-08-quetta-hospital',
            'A faction of the Pakistani Taliban, Jamaat-ur-Ahrar, claimed responsibility for the suicide bombing at the Civil Hospital in Quetta.',
          ),
        },
        viaAmaq(
          null,
          reported('ibtimes-2016-08-quetta-hospital', 'The Islamic State also claimed responsibility for the attack.'),
          reported('ibtimes-2016-08-quetta-hospital', 'The claim came through its news agency, Amaq.'),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'ibtimes-2016-08-quetta-hospital',
      'On 8 August 2016 a suicide bomber struck mourners, most of them lawyers, at the Civil Hospital in Quetta.',
    ),
    record: [],
  },
  {
    id: 'quetta-police-college-2016',
    date: { year: 2016, month: 10, day: 24 },
    title: 'Attack on the police training college, Quetta',
    shortTitle: 'Quetta police college attack',
    place: {
      name: 'Quetta',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 30.14, lon: 66.99, precision: 'town' },
    },
    figures: [
      {
        amount: 61,
        hedge: null,
        label: 'killed',
        source: reported('daily-times-2016-10-quetta', 'A morgue list seen by AFP listed 61 people killed.'),
      },
    ],
    actors: ['iskp', 'lej', 'lej-a'],
    responsibility: {
      claims: [
        viaAmaq(
          'iskp',
          reported(
            'india-blooms-2016-10-quetta',
            'The SITE Intelligence Group reported that the Khorasan Province of the Islamic State claimed the raid.',
          ),
          reported(
            'reuters-2016-10-quetta-claim',
            'The Islamic State’s Amaq news agency published the claim of responsibility.',
          ),
        ),
        {
          madeIn: 'lej',
          source: reported(
            'daily-times-2016-10-quetta',
            'Both Lashkar-e-Jhangvi and the Islamic State claimed responsibility for the attack on the police college.',
          ),
        },
        {
          madeIn: 'ttp-hakimullah',
          source: reported(
            'reuters-2016-10-quetta-faction',
            'The Hakeemullah Mehsud faction of the Pakistani Taliban also claimed responsibility in an emailed statement.',
          ),
          doubt: reported(
            'reuters-2016-10-quetta-faction',
            'asked about the statement, members of the group could not confirm it was authentic',
          ),
        },
      ],
    },
    origin: 'context',
    source: reported(
      'daily-times-2016-10-quetta',
      'Gunmen attacked the police training college in Quetta on 24 October 2016; a morgue list counted 61 killed.',
    ),
    record: [
      {
        differs: false,
        summary: 'Officials blamed Lashkar-e-Jhangvi al-Alami; three groups claimed it.',
        detail:
          'The Frontier Corps chief said the attackers were affiliated with Lashkar-e-Jhangvi al-Alami. The claims compete: the Khorasan Province of the Islamic State, Lashkar-e-Jhangvi, and a Pakistani Taliban faction whose emailed claim Reuters could not authenticate.',
        source: reported(
          'india-blooms-2016-10-quetta',
          'The Frontier Corps chief said the attackers were affiliated with Lashkar-e-Jhangvi al-Alami.',
        ),
      },
    ],
  },
  {
    id: 'shah-noorani-2016',
    cuts: NOT_IN_10,
    date: { year: 2016, month: 11, day: 12 },
    title: 'Suicide bombing at the Shah Noorani shrine',
    shortTitle: 'Shah Noorani shrine bombing',
    place: {
      name: 'Shah Noorani shrine, Khuzdar district',
      short: 'Shah Noorani',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 26.0, lon: 66.6, precision: 'district' },
    },
    figures: [
      {
        amount: 52,
        hedge: 'at least',
        label: 'killed',
        source: reported(
          'dawn-2016-11-shah-noorani',
          'At least 52 people were killed when a suicide bomber blew himself up in the courtyard of the Shah Noorani shrine.',
        ),
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        viaAmaq(
          'iskp',
          reported(
            'india-blooms-2016-11-shah-noorani',
            'The SITE Intelligence Group reported that the Khorasan Province of the Islamic State claimed the bombing.',
          ),
          reported(
            'business-standard-2016-11-shah-noorani',
            'The Islamic State claimed responsibility via Amaq, its official news agency.',
          ),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'dawn-2016-11-shah-noorani',
      'On 12 November 2016 a suicide bomber struck the Shah Noorani shrine in Khuzdar district, Balochistan.',
    ),
    record: [],
  },
  // ── 2017 ────────────────────────────────────────────────────────────────
  {
    id: 'afghan-border-fencing',
    date: { year: 2017 },
    until: { year: 2023 },
    title: 'Pakistan fences the Afghan border',
    shortTitle: 'Afghan border fenced',
    place: {
      name: 'Pakistan–Afghanistan border',
      country: 'Pakistan',
      at: { lat: 31.9, lon: 69.3, precision: 'province' },
    },
    figures: [
      {
        amount: 90,
        hedge: 'more than',
        label: 'per cent fenced by August 2021',
        source: reported(
          'pakistan-today-2021-08-fencing',
          'Authorities said in August 2021 that more than 90 percent of the fencing of the border with Afghanistan was complete.',
        ),
      },
    ],
    actors: ['pakistan-state'],
    origin: 'article',
    source: article('The army has chosen other tactics like fencing the Afghan border'),
    record: [
      {
        differs: false,
        summary: 'Dawn reported in January 2024 that the fence had largely been completed.',
        detail:
          'In January 2024 Dawn reported, from the Interior Ministry’s reply to the Senate, that fencing of the border with Afghanistan had largely been completed.',
        source: reported(
          'dawn-2024-01-senate-reply',
          'Fencing of the border with Afghanistan had largely been completed, the Interior Ministry told the Senate in January 2024.',
        ),
      },
    ],
  },
  {
    id: 'sehwan-shrine-2017',
    date: { year: 2017, month: 2, day: 16 },
    title: 'Bombing of the Lal Shahbaz Qalandar shrine, Sehwan',
    shortTitle: 'Sehwan shrine bombing',
    place: {
      name: 'Sehwan',
      region: 'Sindh',
      country: 'Pakistan',
      at: { lat: 26.424, lon: 67.861, precision: 'town' },
    },
    figures: [
      {
        amount: 72,
        hedge: null,
        label: 'killed',
        source: reported('express-tribune-2017-02-sehwan', '72 dead as a suicide bomber struck inside the shrine.'),
        upTo: {
          amount: 88,
          hedge: null,
          later: true,
          source: reported('dunya-2017-02-sehwan', 'The death toll rose to 88.'),
        },
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        viaAmaq(
          'iskp',
          reported(
            'lwj-2017-02-sehwan',
            'The Islamic State’s Khorasan province claimed credit for the suicide bombing at the shrine.',
          ),
          reported('lwj-2017-02-sehwan', 'The claim came in a statement released on Amaq News Agency.'),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'express-tribune-2017-02-sehwan',
      'A suicide bomber struck inside the Lal Shahbaz Qalandar shrine in Sehwan, Sindh, on 16 February 2017.',
    ),
    record: [],
  },
  {
    id: 'mastung-senate-deputy-2017',
    date: { year: 2017, month: 5, day: 12 },
    title: 'Bomb hits the Senate deputy chairman’s convoy, Mastung',
    shortTitle: 'Mastung: JUI-F leader’s convoy hit',
    place: {
      name: 'Mastung',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 29.8, lon: 66.85, precision: 'district' },
    },
    figures: [
      {
        amount: 25,
        hedge: null,
        label: 'killed',
        source: reported('hindustan-times-2017-05-mastung', 'Government officials confirmed 25 people were killed.'),
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        viaAmaq(
          null,
          reported('hindustan-times-2017-05-mastung', 'The Islamic State claimed the attack.'),
          reported(
            'hindustan-times-2017-05-mastung',
            'It made the claim through its Amaq news agency, saying a bomber wearing an explosive vest was responsible.',
          ),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'hindustan-times-2017-05-mastung',
      'On 12 May 2017 a suicide bomber targeted the convoy of Abdul Ghafoor Haideri, deputy chairman of the Senate and a senior leader of the Jamiat Ulema-e-Islam-Fazl, in Mastung; most of the dead and injured were JUI-F workers.',
    ),
    record: [],
  },
  // ── 2018 ────────────────────────────────────────────────────────────────
  {
    id: 'mastung-rally-2018',
    date: { year: 2018, month: 7, day: 13 },
    title: 'Election rally bombing, Mastung',
    shortTitle: 'Mastung rally bombing',
    place: {
      name: 'Mastung',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 29.8, lon: 66.85, precision: 'district' },
    },
    figures: [
      {
        amount: 128,
        hedge: null,
        label: 'killed',
        source: reported('dawn-2018-07-mastung', '128 dead and over 200 injured.'),
        upTo: {
          amount: 149,
          hedge: null,
          later: true,
          source: reported('the-news-2018-07-mastung', 'The death toll rose to 149.'),
        },
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        viaAmaq(
          null,
          reported('dawn-2018-07-mastung', 'The Islamic State claimed responsibility for the bombing.'),
          reported('lwj-2018-07-mastung', 'The group’s Amaq News Agency issued statements on the attack.'),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'dawn-2018-07-mastung',
      'A bombing at an election rally in Mastung, Balochistan, on 13 July 2018 killed 128 people by the first count.',
    ),
    record: [],
  },
  // ── 2019 ────────────────────────────────────────────────────────────────
  {
    id: 'hazarganji-2019',
    date: { year: 2019, month: 4, day: 12 },
    title: 'Suicide bombing at the Hazarganji market, Quetta',
    shortTitle: 'Quetta market bombing (Hazara)',
    place: {
      name: 'Hazarganji market, Quetta',
      short: 'Hazarganji',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 30.13, lon: 66.95, precision: 'town' },
    },
    figures: [
      {
        amount: 20,
        hedge: null,
        label: 'killed',
        source: reported(
          'voa-2019-05-pakistan-province',
          'The suicide blast in a marketplace in Quetta city in April killed 20 people.',
        ),
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        {
          madeIn: null,
          organisation: 'islamic-state',
          source: reported(
            'voa-2019-05-pakistan-province',
            'IS also took responsibility for the April suicide blast in a marketplace in Quetta city, whose targets were members of the ethnic Hazara Shiite Muslim community.',
          ),
        },
      ],
    },
    origin: 'context',
    source: reported(
      'voa-2019-05-pakistan-province',
      'In April 2019 a suicide blast in a marketplace in Quetta killed 20 people; its targets were members of the Hazara Shiite community.',
    ),
    record: [],
  },
  {
    id: 'sri-lanka-easter-2019',
    date: { year: 2019, month: 4, day: 21 },
    title: 'Easter bombings in Sri Lanka, claimed in the Islamic State’s name',
    shortTitle: 'Sri Lanka Easter bombings',
    place: { name: 'Sri Lanka', country: 'Sri Lanka', at: { lat: 6.93, lon: 79.85, precision: 'country' } },
    figures: [
      {
        amount: 253,
        hedge: 'approximately',
        label: 'killed (revised toll)',
        source: reported(
          'upi-2019-04-sri-lanka-toll',
          'Officials lowered the death toll to approximately 253, from the 359 first reported.',
        ),
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        viaAmaq(
          'islamic-state',
          SRI_LANKA_CLAIM,
          reported('sri-lanka-mirror-2019-04-claim', 'The claim came through the Amaq agency.'),
        ),
      ],
      attributions: [
        {
          group: 'ntj',
          by: 'CTC Sentinel',
          strength: 'attributed',
          source: reported('ctc-2019-sri-lanka', 'The bombings were carried out by a local network, NTJ.'),
        },
      ],
    },
    origin: 'article',
    source: article(
      'like the 2019 Easter bombing in Sri Lanka. Or the 2016 Dhaka attack. Both were claimed by the Islamic State.',
    ),
    record: [
      {
        differs: false,
        summary: 'The toll, first reported as 359, was lowered to approximately 253.',
        detail:
          'UPI reported on 25 April 2019 that officials had lowered the death toll of the Easter bombings from 359 to approximately 253.',
        source: reported(
          'upi-2019-04-sri-lanka-toll',
          'On 25 April 2019 officials lowered the death toll from 359 to approximately 253.',
        ),
      },
      {
        differs: false,
        summary: 'The 253 was not final: the head of health services later gave at least 257.',
        detail:
          'Days after the revision, AFP quoted the head of Sri Lanka’s health services as saying the toll had risen to at least 257, as people died in hospital.',
        source: reported(
          'elnashra-2019-04-sri-lanka-257',
          'The head of Sri Lanka’s health services told AFP the toll had risen to 257, from 253, as people died in hospital; the number is at least 257 for now.',
        ),
        figures: [
          {
            amount: 257,
            hedge: 'at least',
            label: 'killed (later count)',
            source: reported('elnashra-2019-04-sri-lanka-257', 'The number is at least 257 for now.'),
          },
        ],
      },
    ],
  },
  {
    id: 'pakistan-province-declared',
    date: { year: 2019, month: 5, day: 15 },
    title: 'The Islamic State announces a “Pakistan Province”',
    shortTitle: 'IS announces Pakistan Province',
    place: null,
    figures: [],
    actors: ['islamic-state', 'is-pakistan'],
    origin: 'context',
    source: reported(
      'voa-2019-05-pakistan-province',
      'On 15 May 2019 the Islamic State announced a “Pakistan Province” in claims published through Amaq, for a police killing in Mastung and a shooting in Quetta.',
    ),
    record: [],
  },
  // ── 2020 ────────────────────────────────────────────────────────────────
  {
    id: 'kabul-gurdwara-2020',
    date: { year: 2020, month: 3, day: 25 },
    title: 'Attack on a gurdwara in Kabul',
    shortTitle: 'Kabul gurdwara attack',
    place: { name: 'Kabul', country: 'Afghanistan', at: { lat: 34.52, lon: 69.18, precision: 'town' } },
    figures: [
      {
        amount: 25,
        hedge: null,
        label: 'killed',
        source: reported('voa-2020-03-kabul-gurdwara', '25 people were killed in the attack on the Sikh temple.'),
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        viaAmaq(
          null,
          reported('voa-2020-03-kabul-gurdwara', 'The Islamic State claimed the deadly attack on the Sikh temple.'),
          reported(
            'lwj-2020-03-kabul-gurdwara',
            'Amaq News Agency, the Islamic State’s daily reporting arm, claimed responsibility.',
          ),
        ),
      ],
      attributions: [
        {
          group: 'iskp',
          by: 'Voice of America',
          strength: 'attributed',
          source: reported(
            'voa-2020-03-kabul-gurdwara',
            'The attack is attributed to ISKP, the Islamic State’s Khorasan branch.',
          ),
        },
      ],
    },
    origin: 'context',
    source: reported(
      'voa-2020-03-kabul-gurdwara',
      'An attack on a Sikh temple, a gurdwara, in Kabul on 25 March 2020 killed 25 people.',
    ),
    record: [],
  },
  {
    id: 'farooqi-arrested-2020',
    date: { year: 2020, month: 4, day: 4 },
    title: 'ISKP’s Pakistani emir Aslam Farooqi arrested',
    shortTitle: 'ISKP emir Farooqi arrested',
    place: null,
    figures: [],
    actors: ['iskp', 'ttp'],
    origin: 'context',
    source: reported(
      'india-tv-2020-04-farooqi',
      'On 4 April 2020 Afghan security forces arrested the ISKP chief Aslam Farooqui, a Pakistani national earlier associated with Lashkar-e-Taiba and then the Tehreek-e-Taliban.',
    ),
    record: [],
  },
  {
    id: 'muhajir-appointed-2020',
    cuts: NOT_IN_10,
    date: { year: 2020, month: 6 },
    title: 'Shahab al-Muhajir named ISKP’s leader',
    shortTitle: 'Al-Muhajir leads ISKP',
    place: null,
    figures: [],
    actors: ['iskp', 'islamic-state'],
    origin: 'context',
    source: reported(
      'lawfare-2020-09-muhajir',
      'In June 2020 an Afghan journalist reported that Shahab al-Muhajir had been named ISKP’s new leader; the Islamic State’s department of far-away provinces confirmed it; multiple sources say he is an Arab from the Middle East.',
    ),
    record: [],
  },
  // ── 2021 ────────────────────────────────────────────────────────────────
  {
    id: 'machh-miners-2021',
    date: { year: 2021, month: 1, day: 3 },
    title: 'Hazara coal miners killed at Machh',
    shortTitle: 'Hazara miners killed, Machh',
    place: {
      name: 'Machh',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 29.87, lon: 67.33, precision: 'town' },
    },
    figures: [
      {
        amount: 11,
        hedge: null,
        label: 'killed',
        source: reported('express-tribune-2021-01-machh', '11 coal miners were killed.'),
      },
    ],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        viaAmaq(
          null,
          reported(
            'express-tribune-2021-01-machh',
            'The Islamic State, also known as Da’ish, claimed responsibility for the killings.',
          ),
          reported('express-tribune-2021-01-machh', 'The claim came through its Amaq news agency, on Telegram.'),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'express-tribune-2021-01-machh',
      'Gunmen killed 11 Hazara coal miners at Machh, Balochistan, on 3 January 2021.',
    ),
    record: [],
  },
  {
    id: 'taliban-take-kabul-2021',
    date: { year: 2021, month: 8, day: 15 },
    title: 'The Taliban take Kabul',
    shortTitle: 'Taliban take Kabul',
    place: { name: 'Kabul', country: 'Afghanistan', at: { lat: 34.53, lon: 69.17, precision: 'town' } },
    figures: [],
    actors: ['afghan-taliban'],
    origin: 'context',
    source: reported(
      'washington-post-2021-08-kabul',
      'The Taliban entered Kabul on 15 August 2021, and the Afghan government collapsed.',
    ),
    record: [],
  },
  {
    id: 'kabul-airport-2021',
    date: { year: 2021, month: 8, day: 26 },
    title: 'Bombing at Kabul airport',
    shortTitle: 'Kabul airport bombing',
    place: { name: 'Kabul airport', country: 'Afghanistan', at: { lat: 34.565, lon: 69.21, precision: 'site' } },
    figures: [
      {
        amount: 13,
        hedge: null,
        label: 'US service members killed',
        source: reported('ap-2022-02-kabul-airport', 'The bombing killed 13 US service members.'),
      },
      {
        amount: 170,
        hedge: 'more than',
        label: 'Afghans killed',
        source: reported('ap-2022-02-kabul-airport', 'The bombing killed more than 170 Afghans.'),
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        viaAmaq(
          'iskp',
          reported(
            'lwj-2021-08-kabul-airport',
            'The Islamic State’s Khorasan branch claimed credit for the suicide bombing outside the airport.',
          ),
          reported('lwj-2021-08-kabul-airport', 'The claim was published by the group’s Amaq News Agency.'),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'ap-2022-02-kabul-airport',
      'A suicide bombing at Kabul airport on 26 August 2021 killed 13 US service members and more than 170 Afghans.',
    ),
    record: [],
  },
  {
    id: 'us-withdrawal-weapons',
    date: { year: 2021, month: 8, day: 30 },
    title: 'The US leaves Kabul; equipment left behind',
    shortTitle: 'US leaves; equipment left',
    place: { name: 'Kabul', country: 'Afghanistan', at: { lat: 34.53, lon: 69.17, precision: 'town' } },
    figures: [
      {
        amount: 7.12,
        hedge: null,
        label: 'billion US dollars of Afghan forces’ equipment left',
        source: reported(
          'cnn-2022-04-equipment',
          'A Pentagon report puts the US-funded equipment of the Afghan forces left in Afghanistan at $7.12 billion.',
        ),
      },
    ],
    actors: ['iskp'],
    origin: 'article',
    source: article(
      'The US abandoned a lot of hardware when they left Kabul—things like guns, ammunition and night vision goggles—the UN says ISKP is using those same weapons.',
    ),
    record: [
      {
        differs: true,
        summary:
          'The $7.12 billion was the Afghan forces’ equipment, “not US military equipment used by our forces”, the Pentagon said.',
        detail:
          'A Pentagon report to Congress, reported by CNN in April 2022, puts the US-funded equipment of the Afghan forces left in Afghanistan at $7.12 billion; the withdrawal was completed on 30 August 2021. A Defense Department spokesperson told CNN that the figure was the Afghan forces’ equipment, “not US military equipment used by our forces”. The article speaks of hardware the US abandoned.',
        source: reported(
          'cnn-2022-04-equipment',
          'A Defense Department spokesperson told CNN the $7.12 billion figure corresponds to ANDSF equipment and “not US military equipment used by our forces”; the withdrawal was completed on 30 August 2021.',
        ),
      },
      {
        differs: true,
        summary:
          'The UN relays member states’ statements that such weapons reached ISIL-K through the TTP; it states no finding of its own.',
        detail:
          'The UN Secretary-General’s 17th report on ISIL, of mid-2023, relays statements by member states that weapons of the former Afghan forces reached ISIL-K, the UN’s name for ISKP, through the TTP and another group. The UN reports these statements; it does not state a finding of its own.',
        source: reported(
          'un-sg-isil-17',
          'Member states told the UN that weapons of the former Afghan forces reached ISIL-K through the TTP and another group; the report relays their statements.',
        ),
      },
    ],
  },
  {
    id: 'peshawar-sikh-2021',
    cuts: NOT_IN_10,
    date: { year: 2021, month: 9, day: 30 },
    title: 'A Sikh herbalist shot dead in Peshawar',
    shortTitle: 'Sikh killed, Peshawar',
    place: {
      name: 'Peshawar',
      region: 'Khyber Pakhtunkhwa',
      country: 'Pakistan',
      at: { lat: 34.01, lon: 71.57, precision: 'town' },
    },
    figures: [],
    actors: ['islamic-state'],
    responsibility: {
      claims: [
        {
          madeIn: null,
          organisation: 'islamic-state',
          source: reported(
            'pakistan-today-2021-10-sikh',
            'The Islamic State group claimed responsibility for killing Satnam Singh, a member of the Sikh community, in a statement issued late Friday.',
          ),
        },
      ],
    },
    origin: 'context',
    source: reported(
      'pakistan-today-2021-10-sikh',
      'Police said Satnam Singh, a Sikh herbalist, was gunned down in his clinic in Peshawar on Thursday.',
    ),
    record: [],
  },
  // ── 2022 ────────────────────────────────────────────────────────────────
  {
    id: 'attacks-up-93-percent',
    date: { year: 2022 },
    until: { year: 2023 },
    title: 'Attacks in border regions up 93 percent since 2022',
    shortTitle: 'Border attacks up 93%',
    place: {
      name: 'Border regions with Afghanistan',
      country: 'Pakistan',
      at: { lat: 31.9, lon: 69.3, precision: 'province' },
    },
    figures: [
      {
        amount: 93,
        hedge: null,
        label: 'per cent more attacks in border regions',
        source: BORDER_ATTACKS_93,
      },
    ],
    actors: [],
    origin: 'article',
    source: BORDER_ATTACKS_93,
    record: [
      {
        differs: true,
        summary:
          'No source found for the article’s figure. Nearest: 92% more attacks in Khyber Pakhtunkhwa, 81% in Balochistan, 73% nationwide.',
        detail:
          'No published source for a 93 percent rise since 2022 was found. The nearest figures are the Pak Institute for Peace Studies’ of May 2023: in the 21 months after the fall of Kabul, against the 21 months before, attacks rose 73 percent nationwide, 92 percent in Khyber Pakhtunkhwa and 81 percent in Balochistan.',
        source: reported(
          'voicepk-2023-06-pips',
          'In the 21 months after the fall of Kabul, against the 21 months before, attacks rose 73% nationwide, 92% in Khyber Pakhtunkhwa and 81% in Balochistan.',
        ),
      },
    ],
  },
  {
    id: 'peshawar-mosque-2022',
    date: { year: 2022, month: 3, day: 4 },
    title: 'Bombing of a Shia mosque in Peshawar',
    shortTitle: 'Peshawar Shia mosque bombing',
    place: {
      name: 'Peshawar',
      region: 'Khyber Pakhtunkhwa',
      country: 'Pakistan',
      at: { lat: 34.01, lon: 71.57, precision: 'town' },
    },
    figures: [
      {
        amount: 56,
        hedge: 'at least',
        label: 'killed',
        source: reported('outlook-2022-03-peshawar', 'The bombing killed at least 56 at a Shiite mosque.'),
        upTo: {
          amount: 67,
          hedge: null,
          later: true,
          source: reported('express-tribune-2022-03-peshawar', 'The death toll of the mosque blast hit 67.'),
        },
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        viaAmaq(
          'iskp',
          reported(
            'outlook-2022-03-peshawar',
            'The Islamic State affiliate known as Islamic State in Khorasan Province claimed the attack.',
          ),
          reported('outlook-2022-03-peshawar', 'The statement was posted on the group’s Amaq News Agency.'),
        ),
      ],
    },
    origin: 'context',
    source: reported(
      'outlook-2022-03-peshawar',
      'A suicide bombing at a Shiite mosque in Peshawar on 4 March 2022 killed at least 56 people by the first count.',
    ),
    record: [],
  },
  {
    id: 'peshawar-sikhs-2022',
    cuts: NOT_IN_10,
    date: { year: 2022, month: 5, day: 15 },
    title: 'Two Sikh traders shot dead near Peshawar',
    shortTitle: 'Sikhs killed, Peshawar',
    place: {
      name: 'Sarband, Peshawar',
      short: 'Sarband',
      region: 'Khyber Pakhtunkhwa',
      country: 'Pakistan',
      at: { lat: 33.95, lon: 71.45, precision: 'town' },
    },
    figures: [
      {
        amount: 2,
        hedge: null,
        label: 'Sikh traders killed',
        source: reported('business-standard-2022-05-sikhs', '2 Sikh businessmen were shot dead in Sarband, Peshawar.'),
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        {
          madeIn: 'iskp',
          source: reported(
            'business-standard-2022-05-sikhs',
            'The Islamic State’s Khorasan unit (ISKP) claimed that it carried out the attack targeting two Sikhs in Peshawar.',
          ),
          outlet: {
            outlet: 'amaq',
            source: reported('business-standard-2022-05-sikhs', 'The claim came via its propaganda news service Amaq.'),
          },
        },
      ],
    },
    origin: 'context',
    source: reported(
      'business-standard-2022-05-sikhs',
      'On 15 May 2022 two Sikh businessmen were shot dead in the Bata Tal bazaar of Sarband, Peshawar.',
    ),
    record: [],
  },
  {
    id: 'coimbatore-2022',
    date: { year: 2022, month: 10, day: 23 },
    title: 'Car bomb in Coimbatore',
    shortTitle: 'Coimbatore car bomb',
    place: {
      name: 'Coimbatore',
      region: 'Tamil Nadu',
      country: 'India',
      at: { lat: 11.0, lon: 76.96, precision: 'town' },
    },
    figures: [],
    actors: ['iskp'],
    responsibility: {
      claims: [
        {
          madeIn: 'iskp',
          date: { year: 2023, month: 3, day: 4 },
          source: reported(
            'hindustan-times-2023-03-iskp-claims',
            'ISKP claimed a hand in the Coimbatore blast in an issue of its magazine released on 4 March 2023.',
          ),
          outlet: {
            outlet: 'voice-of-khurasan',
            source: reported(
              'hindustan-times-2023-03-iskp-claims',
              'The claim appeared in ISKP’s propaganda magazine Voice of Khurasan.',
            ),
          },
        },
      ],
    },
    origin: 'article',
    source: ISKP_CLAIMS_IN_INDIA,
    record: [
      {
        differs: false,
        summary: 'A car bomb near a temple on 23 October 2022; ISKP’s claim came in March 2023.',
        detail:
          'Hindustan Times reports that ISKP claimed the Coimbatore car bomb of 23 October 2022, near a temple, in an issue of its magazine Voice of Khurasan released on 4 March 2023.',
        source: reported(
          'hindustan-times-2023-03-iskp-claims',
          'ISKP claimed the car bomb near a temple in Coimbatore on 23 October 2022 in its magazine Voice of Khurasan, released on 4 March 2023.',
        ),
      },
    ],
  },
  {
    id: 'mangaluru-2022',
    cuts: NOT_IN_10,
    date: { year: 2022, month: 11, day: 19 },
    title: 'Autorickshaw bomb in Mangaluru',
    shortTitle: 'Mangaluru autorickshaw bomb',
    place: {
      name: 'Mangaluru',
      region: 'Karnataka',
      country: 'India',
      at: { lat: 12.87, lon: 74.88, precision: 'town' },
    },
    figures: [
      {
        amount: 2,
        hedge: null,
        label: 'injured',
        source: reported('the-hindu-2022-11-mangaluru', 'The blast in an autorickshaw injured 2 people.'),
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        {
          madeIn: 'irc',
          date: { year: 2022, month: 11, day: 24 },
          source: reported(
            'dna-india-2022-11-mangaluru',
            'An unknown outfit calling itself the Islamic Resistance Council claimed the Mangaluru blast.',
          ),
        },
        {
          madeIn: 'iskp',
          date: { year: 2023, month: 3, day: 4 },
          source: reported(
            'hindustan-times-2023-03-iskp-claims',
            'ISKP claimed a hand in the second blast in an issue of its magazine released on 4 March 2023.',
          ),
          doubt: reported(
            'hindustan-times-2023-03-iskp-claims',
            'the magazine named Bangalore, not Mangaluru; it was not clear whether this was deliberate',
          ),
          outlet: {
            outlet: 'voice-of-khurasan',
            source: reported(
              'hindustan-times-2023-03-iskp-claims',
              'The claim appeared in ISKP’s propaganda magazine Voice of Khurasan.',
            ),
          },
        },
      ],
    },
    origin: 'article',
    source: ISKP_CLAIMS_IN_INDIA,
    record: [
      {
        differs: true,
        summary:
          'ISKP’s magazine named Bangalore, not Mangaluru; an unknown “Islamic Resistance Council” had claimed the blast first.',
        detail:
          'Hindustan Times notes that ISKP’s magazine named Bangalore instead of Mangaluru for the second attack, and that it was not clear whether this was deliberate. DNA India had reported on 24 November 2022 a first claim by an unknown outfit, the Islamic Resistance Council.',
        source: reported(
          'hindustan-times-2023-03-iskp-claims',
          'ISKP’s magazine named Bangalore instead of Mangaluru; it was not clear whether this was deliberate. An unknown outfit, the Islamic Resistance Council, had claimed the blast on 24 November 2022.',
        ),
      },
    ],
  },
  {
    id: 'kabul-embassy-2022',
    cuts: NOT_IN_10,
    date: { year: 2022, month: 12, day: 2 },
    title: 'Attack on Pakistan’s embassy in Kabul',
    shortTitle: 'Kabul embassy attack',
    place: {
      name: 'Pakistan’s embassy, Kabul',
      short: 'Kabul',
      country: 'Afghanistan',
      at: { lat: 34.53, lon: 69.16, precision: 'town' },
    },
    figures: [],
    actors: ['iskp', 'pakistan-state'],
    responsibility: {
      claims: [
        {
          madeIn: 'iskp',
          source: reported(
            'dawn-2022-12-kabul-embassy',
            'The Islamic State group’s Khorasan chapter (IS-K) on Sunday claimed responsibility for the attack, confirming it was targeting the Pakistani envoy.',
          ),
        },
      ],
    },
    origin: 'context',
    source: reported(
      'dawn-2022-12-kabul-embassy',
      'On Friday 2 December 2022 Pakistan’s embassy in Kabul came under attack; the head of mission was unscathed and his guard was critically wounded.',
    ),
    record: [],
  },
  // ── 2023 ────────────────────────────────────────────────────────────────
  {
    id: 'toll-2023',
    cuts: NOT_IN_10,
    date: { year: 2023 },
    title: '2023 toll, the highest in almost six years',
    shortTitle: '2023: around 1,000 killed',
    place: { name: 'Pakistan', country: 'Pakistan', at: { lat: 30.0, lon: 70.0, precision: 'country' } },
    figures: [
      {
        amount: 1000,
        hedge: 'around',
        label: 'killed',
        source: ARTICLE_TOLL_2023,
        role: 'total',
      },
      {
        amount: 500,
        hedge: null,
        label: 'civilians',
        source: ARTICLE_TOLL_2023,
        role: 'part',
      },
      {
        amount: 500,
        hedge: null,
        label: 'officials',
        source: ARTICLE_TOLL_2023,
        role: 'part',
      },
    ],
    actors: [],
    origin: 'article',
    source: article(
      'In 2023, these groups carried out dozens of attacks, and put together, around 1,000 people were killed—500 civilians plus 500 officials.',
    ),
    record: [
      {
        differs: false,
        summary:
          'CRSS counts nearly 1,000 civilians and security personnel killed: the article’s figure, and a six-year high.',
        detail:
          'The Center for Research and Security Studies, reported by Dawn, counts 1,524 deaths in 2023 including militants, nearly 1,000 of them civilians and security personnel: a six-year high. Nearly 65% of the deaths came from terrorism, the remaining 35% from security operations.',
        source: reported(
          'crss-2023-annual',
          '1,524 deaths in 2023 including militants, nearly 1,000 of them civilians and security personnel, a six-year high; nearly 65% from terrorism, 35% from operations.',
        ),
        figures: [
          {
            amount: 1000,
            hedge: 'nearly',
            label: 'civilians and security personnel',
            source: reported(
              'crss-2023-annual',
              'The fatalities included nearly 1,000 among civilians and security forces personnel.',
            ),
            role: 'total',
          },
          {
            amount: 1524,
            hedge: null,
            label: 'deaths, militants included',
            source: reported(
              'crss-2023-annual',
              'Pakistan saw 1,524 violence-related fatalities in 2023, militants included.',
            ),
            role: 'total',
          },
          {
            amount: 65,
            hedge: 'nearly',
            label: 'from terrorism',
            source: reported('crss-2023-annual', 'Nearly 65 per cent of the fatalities resulted from terrorism.'),
            role: 'share',
          },
          {
            amount: 35,
            hedge: null,
            label: 'from security operations',
            source: reported('crss-2023-annual', 'The remaining 35 per cent came from security forces’ operations.'),
            role: 'share',
          },
        ],
      },
      {
        differs: true,
        summary: 'Not “dozens of attacks”: CRSS counts 586 terror attacks, and only 17% of them were claimed.',
        detail:
          'Where the article speaks of dozens of attacks, CRSS counts 586 terror attacks and 197 counter-terror operations in 2023 (it gives 789 incidents in all, though the two add up to 783). Only 17% of the 586 attacks were claimed, by groups such as the TTP, the BLA and ISKP. The count is not a tally of ISKP attacks.',
        source: reported(
          'crss-2023-annual',
          '789 incidents in 2023: 586 terror attacks and 197 counter-terror operations; 17% of the 586 terror attacks were claimed, by the TTP, the BLA, ISKP and others.',
        ),
        // No chart role: attacks are not deaths, so the toll's bars leave them out; the chart's `shares` draws them.
        figures: [
          {
            amount: 586,
            hedge: null,
            label: 'terror attacks',
            source: reported('crss-2023-annual', '586 terror attacks in 2023.'),
          },
          {
            amount: 17,
            hedge: null,
            label: 'claimed',
            source: reported('crss-2023-annual', '17% of the 586 terror attacks were claimed.'),
          },
        ],
      },
    ],
  },
  {
    id: 'tjp-announced-2023',
    cuts: NOT_IN_10,
    date: { year: 2023, month: 2, day: 24 },
    title: 'Tehreek-e-Jihad Pakistan announces itself',
    shortTitle: 'TJP announces itself',
    place: null,
    figures: [],
    actors: ['tjp'],
    origin: 'context',
    source: reported(
      'memri-2023-tjp',
      'Tehreek-e-Jihad Pakistan created its Twitter account in February 2023 and on 24 February posted an announcement of its establishment.',
    ),
    record: [],
  },
  {
    id: 'gujarat-module-2023',
    cuts: NOT_IN_10,
    date: { year: 2023, month: 6, day: 9 },
    until: { year: 2023, month: 6, day: 10 },
    title: 'ISKP-linked module broken up in Gujarat',
    shortTitle: 'ISKP cell broken up, Gujarat',
    place: {
      name: 'Porbandar and Surat',
      region: 'Gujarat',
      country: 'India',
      at: { lat: 21.64, lon: 69.61, precision: 'town' },
    },
    figures: [
      {
        amount: 5,
        hedge: null,
        label: 'members',
        source: reported(
          'news18-2023-06-gujarat',
          'The ISKP-linked module had 5 members: 4 were arrested and 1 was at large.',
        ),
      },
    ],
    actors: ['iskp'],
    origin: 'article',
    source: article(
      'Last year, an ISKP module was busted in Gujarat. Five Indians tried to join the group in Afghanistan',
    ),
    record: [
      {
        differs: false,
        summary: 'Gujarat’s Anti-Terrorism Squad, 9–10 June 2023: 4 arrested in Porbandar and Surat, 1 at large.',
        detail:
          'News18 reports that Gujarat’s Anti-Terrorism Squad broke up an ISKP-linked module of 5 members in Porbandar and Surat on 9–10 June 2023: 4 were arrested and 1 was at large. Those held at Porbandar planned to reach Afghanistan through Iran.',
        source: reported(
          'news18-2023-06-gujarat',
          'On 9–10 June 2023 Gujarat’s Anti-Terrorism Squad broke up an ISKP-linked module of 5 members in Porbandar and Surat: 4 arrested, 1 at large; those held at Porbandar planned to reach Afghanistan through Iran.',
        ),
      },
    ],
  },
  {
    id: 'bajaur-2023',
    date: { year: 2023, month: 7, day: 30 },
    title: 'Bombing of a political gathering in Bajaur',
    shortTitle: 'Bajaur bombing',
    place: {
      name: 'Khar',
      short: 'Bajaur',
      region: 'Bajaur, Khyber Pakhtunkhwa',
      country: 'Pakistan',
      at: { lat: 34.73, lon: 71.52, precision: 'town' },
    },
    figures: [
      {
        amount: 54,
        hedge: 'around',
        label: 'killed',
        source: article('a political rally in Pakistan was bombed, and around 54 people were killed'),
        upTo: {
          amount: 63,
          hedge: null,
          later: true,
          source: reported('the-news-2023-08-bajaur', 'The toll of the Bajaur blast reached 63.'),
        },
      },
    ],
    actors: ['iskp'],
    responsibility: {
      claims: [
        viaAmaq(
          'iskp',
          BAJAUR_CLAIM,
          reported(
            'dawn-2023-08-bajaur-claim',
            'Amaq, the propaganda arm of IS-K, said a suicide attacker detonated his explosive jacket in the middle of a crowd in Khar.',
          ),
        ),
      ],
    },
    origin: 'article',
    source: article(
      'In July last year, a political rally in Pakistan was bombed, and around 54 people were killed. Later on, the Islamic State claimed responsibility.',
    ),
    record: [
      {
        differs: true,
        summary:
          'The target was a convention of the JUI-F, a Sunni religious party, not Shias or another minority; the toll rose to 63.',
        detail:
          'Dawn and The News report that the bomb hit a workers’ convention of the JUI-F, the Jamiat Ulema-e-Islam (Fazl), a Sunni religious party, in Khar, Bajaur, on 30 July 2023, and that ISKP claimed it. The article presents Shia Muslims and minorities as the Islamic State’s targets; this target was neither. The toll was 54 at first and 63 by 3 August.',
        source: reported(
          'the-news-2023-08-bajaur',
          'The blast hit a workers’ convention of the JUI-F, a Sunni religious party, in Khar, Bajaur, on 30 July 2023; the toll was 54 at first and reached 63 by 3 August.',
        ),
      },
    ],
  },
  {
    id: 'mastung-mawlid-2023',
    date: { year: 2023, month: 9, day: 29 },
    title: 'Bombing of a Mawlid procession, Mastung',
    shortTitle: 'Mastung procession bombing',
    place: {
      name: 'Mastung',
      region: 'Balochistan',
      country: 'Pakistan',
      at: { lat: 29.8, lon: 66.85, precision: 'town' },
    },
    figures: [
      {
        amount: 52,
        hedge: 'at least',
        label: 'killed',
        source: reported('ap-2023-09-mastung', 'A suspected suicide bomber killed at least 52 people.'),
        upTo: {
          amount: 60,
          hedge: null,
          later: true,
          source: reported('arab-news-2023-10-mastung', '60 people were killed.'),
        },
      },
    ],
    actors: [],
    responsibility: {
      claims: [],
      unclaimed: reported(
        'arab-news-2023-10-mastung',
        'No group had claimed responsibility by 4 October; the TTP distanced itself from the attack.',
      ),
      attributions: [
        {
          group: 'iskp',
          by: 'the Associated Press',
          strength: 'suspected',
          source: reported(
            'ap-2023-09-mastung',
            'Suspicion was likely to fall on the Islamic State’s regional affiliate, which had claimed earlier bombings in Pakistan.',
          ),
        },
      ],
    },
    origin: 'context',
    source: reported(
      'ap-2023-09-mastung',
      'A suspected suicide bomber struck people gathering for a procession for the Prophet’s birthday in Mastung on 29 September 2023.',
    ),
    record: [
      {
        differs: false,
        summary: 'Unclaimed; AP wrote that suspicion was likely to fall on the Islamic State’s regional affiliate.',
        detail:
          'No group claimed the bombing, and the TTP denied a part in it. The Associated Press wrote that suspicion was likely to fall on the Islamic State’s regional affiliate, which had claimed earlier bombings in Pakistan.',
        source: reported(
          'ap-2023-09-mastung',
          'No one claimed the attack; suspicion was likely to fall on the Islamic State’s regional affiliate, which had claimed earlier bombings in Pakistan. The TTP denied a part in it.',
        ),
      },
    ],
  },
  {
    id: 'deportation-order-2023',
    cuts: NOT_IN_10,
    date: { year: 2023, month: 10, day: 3 },
    title: 'Pakistan orders undocumented foreigners out',
    shortTitle: 'Order to expel undocumented Afghans',
    place: { name: 'Pakistan', country: 'Pakistan', at: { lat: 30.0, lon: 70.0, precision: 'country' } },
    figures: [
      {
        amount: 1.7,
        hedge: 'around',
        label: 'million undocumented foreigners',
        source: reported(
          'pakistan-today-2024-01-deportations',
          'The Interior Ministry put the number of undocumented foreigners at around 1.7 million.',
        ),
      },
      {
        amount: 541210,
        hedge: null,
        label: 'sent back by 2 January 2024',
        source: reported('pakistan-today-2024-01-deportations', '541,210 had been sent back by 2 January 2024.'),
      },
    ],
    actors: ['pakistan-state'],
    origin: 'article',
    source: article('deporting millions of Afghans back to their home'),
    record: [
      {
        differs: true,
        summary: 'Not millions: 541,210 sent back by 2 January 2024, of around 1.7 million undocumented.',
        detail:
          'Undocumented foreigners were given until 1 November 2023 to leave. The Interior Ministry told the Senate that of around 1.7 million undocumented foreigners, 541,210 had been sent back by 2 January 2024. The article’s “deporting millions” overstates what had happened.',
        source: reported(
          'pakistan-today-2024-01-deportations',
          'Of around 1.7 million undocumented foreigners given until 1 November 2023 to leave, 541,210 had been sent back by 2 January 2024, the Interior Ministry told the Senate.',
        ),
      },
    ],
  },
  {
    id: 'daraban-2023',
    date: { year: 2023, month: 12, day: 12 },
    title: 'Attack kills 23 soldiers at Daraban',
    shortTitle: 'Daraban: 23 soldiers killed',
    place: {
      name: 'Daraban',
      region: 'Dera Ismail Khan, Khyber Pakhtunkhwa',
      country: 'Pakistan',
      at: { lat: 31.57, lon: 70.33, precision: 'town' },
    },
    figures: [
      {
        amount: 23,
        hedge: null,
        label: 'soldiers killed',
        source: article('a suicide bombing killed 23 soldiers'),
      },
    ],
    actors: ['tjp', 'pakistan-state'],
    responsibility: {
      claims: [
        {
          madeIn: 'tjp',
          source: reported(
            'app-2023-12-daraban',
            'The Foreign Office said Tehreek-e-Jihad Pakistan claimed the attack and is affiliated with the TTP.',
          ),
        },
      ],
    },
    origin: 'article',
    source: article('like last month, in Khyber Pakhtunkhwa, a suicide bombing killed 23 soldiers'),
    record: [
      {
        differs: true,
        summary:
          'Claimed by Tehreek-e-Jihad Pakistan, affiliated with the TTP; the article names no perpetrator, and ISKP did not claim it.',
        detail:
          'Dawn reports a vehicle bomb and suicide attackers at a checkpost in Daraban, Dera Ismail Khan, on 12 December 2023, killing 23 soldiers. The Foreign Office said Tehreek-e-Jihad Pakistan, affiliated with the TTP, claimed it. The article names no perpetrator.',
        source: reported(
          'dawn-2023-12-daraban',
          'A vehicle bomb and suicide attackers killed 23 soldiers at a checkpost in Daraban, Dera Ismail Khan, on 12 December 2023; Tehreek-e-Jihad Pakistan, affiliated with the TTP, claimed it, not ISKP.',
        ),
      },
    ],
  },
];
