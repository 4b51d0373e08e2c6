import type { Section } from '../src/schema.ts';
import {
  ARTICLE_TOLL_2023,
  AUTHORS_OWN_VIEWS,
  article,
  BAJAUR_CLAIM,
  BORDER_ATTACKS_93,
  DHAKA_CLAIM,
  ISKP_CLAIMS_IN_INDIA,
  ISKP_FORMED,
  ISKP_PEAK,
  KHORASAN_PROVINCE_ANNOUNCED,
  PAKISTAN_PROVINCE_ANNOUNCED,
  reported,
  SRI_LANKA_CLAIM,
} from './citations.ts';
import { NOT_IN_10 } from './cuts.ts';
import { AFGHANISTAN_PAKISTAN_MAP, REGION_MAP } from './maps.ts';

/** What the chronology shows against the author's picture of ISKP fighters "pouring into Pakistan". */
const CHRONOLOGY_AGAINST_POURING_IN = [
  reported(
    'dawn-2014-10-ttp-pledge',
    'On 14 October 2014, 6 TTP figures, among them spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to al-Baghdadi.',
  ),
  reported(
    'jamestown-tm-13-7',
    'On 26 January 2015 the Islamic State announced the Khorasan Province, with Hafiz Saeed Khan as its governor.',
  ),
  reported(
    'india-tv-2020-04-farooqi',
    'The ISKP chief Aslam Farooqui, arrested in April 2020, is a Pakistani national earlier associated with the Tehreek-e-Taliban.',
  ),
  reported(
    'india-blooms-2016-10-quetta',
    'The SITE Intelligence Group reported that the Khorasan Province of the Islamic State claimed killing 60 in the 2016 raid on a police training centre in Quetta, Pakistan.',
  ),
];

const CRSS_OPERATIONS = reported(
  'crss-2023-annual',
  'CRSS counts 197 counter-terror operations in 2023; 35% of the year’s 1,524 deaths came from security forces’ operations.',
);

const QUETTA_COLLEGE_CLAIMS = [
  reported(
    'india-blooms-2016-10-quetta',
    'The SITE Intelligence Group reported that the Khorasan Province of the Islamic State claimed the raid.',
  ),
  reported(
    'daily-times-2016-10-quetta',
    'Both Lashkar-e-Jhangvi and the Islamic State claimed responsibility for the attack on the police college.',
  ),
  reported(
    'reuters-2016-10-quetta-faction',
    'The Hakeemullah Mehsud faction of the Pakistani Taliban also claimed responsibility in an emailed statement.',
  ),
];

/**
 * The talk, in order: about 20 minutes. Notes are written to be spoken, at 110–150
 * words a minute for each slide's time; the author's opinions are always voiced as the
 * author's, and every stress line and caption cites the sources that say it.
 */
export const sections: readonly Section[] = [
  {
    id: 'january-2024-warning',
    title: 'The January 2024 warning',
    slides: [
      {
        kind: 'title',
        id: 'title',
        perCut: {
          '10': {
            seconds: 26,
            notes: {
              say: 'This talk follows Islamic State Khorasan Province, known as ISKP, in Pakistan from 2014 to 2023. It starts from one opinion piece, published by Firstpost in January 2024, and checks each of its dated claims against other published reporting. Where the piece gives its author’s opinion, the slides say so.',
            },
          },
        },
        title: 'Islamic State Khorasan in Pakistan, 2014–2023',
        subtitle: 'What a January 2024 opinion piece claims, and what the record adds',
        byline: 'Built on a Firstpost opinion piece of January 2024, checked against published reporting',
        seconds: 28,
        notes: {
          say: 'This talk follows Islamic State Khorasan Province, known as ISKP, in Pakistan from 2014 to 2023. It starts from one opinion piece, published by Firstpost in January 2024, and checks each of its dated claims against other published reporting, which this talk calls the record. Where the piece gives its author’s opinion, the slides say so.',
          stress: {
            text: 'The talk rests on one opinion piece, whose views the article itself calls the author’s own.',
            sources: [AUTHORS_OWN_VIEWS],
          },
          transition: 'First, the official statement the piece responds to.',
        },
      },
      {
        kind: 'points',
        id: 'the-warning',
        perCut: {
          '10': {
            seconds: 30,
            notes: {
              say: 'On 2 January 2024, Pakistan’s Interior Ministry sent the Senate a written reply. Its concern was the Tehreek-e-Taliban Pakistan, the TTP, and the influx of its fighters. The same reply said that Daesh, the Islamic State, was seeking a foothold in the country. Later that month a Firstpost opinion piece took up that warning. It says the group seeking a foothold is ISKP.',
              transition: 'Now to how ISKP came into being.',
            },
          },
        },
        title: 'The January 2024 warning',
        points: [
          {
            kind: 'statement',
            stage: 'Interior Ministry to the Senate: the TTP influx is a cause of concern.',
            text: 'On 2 January 2024 the Interior Ministry told the Senate, in a written reply, that the influx of TTP militants was a cause of concern.',
            sources: [
              reported(
                'dawn-2024-01-senate-reply',
                'In a written reply to the Senate on 2 January 2024, the Interior Ministry called the influx of TTP militants a cause of concern.',
              ),
            ],
          },
          {
            kind: 'statement',
            stage: 'Daesh seeks a foothold, targeting Shias and minorities.',
            text: 'The same reply said Daesh was seeking a foothold in Pakistan, with Shias and other minorities as its targets.',
            sources: [
              reported(
                'dawn-2024-01-senate-reply',
                'The reply said Daesh was trying to gain a foothold in the country, with Shias and minorities as its targets.',
              ),
            ],
          },
          {
            kind: 'statement',
            stage: 'The article: a warning about the Islamic State.',
            text: 'The article reads this as a warning that the Islamic State is trying to establish a foothold in Pakistan.',
            sources: [
              article(
                'the Islamic State warning is worrying. Pakistan says it is trying to establish a foothold in the country.',
              ),
            ],
          },
          {
            kind: 'statement',
            stage: 'In the article, that is ISKP.',
            text: 'In the article, the Islamic State in Pakistan is ISKP, which it sets apart from the core group that operated in Iraq and Syria.',
            sources: [
              article(
                'The Islamic State in Pakistan is different from ISIS that operated in Iraq and Syria—this one is called Islamic State of Khorasan Province (ISKP).',
              ),
            ],
          },
        ],
        seconds: 42,
        notes: {
          say: 'On 2 January 2024, Pakistan’s Interior Ministry sent the Senate a written reply on militant groups, which Dawn reported. Its concern was the Tehreek-e-Taliban Pakistan, the TTP, and the influx of its fighters. The same reply said that Daesh, the Islamic State, was seeking a foothold in the country, and named Shias and other minorities as its targets. Later that month a Firstpost opinion piece took up that warning. It says the group seeking a foothold is ISKP, and asks why Pakistan is not acting against it.',
          stress: {
            text: 'The Interior Ministry’s reply was about the TTP; it described Daesh as seeking a foothold.',
            sources: [
              reported(
                'dawn-2024-01-senate-reply',
                'In a written reply to the Senate on 2 January 2024, the Interior Ministry called the influx of TTP militants a cause of concern.',
              ),
              reported(
                'dawn-2024-01-senate-reply',
                'The reply said Daesh was trying to gain a foothold in the country, with Shias and minorities as its targets.',
              ),
            ],
          },
          transition: 'Before the chronology, the actors.',
        },
      },
    ],
  },
  {
    id: 'actors',
    title: 'Who is who',
    slides: [
      {
        kind: 'groups',
        id: 'who-is-who',
        cuts: NOT_IN_10,
        title: 'Who is who',
        groups: ['afghan-taliban', 'ttp', 'islamic-state', 'iskp', 'is-pakistan', 'tjp', 'pakistan-state'],
        seconds: 40,
        notes: {
          say: 'Seven actors carry this talk. In the article’s reading, the Afghan Taliban and the TTP have national aims: the first wanted to rule Kabul, the second Islamabad. The Islamic State is the core group that operated in Iraq and Syria. ISKP is its Khorasan Province, announced in January 2015. In May 2019 the Islamic State announced a separate Pakistan Province. Tehreek-e-Jihad Pakistan, or TJP, is a group the Foreign Office calls affiliated with the TTP. The Pakistani state and army complete the list.',
          stress: {
            text: 'The Islamic State, its Khorasan Province and its Pakistan Province are three different names in which claims are made.',
            sources: [PAKISTAN_PROVINCE_ANNOUNCED, KHORASAN_PROVINCE_ANNOUNCED],
          },
          transition: 'Now to how ISKP came into being.',
        },
      },
    ],
  },
  {
    id: 'formation',
    title: 'Formation, 2014–2015',
    slides: [
      {
        kind: 'year',
        id: '2014',
        perCut: {
          '10': {
            seconds: 28,
            notes: {
              say: 'The article says ISKP was formed between 2014 and 2015 from members of the Afghan Taliban and the TTP, who wanted a regional or international caliphate. On 14 October 2014 six TTP figures, among them Hafiz Saeed Khan, pledged allegiance to al-Baghdadi, the Islamic State’s leader. The article does not mention the pledge.',
            },
          },
        },
        year: 2014,
        heading: 'Pledges and a breakaway',
        seconds: 36,
        notes: {
          say: 'The article says ISKP was formed between 2014 and 2015 from members of the Afghan Taliban and the TTP, who wanted a regional or international caliphate rather than national rule. The record gives the first step a date. On 14 October 2014 Dawn reported that six TTP figures, among them the spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to al-Baghdadi, the Islamic State’s leader. The article does not mention the pledge.',
          stress: {
            text: 'Six TTP figures pledged allegiance to al-Baghdadi on 14 October 2014.',
            sources: [
              reported(
                'dawn-2014-10-ttp-pledge',
                'On 14 October 2014, 6 TTP figures pledged allegiance to al-Baghdadi.',
              ),
            ],
          },
          transition: 'Three months later, the Islamic State answered.',
        },
      },
      {
        kind: 'year',
        id: '2015',
        perCut: {
          '10': {
            seconds: 22,
            notes: {
              say: 'On 26 January 2015 the Islamic State’s spokesman announced a Khorasan Province, with Hafiz Saeed Khan as its governor. The article says only that ISKP had links to the Islamic State but was operationally separate.',
              transition: 'On to 2016, the year the article calls the peak.',
            },
          },
        },
        year: 2015,
        heading: 'A Khorasan Province is announced',
        seconds: 30,
        notes: {
          say: 'On 26 January 2015 the Islamic State’s spokesman, al-Adnani, announced a Khorasan Province, with Hafiz Saeed Khan as its governor. The Jamestown Foundation reported it that April. The article itself says only that ISKP was formed between 2014 and 2015, and that it had links to the Islamic State but was operationally separate.',
          stress: {
            text: 'On 26 January 2015 the Islamic State announced its Khorasan Province.',
            sources: [KHORASAN_PROVINCE_ANNOUNCED],
          },
          transition: 'The diagram shows where its members came from.',
        },
      },
      {
        kind: 'diagram',
        id: 'how-iskp-formed',
        cuts: NOT_IN_10,
        title: 'How ISKP formed',
        diagram: { kind: 'formation', group: 'iskp' },
        caption: {
          text: 'Members of the Afghan Taliban and the TTP broke away to form ISKP, which the article dates to 2014–2015; in 2015 it became the Islamic State’s Khorasan Province.',
          sources: [ISKP_FORMED, KHORASAN_PROVINCE_ANNOUNCED],
        },
        seconds: 35,
        notes: {
          say: 'On the left, the Afghan Taliban and the TTP, each with national aims. Members of both broke away and formed ISKP. The article explains the break by ambition: they wanted a regional or international caliphate. On the right, the Islamic State, whose province ISKP became. The article describes the tie as links, but operationally separate.',
          stress: {
            text: 'The article explains the break by ambition: a regional or international caliphate.',
            sources: [
              article(
                'But some of them said—think bigger—think of a regional or international Caliphate. So they broke away and formed ISKP.',
              ),
            ],
          },
          transition: 'Here is the whole network as it stood in January 2015.',
        },
      },
      {
        kind: 'diagram',
        id: 'network-2015',
        cuts: NOT_IN_10,
        title: 'The network, January 2015',
        diagram: { kind: 'network', at: { year: 2015, month: 1, day: 31 }, previous: null },
        seconds: 30,
        notes: {
          say: 'At the end of January 2015 the network is small. ISKP has drawn members from the Afghan Taliban and the TTP, and it has just become the Islamic State’s Khorasan Province. The rivalries that the article describes without a date come at the end, in the last picture of the network.',
          stress: {
            text: 'In January 2015: two breakaways and one new province.',
            sources: [ISKP_FORMED, KHORASAN_PROVINCE_ANNOUNCED],
          },
          transition: 'On to 2016, the year the article calls the peak.',
        },
      },
    ],
  },
  {
    id: 'years-2016-2020',
    title: 'The years 2016–2020',
    slides: [
      {
        kind: 'year',
        id: '2016',
        perCut: {
          '10': {
            seconds: 30,
            notes: {
              say: 'The article puts ISKP’s peak in 2016, at some 3,000 fighters. The article also cites Dhaka: in July, a siege of a café in which 20 hostages and two police officers died. The Islamic State claimed it through Amaq, its news outlet. In October, gunmen killed 61 at the police college in Quetta, and three claims compete.',
              transition: 'In 2017, a shrine in Sindh.',
            },
          },
        },
        year: 2016,
        heading: 'A peak; Dhaka and Quetta',
        seconds: 44,
        notes: {
          say: 'The article puts ISKP’s peak in 2016, at some 3,000 fighters. In February a United States general gave a range of one to three thousand. The article also cites Dhaka: in July, a siege of a café in which 20 hostages and two police officers died. The Islamic State claimed it through Amaq, its news outlet, which publishes claims for it and its provinces. Late that July a US strike killed ISKP’s governor, Hafiz Saeed Khan.',
          stress: {
            text: 'Amaq is the Islamic State’s propaganda outlet: it publishes claims, it does not make them.',
            sources: [
              DHAKA_CLAIM,
              reported(
                'voa-2019-05-pakistan-province',
                'Amaq News Agency is the Islamic State’s global propaganda mouthpiece.',
              ),
              reported(
                'india-blooms-2016-11-shah-noorani',
                'The SITE Intelligence Group reported that the Khorasan Province of the Islamic State claimed the bombing.',
              ),
            ],
          },
          transition: 'Then two attacks in Quetta, and one at a shrine.',
        },
        continued: [
          {
            cuts: NOT_IN_10,
            seconds: 40,
            notes: {
              say: 'On 8 August a suicide bomber killed at least 70 people, most of them lawyers, at Quetta’s Civil Hospital. Two claims compete: Jamaat-ul-Ahrar, a Pakistani Taliban faction, and the Islamic State, through Amaq. In October, gunmen killed 61 at the police college in Quetta, and three claims compete: the Khorasan Province, Lashkar-e-Jhangvi, and a Taliban faction whose statement Reuters could not authenticate. In November a bomber killed at least 52 at the Shah Noorani shrine, claimed in the Khorasan Province’s name. None of these appears in the article.',
              stress: {
                text: 'The Quetta police college attack drew three competing claims, none settled by the sources.',
                sources: QUETTA_COLLEGE_CLAIMS,
              },
              transition: 'In 2017, a shrine in Sindh.',
            },
          },
        ],
      },
      {
        kind: 'year',
        id: '2017',
        perCut: {
          '10': {
            seconds: 40,
            notes: {
              say: 'The article names no attack in 2017. On 16 February a suicide bomber struck the Lal Shahbaz Qalandar shrine in Sehwan, in Sindh, and killed 72 people by the first count and 88 by the next day. The Long War Journal reports that the Khorasan Province claimed it, through Amaq. In May a bomb hit the convoy of the Senate’s deputy chairman in Mastung and killed 25; the Islamic State claimed it through Amaq. The same year Pakistan began to fence its border with Afghanistan.',
            },
          },
        },
        year: 2017,
        heading: 'Sehwan, Mastung, and a border fence',
        seconds: 44,
        notes: {
          say: 'The article names no attack in 2017. On 16 February a suicide bomber struck the Lal Shahbaz Qalandar shrine in Sehwan, in Sindh, and killed 72 people by the first count and 88 by the next day. The Long War Journal reports that the Khorasan Province claimed it, through Amaq. In May a bomb hit the convoy of the Senate’s deputy chairman, a leader of the Jamiat Ulema-e-Islam (Fazl) party, in Mastung and killed 25; the Islamic State claimed it through Amaq. The same year Pakistan began to fence its border with Afghanistan.',
          stress: {
            text: 'Sehwan was claimed in the name of the Khorasan Province, through Amaq.',
            sources: [
              reported(
                'lwj-2017-02-sehwan',
                'The Islamic State’s Khorasan province claimed credit for the suicide bombing at the shrine.',
              ),
              reported('lwj-2017-02-sehwan', 'The claim came in a statement released on Amaq News Agency.'),
            ],
          },
          transition: 'In 2018, an election rally in Balochistan.',
        },
      },
      {
        kind: 'year',
        id: '2018',
        year: 2018,
        heading: 'An election rally in Mastung',
        seconds: 30,
        notes: {
          say: 'On 13 July 2018 a bomb at an election rally in Mastung, in Balochistan, killed 128 people by the first count and 149 three days later. The Islamic State claimed it through Amaq; the report does not say in which province’s name. At the time, the Islamic State’s attacks in Pakistan were claimed as its Khorasan Province.',
          stress: {
            text: 'Until May 2019 the Islamic State’s attacks in Pakistan were claimed as its Khorasan Province.',
            sources: [
              reported(
                'gfatf-2019-05-provinces',
                'Until May 2019 the Islamic State’s attacks in Pakistan were claimed in the name of Wilayah Khorasan, its Khorasan Province.',
              ),
            ],
          },
          transition: 'In 2019 that naming changed.',
        },
      },
      {
        kind: 'year',
        id: '2019',
        perCut: {
          '10': {
            seconds: 30,
            notes: {
              say: 'On 12 April 2019 a suicide bomber killed 20 people at a market in Quetta; the Islamic State took responsibility. The article cites the Easter bombings in Sri Lanka, on 21 April. The Islamic State claimed it through Amaq; a local network carried out the attacks. On 15 May the Islamic State announced a Pakistan Province.',
              transition: 'In 2020, the chronology turns to Kabul.',
            },
          },
        },
        year: 2019,
        heading: 'Quetta, Sri Lanka, and a “Pakistan Province”',
        seconds: 44,
        notes: {
          say: 'On 12 April 2019 a suicide bomber killed 20 people at a market in Quetta, targeting Hazara Shias; the Islamic State took responsibility. The article cites the Easter bombings in Sri Lanka, on 21 April. The toll was first given as 359, then approximately 253, then at least 257. The Islamic State claimed it through Amaq; a local network, National Thowheeth Jama’ath, or NTJ, carried out the attacks. On 15 May the Islamic State announced a Pakistan Province, in claims for a police killing in Mastung and a shooting in Quetta.',
          stress: {
            text: 'From 15 May 2019 claims in Pakistan could come in the name of a Pakistan Province.',
            sources: [PAKISTAN_PROVINCE_ANNOUNCED],
          },
          transition: 'The network now has a new province.',
        },
      },
      {
        kind: 'diagram',
        id: 'network-2019',
        cuts: NOT_IN_10,
        title: 'The network, May 2019',
        diagram: {
          kind: 'network',
          at: { year: 2019, month: 5, day: 31 },
          previous: { year: 2015, month: 1, day: 31 },
        },
        seconds: 20,
        notes: {
          say: 'By the end of May 2019 the network has one new tie: the Pakistan Province, beside the Khorasan Province. From here on, a claim about Pakistan may name either, or only the Islamic State.',
          stress: {
            text: 'One new tie: the Pakistan Province.',
            sources: [PAKISTAN_PROVINCE_ANNOUNCED],
          },
          transition: 'In 2020, the chronology turns to Kabul.',
        },
      },
      {
        kind: 'year',
        id: '2020',
        perCut: {
          '10': {
            seconds: 27,
            notes: {
              say: 'The article says nothing of 2020. On 25 March gunmen attacked a gurdwara, a Sikh temple, in Kabul, and killed 25 people. The Islamic State claimed it through Amaq, and Voice of America attributes it to ISKP. On 4 April Afghan forces arrested ISKP’s chief, Aslam Farooqi, a Pakistani who had been in the TTP.',
            },
          },
        },
        year: 2020,
        heading: 'A gurdwara in Kabul, and ISKP’s leaders',
        seconds: 34,
        notes: {
          say: 'The article says nothing of 2020. On 25 March gunmen attacked a gurdwara, a Sikh temple, in Kabul, and killed 25 people. The Islamic State claimed it through Amaq, and Voice of America attributes it to ISKP. On 4 April Afghan forces arrested ISKP’s chief, Aslam Farooqi, a Pakistani who had been in the TTP. Later that year Shahab al-Muhajir was named its leader, confirmed by the Islamic State’s central office, Lawfare reports.',
          stress: {
            text: 'The gurdwara attack was claimed by the Islamic State and attributed to ISKP.',
            sources: [
              reported('voa-2020-03-kabul-gurdwara', 'The Islamic State claimed the deadly attack on the Sikh temple.'),
              reported(
                'voa-2020-03-kabul-gurdwara',
                'The attack is attributed to ISKP, the Islamic State’s Khorasan branch.',
              ),
            ],
          },
          transition: '2021 changes Afghanistan.',
        },
      },
    ],
  },
  {
    id: 'years-2021-2023',
    title: 'The years 2021–2023',
    slides: [
      {
        kind: 'year',
        id: '2021',
        perCut: {
          '10': {
            seconds: 34,
            notes: {
              say: 'On 3 January 2021 gunmen killed 11 Hazara coal miners at Machh, in Balochistan; the Islamic State claimed it through Amaq, and the report names no province. On 15 August the Taliban took Kabul. On 26 August a suicide bomber at Kabul airport killed 13 United States service members and more than 170 Afghans, and ISKP claimed it. Four days later the US withdrawal was complete.',
              transition: 'In 2022, Peshawar again, and a blast in India.',
            },
          },
        },
        year: 2021,
        heading: 'Machh, Kabul',
        seconds: 70,
        notes: {
          say: 'On 3 January 2021 gunmen killed 11 Hazara coal miners at Machh, in Balochistan; the Islamic State claimed it through Amaq, and the report names no province. On 15 August the Taliban took Kabul. On 26 August a suicide bomber at Kabul airport killed 13 United States service members and more than 170 Afghans, and ISKP claimed it. Four days later the US withdrawal was complete. A Pentagon report puts the Afghan forces’ equipment left behind at just over seven billion dollars; the Pentagon says it was not equipment of US forces. The article says ISKP uses such weapons. At the end of September a Sikh herbalist was shot dead in his clinic in Peshawar. The Islamic State claimed the killing the next day, in a statement that, as reported, names no province.',
          stress: {
            text: 'The Taliban took Kabul on 15 August 2021; eleven days later ISKP claimed the airport bombing.',
            sources: [
              reported(
                'washington-post-2021-08-kabul',
                'The Taliban entered Kabul on 15 August 2021, and the Afghan government collapsed.',
              ),
              reported(
                'lwj-2021-08-kabul-airport',
                'The Islamic State’s Khorasan branch claimed credit for the suicide bombing outside the airport on 26 August 2021.',
              ),
            ],
          },
          transition: 'In 2022, Peshawar again, and two blasts in India.',
        },
      },
      {
        kind: 'year',
        id: '2022',
        perCut: {
          '10': {
            seconds: 34,
            notes: {
              say: 'The article says attacks in the border regions rose 93 percent from 2022; no published source for that figure was found. On 4 March a suicide bomber struck a Shia mosque in Peshawar, killing at least 56 by the first count and 67 later; ISKP claimed it through Amaq. In October a car bomb went off near a temple in Coimbatore, in India; ISKP claimed it in its magazine, but only in March 2023.',
              transition: 'In 2023 the warning takes shape.',
            },
          },
        },
        year: 2022,
        heading: 'Peshawar, and claims in India',
        seconds: 42,
        notes: {
          say: 'The article says attacks in the border regions rose 93 percent from 2022; no published source for that figure was found. On 4 March a suicide bomber struck a Shia mosque in Peshawar, killing at least 56 by the first count and 67 later; ISKP claimed it through Amaq. In May two Sikh traders were shot dead near Peshawar, and ISKP claimed it through Amaq. In October a car bomb went off near a temple in Coimbatore, in India; ISKP claimed it in its magazine, but only in March 2023.',
          stress: {
            text: 'The article’s 93 percent has no published source that we found.',
            sources: [BORDER_ATTACKS_93],
          },
          transition: 'Two more events close the year.',
        },
        continued: [
          {
            cuts: NOT_IN_10,
            seconds: 25,
            notes: {
              say: 'In November a bomb injured two people in an autorickshaw in Mangaluru. An unknown outfit claimed it first. The ISKP magazine of March 2023 named Bangalore instead; Hindustan Times could not tell whether that was deliberate. In December ISKP claimed an attack on Pakistan’s embassy in Kabul.',
              stress: {
                text: 'The Mangaluru claim is in doubt: ISKP’s magazine named Bangalore.',
                sources: [
                  reported(
                    'hindustan-times-2023-03-iskp-claims',
                    'ISKP’s magazine named Bangalore instead of Mangaluru; it was not clear whether this was deliberate.',
                  ),
                ],
              },
              transition: 'In 2023 the warning takes shape.',
            },
          },
        ],
      },
      {
        kind: 'year',
        id: '2023',
        perCut: {
          '10': {
            seconds: 40,
            notes: {
              say: 'On 30 July a bomb at a convention of the Jamiat Ulema-e-Islam (Fazl), the JUI-F, in Bajaur killed around 54 people; ISKP claimed it through Amaq. On 29 September a bomb at a procession for the Prophet’s birthday in Mastung killed at least 52 at first. Nobody claimed it; the Associated Press wrote that suspicion was likely to fall on ISKP. On 12 December an attack at Daraban killed 23 soldiers. The article names no perpetrator; the Foreign Office said Tehreek-e-Jihad Pakistan claimed it.',
              transition: 'Now the year’s toll.',
            },
          },
        },
        year: 2023,
        heading: 'Bajaur, Mastung, Daraban, and the year’s toll',
        seconds: 28,
        notes: {
          say: 'The article counts around 1,000 people killed in 2023. In February Tehreek-e-Jihad Pakistan announced itself. In June, police in Gujarat broke up an ISKP-linked cell of five people. On 30 July a bomb at a convention of the Jamiat Ulema-e-Islam (Fazl), the JUI-F, in Bajaur killed around 54 people; ISKP claimed it through Amaq.',
          stress: {
            text: 'ISKP claimed the Bajaur bombing.',
            sources: [BAJAUR_CLAIM],
          },
          transition: 'The year has three more events.',
        },
        continued: [
          {
            cuts: NOT_IN_10,
            seconds: 38,
            notes: {
              say: 'On 29 September a bomb at a procession for the Prophet’s birthday in Mastung killed at least 52 at first. Nobody claimed it; the Associated Press wrote that suspicion was likely to fall on ISKP. On 3 October Pakistan ordered undocumented foreigners, most of them Afghans, to leave. By 2 January 2024 about 540,000 had been sent back. On 12 December an attack at Daraban killed 23 soldiers. The article names no perpetrator; the Foreign Office said Tehreek-e-Jihad Pakistan claimed it.',
              stress: {
                text: 'Nobody claimed the Mastung procession bombing; Tehreek-e-Jihad Pakistan, not ISKP, claimed Daraban.',
                sources: [
                  reported('arab-news-2023-10-mastung', 'No group had claimed responsibility by 4 October.'),
                  reported(
                    'dawn-2023-12-daraban',
                    'A vehicle bomb and suicide attackers killed 23 soldiers at a checkpost in Daraban, Dera Ismail Khan, on 12 December 2023; Tehreek-e-Jihad Pakistan, affiliated with the TTP, claimed it, not ISKP.',
                  ),
                ],
              },
              transition: 'Now the year’s toll.',
            },
          },
        ],
      },
      {
        kind: 'diagram',
        id: 'toll-chart',
        perCut: {
          '10': {
            seconds: 31,
            notes: {
              say: 'The article gives around 1,000 killed. The Center for Research and Security Studies, or CRSS, as Dawn reports it, agrees: nearly 1,000 civilians and security personnel. The difference lies elsewhere. The article speaks of dozens of attacks; CRSS counts almost six hundred, and only 17 percent were claimed at all, by the TTP, the Balochistan Liberation Army, or BLA, ISKP and others.',
              transition: 'Now the author’s first reason.',
            },
          },
        },
        title: '2023: the same toll, 586 attacks, only 17% claimed',
        diagram: {
          kind: 'toll',
          event: 'toll-2023',
          shares: [{ part: 'claimed', perCent: true, whole: 'terror attacks' }],
        },
        caption: {
          text: 'The Center for Research and Security Studies counts nearly 1,000 civilians and security personnel killed, as the article does, but 586 attacks, not dozens; only 17% were claimed.',
          sources: [
            ARTICLE_TOLL_2023,
            reported(
              'crss-2023-annual',
              'Nearly 1,000 civilians and security personnel were among the 2023 dead; 17% of the 586 terror attacks were claimed.',
            ),
          ],
        },
        seconds: 40,
        notes: {
          say: 'The article gives around 1,000 killed, 500 civilians and 500 officials, the highest toll in almost six years. The Center for Research and Security Studies, or CRSS, as Dawn reports it, agrees: nearly 1,000 civilians and security personnel, and about 1,500 deaths with militants. The difference lies elsewhere. The article speaks of dozens of attacks; CRSS counts almost six hundred, and only 17 percent were claimed at all, by the TTP, the Balochistan Liberation Army, or BLA, ISKP and others.',
          stress: {
            text: 'The year’s toll is not an ISKP tally: only 17% of the attacks were claimed, by the TTP, the BLA, ISKP and others.',
            sources: [
              reported(
                'crss-2023-annual',
                '17% of the 586 terror attacks were claimed, by the TTP, the BLA, ISKP and others.',
              ),
            ],
          },
          transition: 'Back to the network at the end of 2023.',
        },
      },
      {
        kind: 'diagram',
        id: 'network-2023',
        cuts: NOT_IN_10,
        title: 'The network, December 2023',
        diagram: {
          kind: 'network',
          at: { year: 2023, month: 12, day: 31 },
          previous: { year: 2019, month: 5, day: 31 },
        },
        seconds: 30,
        notes: {
          say: 'By the end of 2023 one tie is new: the attack at Daraban by Tehreek-e-Jihad Pakistan. The Foreign Office calls the group affiliated with the TTP without dating the tie, so it is drawn with the undated ones. Those include what the article describes: the Taliban hunt ISKP, ISKP and the TTP are rivals, and the TTP attacks the Pakistani state.',
          stress: {
            text: 'In the article, the Taliban hunt ISKP, and ISKP and the TTP are rivals.',
            sources: [
              article('The Taliban are actually hunting the ISKP fighters.'),
              article(
                'If they crack down on TTP, it helps the ISKP and if they crack down on the ISKP, it helps the TTP, because these groups are rivals.',
              ),
            ],
          },
          transition: 'Two overviews close the chronology.',
        },
      },
      {
        kind: 'diagram',
        id: 'timeline-2014-2018',
        cuts: NOT_IN_10,
        title: '2014–2018 at a glance',
        diagram: { kind: 'timeline', from: 2014, to: 2018 },
        seconds: 17,
        notes: {
          say: 'From 2014 to 2018: the pledges and the new province, the peak, Dhaka, Quetta and the shrines. Most of these years rest on other reporting, marked as context.',
          stress: {
            text: 'The article’s own events here: ISKP’s formation, its peak in 2016, and Dhaka.',
            sources: [ISKP_PEAK, article('Or the 2016 Dhaka attack.')],
          },
          transition: 'And from 2019 to 2023.',
        },
      },
      {
        kind: 'diagram',
        id: 'timeline-2019-2023',
        cuts: NOT_IN_10,
        title: '2019–2023 at a glance',
        diagram: { kind: 'timeline', from: 2019, to: 2023 },
        seconds: 15,
        notes: {
          say: 'From 2019 to 2023 the article’s own claims cluster: the withdrawal, the blasts in India, the border figure and the events of 2023 in Pakistan.',
          stress: {
            text: 'The article’s own events here: the withdrawal, the blasts in India and the attacks of 2023.',
            sources: [
              article('The US abandoned a lot of hardware when they left Kabul'),
              article('in 2022, the ISKP claimed two attacks in India'),
              article('In 2023, these groups carried out dozens of attacks'),
            ],
          },
          transition: 'Where did the attacks happen?',
        },
      },
      {
        kind: 'diagram',
        id: 'where-attacks-happened',
        cuts: NOT_IN_10,
        title: 'Where the attacks happened, 2016–2023',
        diagram: AFGHANISTAN_PAKISTAN_MAP,
        seconds: 41,
        notes: {
          say: 'This map shows where the attacks of this talk took place, one year at a time. The shape and colour of each marker give the name the claim was made in; its size, the number killed. Most lie in Balochistan and Khyber Pakhtunkhwa, the two provinces along the Afghan border; Sehwan lies further south, in Sindh. In Afghanistan, the attacks in Kabul. Where attacks lie close together, around Quetta, Kabul and Peshawar, the map draws them as one group with its count; the reading edition lists each one.',
          stress: {
            text: 'ISKP claimed both the Peshawar and the Bajaur bombings.',
            sources: [
              reported(
                'outlook-2022-03-peshawar',
                'The Islamic State affiliate known as Islamic State in Khorasan Province claimed the attack.',
              ),
              BAJAUR_CLAIM,
            ],
          },
          transition: 'Now the author’s first reason.',
        },
      },
    ],
  },
  {
    id: 'why-pakistan',
    title: 'Why Pakistan: the author’s view',
    slides: [
      {
        kind: 'points',
        id: 'why-pakistan-afghanistan',
        perCut: {
          '10': {
            seconds: 34,
            notes: {
              say: 'The author gives two reasons why ISKP is turning to Pakistan. The first is that Afghanistan is becoming a no-go zone for it. The Taliban hunt ISKP fighters, the author argues, to survive. The author argues that the fighters are pouring into Pakistan with weapons. The chronology shows otherwise: TTP figures founded and led ISKP, its emir in 2020 was Pakistani, and it claimed mass killings in Pakistan from 2016.',
            },
          },
        },
        title: 'First reason: Afghanistan',
        points: [
          { kind: 'argument', argument: 'afghanistan-no-go-zone', stage: 'A no-go zone' },
          { kind: 'argument', argument: 'taliban-self-preservation', stage: 'Taliban hunt ISKP to survive' },
          { kind: 'argument', argument: 'iskp-fighters-moving-in', stage: 'Moving into Pakistan' },
          {
            kind: 'statement',
            stage: 'Yet TTP figures founded ISKP.',
            text: 'The chronology shows otherwise: TTP figures founded and led ISKP, its emir in 2020 was Pakistani, and it claimed mass killings in Pakistan from 2016.',
            sources: CHRONOLOGY_AGAINST_POURING_IN,
          },
          { kind: 'event', event: 'us-withdrawal-weapons' },
        ],
        seconds: 48,
        notes: {
          say: 'The author gives two reasons why ISKP is turning to Pakistan. The first is that Afghanistan is becoming a no-go zone for it. The Taliban hunt ISKP fighters, the author argues, not because they have changed but to survive: foreign forces could return if Afghanistan became a base for attacks abroad. The author argues that the fighters are pouring into Pakistan with weapons. The chronology shows otherwise: TTP figures founded and led ISKP, its emir in 2020 was Pakistani, and it claimed mass killings in Pakistan from 2016. On those weapons, the United Nations, or UN, relays what member states told it; it states no finding of its own.',
          stress: {
            text: 'Self-preservation as the Taliban’s motive is the author’s reading.',
            sources: [
              article(
                'If Afghanistan becomes a terror launchpad, foreign forces could return, the Taliban may be toppled again. So it is all about self-preservation.',
              ),
            ],
          },
          transition: 'The author’s second reason concerns Pakistan itself.',
        },
      },
      {
        kind: 'points',
        id: 'why-pakistan-reluctance',
        perCut: {
          '10': {
            seconds: 28,
            notes: {
              say: 'The second reason, the author argues, is Pakistan’s reluctance to hit back. The nearest published figures come from the Pak Institute for Peace Studies: attacks up by about three quarters nationwide, and by more in the two border provinces. Set beside the argument the toll’s own source: nearly two hundred security operations in 2023, which caused about a third of the deaths.',
              transition: 'That leads to the author’s conclusion.',
            },
          },
        },
        title: 'Second reason: reluctance',
        points: [
          { kind: 'argument', argument: 'reluctance-to-hit-back', stage: 'Pakistan is reluctant to strike back' },
          { kind: 'event', event: 'attacks-up-93-percent' },
          {
            kind: 'statement',
            stage: 'Yet 197 security operations in 2023.',
            text: 'Beside it: CRSS counts 197 security operations in 2023, which caused about a third of the year’s deaths.',
            sources: [CRSS_OPERATIONS],
          },
        ],
        seconds: 44,
        notes: {
          say: 'The second reason, the author argues, is Pakistan’s reluctance to hit back. The article supports it with two figures: the rise in attacks in the border regions, and the soldiers killed in one suicide bombing. The nearest published figures come from the Pak Institute for Peace Studies: attacks up by about three quarters nationwide, and by more in the two border provinces. The bombing at Daraban was claimed by the TJP. Set beside the argument the toll’s own source: nearly two hundred security operations in 2023, which caused about a third of the deaths.',
          stress: {
            text: 'The nearest published figures: 92% more attacks in Khyber Pakhtunkhwa and 81% in Balochistan.',
            sources: [
              reported(
                'voicepk-2023-06-pips',
                'In the 21 months after the fall of Kabul, against the 21 months before, attacks rose 73% nationwide, 92% in Khyber Pakhtunkhwa and 81% in Balochistan.',
              ),
            ],
          },
          transition: 'Next, the choices the author says Pakistan made.',
        },
      },
    ],
  },
  {
    id: 'pakistans-choices',
    cuts: NOT_IN_10,
    title: 'Pakistan’s choices, as the author sees them',
    slides: [
      {
        kind: 'diagram',
        id: 'good-bad-terrorism',
        title: 'The “good and bad terrorism” trap, as the author argues it',
        diagram: {
          kind: 'rivalries',
          state: 'pakistan-state',
          argument: 'good-bad-terrorism-trap',
          between: ['ttp', 'iskp'],
        },
        caption: {
          text: 'The author argues that acting against the TTP helps ISKP, and acting against ISKP helps the TTP.',
          sources: [
            article(
              'If they crack down on TTP, it helps the ISKP and if they crack down on the ISKP, it helps the TTP, because these groups are rivals.',
            ),
          ],
        },
        seconds: 36,
        notes: {
          say: 'This diagram shows who fights whom around the Pakistani state. The author argues that the army tells good terrorism from bad, and that this leaves Pakistan in a trap: a crackdown on the TTP helps ISKP, and a crackdown on ISKP helps the TTP, because the two are rivals. Good and bad terrorism is the author’s description of army policy, not a quoted policy.',
          stress: {
            text: '“Good and bad terrorism” is the author’s characterisation.',
            sources: [article('According to the Pakistani army, there is good and bad terrorism.')],
          },
          transition: 'What the army did instead, the article says, is fence and deport.',
        },
      },
      {
        kind: 'points',
        id: 'fence-and-deport',
        title: 'Fencing and deportation',
        points: [
          { kind: 'event', event: 'afghan-border-fencing' },
          { kind: 'event', event: 'deportation-order-2023' },
          {
            kind: 'argument',
            argument: 'choosing-which-terrorists',
            stage: 'Pakistan chose which militants to support',
          },
        ],
        diagram: {
          kind: 'share',
          event: 'deportation-order-2023',
          parts: [
            { part: 'sent back by 2 January 2024', whole: 'million undocumented foreigners', wholeUnit: 1_000_000 },
          ],
        },
        seconds: 34,
        notes: {
          say: 'The article says the army chose other tactics: fencing the Afghan border and deporting millions of Afghans. The fence was nine tenths complete in August 2021 and largely complete by January 2024. The deportations were smaller than millions: of around 1.7 million undocumented foreigners, about half a million had been sent back by January 2024. The author adds that Pakistan spent years choosing which militants to support.',
          stress: {
            text: 'Not millions: 541,210 sent back by 2 January 2024.',
            sources: [reported('pakistan-today-2024-01-deportations', '541,210 had been sent back by 2 January 2024.')],
          },
          transition: 'From Pakistan’s choices to the region.',
        },
      },
    ],
  },
  {
    id: 'region-and-west',
    cuts: NOT_IN_10,
    title: 'The region and the West',
    slides: [
      {
        kind: 'diagram',
        id: 'regional-reach',
        title: 'Regional reach',
        diagram: REGION_MAP,
        caption: {
          stage: 'ISKP claimed two Indian bombings, one in doubt; the Islamic State claimed Dhaka and Sri Lanka.',
          text: 'In March 2023 ISKP claimed two 2022 bombings in India, one in doubt; an ISKP-linked module was broken up in Gujarat; the Islamic State claimed Dhaka and Sri Lanka.',
          sources: [
            ISKP_CLAIMS_IN_INDIA,
            reported(
              'hindustan-times-2023-03-iskp-claims',
              'ISKP claimed a hand in the Coimbatore and Mangaluru blasts in an issue of its magazine released on 4 March 2023; the magazine named Bangalore, not Mangaluru, and it was not clear whether this was deliberate.',
            ),
            reported(
              'news18-2023-06-gujarat',
              'On 9–10 June 2023 Gujarat’s Anti-Terrorism Squad broke up an ISKP-linked module.',
            ),
            DHAKA_CLAIM,
            SRI_LANKA_CLAIM,
          ],
        },
        seconds: 36,
        notes: {
          say: 'The article widens the view to Pakistan’s neighbours. It says ISKP claimed two bombings in India in 2022; the claims came in March 2023, and the one read as Mangaluru named Bangalore. A cell linked to ISKP was broken up in Gujarat. The article also cites Sri Lanka and Dhaka, both claimed by the Islamic State, not ISKP, and the diagram keeps them apart. The author argues that the problem affects the whole region.',
          stress: {
            text: 'India: ISKP’s claims, made in March 2023. Sri Lanka and Dhaka: claims by the Islamic State.',
            sources: [
              reported(
                'hindustan-times-2023-03-iskp-claims',
                'ISKP claimed a hand in the Coimbatore and Mangaluru blasts in an issue of its magazine released on 4 March 2023.',
              ),
              SRI_LANKA_CLAIM,
              DHAKA_CLAIM,
            ],
          },
          transition: 'And the West, according to the author?',
        },
      },
      {
        kind: 'points',
        id: 'the-west',
        title: 'The West and the region',
        points: [
          { kind: 'argument', argument: 'west-in-a-bind', stage: 'The West is caught in a bind' },
          {
            kind: 'statement',
            stage: 'The article: TTP aims national, the Islamic State’s global.',
            text: 'The article contrasts the TTP’s national aims with the Islamic State’s global ambitions, which include the West.',
            sources: [
              article('the TTP only has ambitions inside Pakistan'),
              article('But the Islamic State is a different ballgame. It has global ambitions that target the West.'),
            ],
          },
          { kind: 'event', event: 'gujarat-module-2023' },
          { kind: 'argument', argument: 'regional-problem', stage: 'The threat affects the whole region' },
        ],
        seconds: 30,
        notes: {
          say: 'The author argues that the West is caught in a bind. Washington, in the author’s reading, sees the TTP as a group whose ambitions stop at Pakistan’s borders. The Islamic State, the author argues, is different: its ambitions are global and include the West, so the rise of ISKP will worry Western governments.',
          stress: {
            text: 'In the article, the TTP’s ambitions stop at Pakistan; the Islamic State’s are global.',
            sources: [
              article('the TTP only has ambitions inside Pakistan'),
              article('But the Islamic State is a different ballgame. It has global ambitions that target the West.'),
            ],
          },
          transition: 'That leads to the author’s conclusion.',
        },
      },
    ],
  },
  {
    id: 'conclusion',
    title: 'The author’s conclusion',
    slides: [
      {
        kind: 'points',
        id: 'authors-conclusion',
        perCut: {
          '10': {
            seconds: 28,
            notes: {
              say: 'The article ends with the author’s judgements, shown here as the author’s. The author argues that the army has been busy with politics. The author argues that Pakistan spent years choosing which militants to support, and that this is now rebounding on it. Last, the author doubts that Pakistan has the right intentions to end the threat.',
            },
          },
        },
        title: 'The author’s conclusion',
        points: [
          { kind: 'argument', argument: 'army-busy-elsewhere', stage: 'The army is occupied with domestic politics' },
          {
            kind: 'argument',
            argument: 'choosing-which-terrorists',
            stage: 'Pakistan chose which militant groups to support',
          },
          {
            kind: 'argument',
            argument: 'good-bad-terrorism-trap',
            stage: 'The army distinguishes “good” from “bad” terrorism, which traps Pakistan',
          },
          {
            kind: 'argument',
            argument: 'right-intentions',
            stage: 'Pakistan could end the threat with the right intentions',
          },
        ],
        seconds: 34,
        notes: {
          say: 'The article ends with the author’s judgements, shown here as the author’s. The author argues that the army has been busy with politics: jailing opposition leaders, bringing back exiled politicians and rigging elections. The author argues that Pakistan spent years choosing which militants to support, and that this is now rebounding on it. Last, the author doubts that Pakistan has the right intentions to end the threat.',
          stress: {
            text: 'These are the author’s opinions, not findings of this talk.',
            sources: [AUTHORS_OWN_VIEWS],
          },
          transition: 'What does other reporting add?',
        },
      },
    ],
  },
  {
    id: 'record-adds',
    title: 'What the record adds',
    slides: [
      {
        kind: 'record',
        id: 'record',
        perCut: {
          '10': {
            seconds: 30,
            notes: {
              say: 'This table collects where other reporting differs from the article. The deportations were about half a million by January, not millions. The border figure has no source we found. The year’s toll is a count of all violence, not of ISKP’s. In Bajaur the target was a Sunni party, not Shias or another minority, and the toll rose to 63.',
            },
          },
        },
        title: 'What the record adds',
        seconds: 42,
        notes: {
          say: 'This table collects where other reporting differs from the article. The deportations were about half a million by January, not millions. The border figure has no source we found. The year’s toll is a count of all violence, not of ISKP’s. In Bajaur the target was a Sunni party, not Shias or another minority, and the toll rose to 63. Daraban was claimed by the TJP. The magazine claim read as Mangaluru named Bangalore, and the UN relays member states’ statements.',
          stress: {
            text: 'Bajaur’s target was a convention of the JUI-F, a Sunni religious party.',
            sources: [
              reported(
                'the-news-2023-08-bajaur',
                'The blast hit a workers’ convention of the JUI-F, a Sunni religious party, in Khar, Bajaur, on 30 July 2023.',
              ),
            ],
          },
          transition: 'To close, three points to take away.',
        },
      },
    ],
  },
  {
    id: 'sources-and-close',
    title: 'In closing',
    slides: [
      {
        kind: 'closing',
        id: 'closing',
        title: 'Three points to take away',
        points: [
          {
            kind: 'statement',
            stage: 'ISKP, the Islamic State and its “Pakistan Province” are distinct names.',
            text: 'ISKP, the Islamic State itself and its “Pakistan Province” are distinct names; a claim in one is not a claim in another.',
            sources: [
              PAKISTAN_PROVINCE_ANNOUNCED,
              reported(
                'voa-2019-05-pakistan-province',
                'The new divisions formerly fell under the Khorasan Province, or ISKP.',
              ),
            ],
          },
          {
            kind: 'statement',
            stage: '2023’s toll is no ISKP tally: 17% of attacks claimed.',
            text: 'Pakistan’s 2023 toll is not an ISKP tally: only 17% of that year’s attacks were claimed at all, by ISKP and others.',
            sources: [
              reported(
                'crss-2023-annual',
                'In 2023, 17% of the 586 terror attacks were claimed, by the TTP, the BLA, ISKP and others.',
              ),
            ],
          },
          {
            kind: 'statement',
            stage: 'The article’s opinions are the author’s; its figures keep their hedges.',
            text: 'The article’s opinions are the author’s; its figures are shown with their hedges, beside the record.',
            sources: [AUTHORS_OWN_VIEWS],
          },
        ],
        seconds: 34,
        notes: {
          say: 'Three points to take away. First, ISKP, the Islamic State itself and its Pakistan Province are different names, and a claim in one is not a claim in another. Second, the 2023 toll counts all violence in Pakistan; it is not a tally of ISKP attacks. Third, the article’s opinions are its author’s, and its figures read best beside the record.',
          stress: {
            text: 'Keep the Islamic State, ISKP and the Pakistan Province apart.',
            sources: [
              PAKISTAN_PROVINCE_ANNOUNCED,
              reported(
                'voa-2019-05-pakistan-province',
                'The new divisions formerly fell under the Khorasan Province, or ISKP.',
              ),
            ],
          },
          transition: 'Thank you. The sources follow, and questions are welcome.',
        },
      },
      {
        kind: 'sources',
        id: 'sources',
        // The list is off the talk's path (one key down), so the 10-minute cut says the whole of this slide's notes.
        perCut: { '10': { seconds: 16 } },
        title: 'Sources',
        seconds: 20,
        notes: {
          say: 'These are the sources: the Firstpost opinion piece, and the reporting, official records and research used to check it. Every marker on the slides points to a number in the list, and the handout gives every address.',
          stress: {
            text: 'The article is one opinion piece; reporting, official records and research check it.',
            sources: [AUTHORS_OWN_VIEWS],
          },
          transition: 'Then, questions.',
        },
      },
    ],
  },
];
