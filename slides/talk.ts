import type { Section } from '../src/model/types.ts';
import { ARTICLE } from './sources.ts';

/**
 * The talk, in order: about 20 minutes (the `seconds` of all slides add up to
 * 1,200). Notes are written to be spoken; the author's opinions are always
 * voiced as the author's.
 */
export const sections: readonly Section[] = [
  {
    id: 'january-2024-warning',
    title: 'The January 2024 warning',
    slides: [
      {
        kind: 'title',
        id: 'title',
        title: 'Islamic State Khorasan in Pakistan, 2014\u20132023',
        subtitle: 'What a January 2024 opinion piece claims, and what the record adds',
        byline: 'Built on a Firstpost opinion piece (January 2024), checked against published reporting',
        seconds: 25,
        notes: {
          say:
            'This talk follows Islamic State Khorasan Province, known as ISKP, in Pakistan from 2014 to 2023. It is built on one opinion piece, published by Firstpost in early January 2024. Each dated claim of that piece is checked against other published reporting. Where the piece gives the author\u2019s opinion, the slides mark it as the author\u2019s.',
          stress: 'One opinion piece, checked claim by claim against the record.',
          transition: 'We start with the official statement that the article responds to.',
        },
      },
      {
        kind: 'points',
        id: 'the-warning',
        title: 'The January 2024 warning',
        points: [
          {
            kind: 'statement',
            text: 'On 2 January 2024 the Interior Ministry, in a written reply to the Senate, named the TTP as the main militant threat to Pakistan.',
            source: {
              source: 'dawn-2024-01-senate-reply',
              excerpt: 'The Interior Ministry\u2019s written reply to the Senate of 2 January 2024 named the TTP as the main threat.',
              verbatim: false,
            },
          },
          {
            kind: 'statement',
            text: 'The same reply said Daesh was seeking a foothold in Pakistan, with Shias and other minorities as its targets.',
            source: {
              source: 'dawn-2024-01-senate-reply',
              excerpt: 'The reply said Daesh was seeking a foothold in the country and that Shias and minorities were its targets.',
              verbatim: false,
            },
          },
          {
            kind: 'statement',
            text: 'The article reads the ministry\u2019s assessment as a warning that the Islamic State is trying to establish itself in Pakistan.',
            source: {
              source: ARTICLE,
              excerpt: 'the Islamic State warning is worrying. Pakistan says it is trying to establish a foothold in the country.',
              verbatim: true,
            },
          },
          {
            kind: 'statement',
            text: 'In the article, the Islamic State in Pakistan is ISKP, a branch distinct from the core group in Iraq and Syria, named after Khorasan, a historical region that once spanned Iran and Afghanistan.',
            source: {
              source: ARTICLE,
              excerpt: 'this one is called Islamic State of Khorasan Province (ISKP). Khorasan doesn’t exist today, it is a historical region that once spanned Iran and Afghanistan',
              verbatim: true,
            },
          },
        ],
        seconds: 45,
        notes: {
          say:
            'On 2 January 2024, Pakistan\u2019s Interior Ministry gave the Senate a written reply on militant groups, reported by Dawn. It named the Tehreek-e-Taliban Pakistan, the TTP, as the main threat. It also said Daesh was seeking a foothold in the country, with Shias and other minorities as its targets. Soon after, a Firstpost opinion piece took up that warning. It identifies the group seeking a foothold as ISKP, the Islamic State\u2019s Khorasan branch, and asks why Pakistan is not acting against it.',
          stress: 'The TTP is the main threat in the ministry\u2019s reply; Daesh is described as seeking a foothold.',
          transition: 'Before the chronology, we need to know who the actors are.',
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
        title: 'Who is who',
        groups: ['afghan-taliban', 'ttp', 'is-core', 'iskp', 'is-pakistan', 'tjp', 'pakistan-state'],
        seconds: 45,
        notes: {
          say:
            'Seven actors appear in this talk. The Afghan Taliban and the TTP have national aims: the first sought to rule Kabul, the second Islamabad. The Islamic State is the core group that operated in Iraq and Syria. ISKP is its Khorasan Province, named after a historical region; the article says it is linked to the core group but operationally separate. In May 2019 the core group also declared a separate Pakistan Province. Tehreek-e-Jihad Pakistan is a TTP-linked group. The Pakistani state and army complete the list.',
          stress: 'The Islamic State core group, ISKP and the Pakistan Province are three different entities.',
          transition: 'Now to how ISKP came into being, starting in 2014.',
        },
      },
    ],
  },
  {
    id: 'formation',
    title: 'Formation, 2014\u20132015',
    slides: [
      {
        kind: 'year',
        id: '2014',
        year: 2014,
        heading: 'Pledges and a breakaway',
        seconds: 45,
        notes: {
          say:
            'According to the article, ISKP was formed between 2014 and 2015, with members drawn from the Afghan Taliban and the TTP. The article says these members wanted a regional or international caliphate rather than national rule. The record gives a date for the first step. On 14 October 2014, Dawn reported that six TTP figures, among them the spokesman Shahidullah Shahid and Hafiz Saeed Khan, pledged allegiance to al-Baghdadi, the leader of the Islamic State core group. The article does not mention this pledge; it is shown as context.',
          stress: 'Six TTP figures pledged allegiance on 14 October 2014.',
          transition: 'Three months later, the Islamic State core group responded.',
        },
      },
      {
        kind: 'year',
        id: '2015',
        year: 2015,
        heading: 'A Khorasan Province is announced',
        seconds: 40,
        notes: {
          say:
            'On 26 January 2015, the Islamic State\u2019s spokesman, al-Adnani, announced a Khorasan Province, with Hafiz Saeed Khan as its governor. This is reported by the Jamestown Foundation\u2019s Terrorism Monitor, and it is a context event: the article itself only says that ISKP was formed between 2014 and 2015. From this date ISKP is an affiliate of the core group. The article describes the tie as linked but operationally separate.',
          stress: '26 January 2015: the Khorasan Province is announced by the core group.',
          transition: 'The next diagram shows where ISKP\u2019s members came from.',
        },
      },
      {
        kind: 'diagram',
        id: 'how-iskp-formed',
        title: 'How ISKP formed',
        diagram: { kind: 'formation', group: 'iskp' },
        caption:
          'Members of the Afghan Taliban and the TTP broke away in 2014\u20132015 to form ISKP; the article describes its tie to the Islamic State core group as linked but operationally separate.',
        seconds: 45,
        notes: {
          say:
            'This diagram is drawn from the relations in the data. On one side are the Afghan Taliban and the TTP, both with national aims. Members of both broke away and formed ISKP, which the article places in 2014 and 2015. On the other side is the Islamic State core group. ISKP has been its affiliate since January 2015, and the article describes the tie as linked but operationally separate. The article explains the break by ambition: some members wanted a regional or international caliphate.',
          stress: 'National aims on one side, a regional or international caliphate on the other.',
          transition: 'Here is the whole network as it stood at the end of January 2015.',
        },
      },
      {
        kind: 'diagram',
        id: 'network-2015',
        title: 'The network, January 2015',
        diagram: { kind: 'network', at: { year: 2015, month: 1, day: 31 }, previous: null },
        caption: 'Ties dated up to 31 January 2015.',
        seconds: 35,
        notes: {
          say:
            'At the end of January 2015 the network is small. ISKP has split from the Afghan Taliban and from the TTP, and it has just become the Islamic State\u2019s Khorasan Province. Ties that the sources describe without a date, such as the rivalries, are not drawn yet; they appear in the last snapshot, for December 2023. We will come back to this network twice, in 2019 and in 2023, with new ties marked.',
          stress: 'Three ties in January 2015: two splits and one affiliation.',
          transition: 'We move on to 2016, the year the article calls ISKP\u2019s peak.',
        },
      },
    ],
  },
  {
    id: 'years-2016-2020',
    title: 'The years 2016\u20132020',
    slides: [
      {
        kind: 'year',
        id: '2016',
        year: 2016,
        heading: 'A peak, and an attack in Dhaka',
        seconds: 45,
        notes: {
          say:
            'The article says ISKP reached its peak in 2016, with some 3,000 fighters. That figure matches estimates by US officials, reported in February 2016; other estimates ranged from 1,000 to 4,000. The article also cites the 2016 Dhaka attack. The record dates it to 1 and 2 July 2016: a siege of the Holey Artisan Bakery caf\u00e9 in which 20 hostages and two police officers were killed. The Islamic State core group claimed it through its Amaq agency; it was not an ISKP attack. Bangladeshi authorities blamed a local group, JMB.',
          stress: 'Some 3,000 fighters, a US estimate; Dhaka was claimed by the core group, not by ISKP.',
          transition: 'In 2017 an attack hits Sindh, and Pakistan begins to fence its border.',
        },
      },
      {
        kind: 'year',
        id: '2017',
        year: 2017,
        heading: 'Sehwan, and a border fence',
        seconds: 45,
        notes: {
          say:
            'The article names no attack in 2017, so the attack shown here is context. On 16 February 2017, a bombing at the Lal Shahbaz Qalandar shrine in Sehwan, Sindh, killed 72 people by the first count; later reports put the toll at about 90. The Islamic State claimed it through Amaq. The same year Pakistan began fencing its border with Afghanistan, which is about 2,600 kilometres long. The article mentions the fencing as one of the army\u2019s chosen tactics; Dawn reports the fence was 88 percent done by mid-2021.',
          stress: 'Sehwan: 72 killed by the first count, about 90 later.',
          transition: 'The next year brings an attack on an election rally in Balochistan.',
        },
      },
      {
        kind: 'year',
        id: '2018',
        year: 2018,
        heading: 'An election rally in Mastung',
        seconds: 35,
        notes: {
          say:
            'On 13 July 2018, a bombing at an election rally in Mastung, Balochistan, killed 128 people according to first reports and 149 according to later ones. The Islamic State claimed it through Amaq. This is a context event, reported by Dawn and The News; the article does not mention it. It shows that attacks in Pakistan were claimed in the name of the Islamic State core group years before the warning of January 2024.',
          stress: 'Mastung: 149 killed by the later count.',
          transition: '2019 brings an attack abroad and a new Islamic State unit for Pakistan.',
        },
      },
      {
        kind: 'year',
        id: '2019',
        year: 2019,
        heading: 'Sri Lanka, and a \u201cPakistan Province\u201d',
        seconds: 50,
        notes: {
          say:
            'The article cites the 2019 Easter bombings in Sri Lanka as an example of the threat to Pakistan\u2019s neighbours. The record dates them to 21 April 2019. The toll was first reported as 359 and later revised to 253. The attacks were claimed by the Islamic State core group and carried out by a local network, NTJ; the article, too, says the Islamic State claimed them, not ISKP. On 15 May 2019, VOA reported that the Islamic State core group declared a separate Pakistan Province, distinct from ISKP.',
          stress: 'Sri Lanka: 253 killed after revision, claimed by the core group.',
          transition: 'Here is the network as it stood in May 2019.',
        },
      },
      {
        kind: 'diagram',
        id: 'network-2019',
        title: 'The network, May 2019',
        diagram: { kind: 'network', at: { year: 2019, month: 5, day: 31 }, previous: { year: 2015, month: 1, day: 31 } },
        caption: 'Ties dated up to 31 May 2019; ties new since January 2015 are marked.',
        seconds: 35,
        notes: {
          say:
            'By the end of May 2019 the network has one new tie, marked on the diagram: the Pakistan Province, declared by the Islamic State core group on 15 May 2019. ISKP remains the core group\u2019s Khorasan Province. From this point, three names can appear in claims about Pakistan: the core group, ISKP and the Pakistan Province. The rest of the talk keeps them apart in every claim.',
          stress: 'One new tie: the Pakistan Province, a province of the core group.',
          transition: 'The next year, 2020, has one context event, in Kabul.',
        },
      },
      {
        kind: 'year',
        id: '2020',
        year: 2020,
        heading: 'A gurdwara in Kabul',
        seconds: 35,
        notes: {
          say:
            'The article says nothing about 2020. The record has an attack in Kabul: on 25 March 2020, a gurdwara, a Sikh place of worship, was attacked and 25 people were killed. Press reports give the attack as ISKP\u2019s. It is shown here as context, so that the year is not left empty and so that ISKP\u2019s activity inside Afghanistan is visible before the events of 2021.',
          stress: '25 killed at a gurdwara in Kabul, attributed to ISKP.',
          transition: '2021 is the year the article treats as the turning point.',
        },
      },
    ],
  },
  {
    id: 'turning-point-2021',
    title: '2021: the turning point in Kabul',
    slides: [
      {
        kind: 'year',
        id: '2021',
        year: 2021,
        heading: 'Kabul: the airport and the withdrawal',
        seconds: 50,
        notes: {
          say:
            'Three events mark 2021. On 3 January, eleven Hazara coal miners were killed at Machh in Balochistan; the Islamic State claimed the killings. On 26 August, a bombing at Kabul airport killed 13 US service members and about 170 Afghans; press reports give it as ISKP\u2019s. On 30 August the US withdrawal from Kabul was complete. The article says the US left weapons behind and that the UN says ISKP uses them. The Department of Defense put the equipment left at about 7.12 billion dollars.',
          stress: 'About 7.12 billion dollars of US-funded equipment left behind.',
          transition: 'What the UN actually reports on those weapons comes up again shortly; first, 2022.',
        },
      },
    ],
  },
  {
    id: 'into-pakistan',
    title: '2022\u20132023: into Pakistan',
    slides: [
      {
        kind: 'year',
        id: '2022',
        year: 2022,
        heading: 'Peshawar, and claims in India',
        seconds: 50,
        notes: {
          say:
            'On 4 March 2022, a bombing at a Shia mosque in Peshawar killed 57 people by the first count and 63 later. It was claimed in the Islamic State\u2019s name and reported as ISKP\u2019s work. The article says attacks in the border regions rose 93 percent from 2022; no published source for that figure was found. In India, a car bomb near a temple in Coimbatore killed the bomber on 23 October, and a bomb in an autorickshaw injured two in Mangaluru on 19 November. The article says ISKP claimed both; in each case the claim came later.',
          stress: '93 percent is the article\u2019s figure; no published source matches it.',
          transition: '2023 is the year the article\u2019s warning rests on.',
        },
      },
      {
        kind: 'year',
        id: '2023',
        year: 2023,
        heading: 'Bajaur, Daraban, and the year\u2019s toll',
        seconds: 55,
        notes: {
          say:
            'In June 2023, Gujarat\u2019s anti-terrorism squad broke up an ISKP-linked module of five people in Porbandar and Surat; the article says five Indians tried to join the group in Afghanistan. On 30 July, a bombing in Khar, Bajaur, killed around 54 people, a toll later raised to 63. The Islamic State claimed it via Amaq, and it was reported as ISKP\u2019s attack. On 3 October, Pakistan ordered undocumented foreigners, mostly Afghans, to leave. On 12 December, 23 soldiers were killed at Daraban; Tehreek-e-Jihad Pakistan claimed the attack.',
          stress: 'Daraban was claimed by Tehreek-e-Jihad Pakistan, not by ISKP.',
          transition: 'The article also gives a total for the year.',
        },
      },
      {
        kind: 'diagram',
        id: 'toll-chart',
        title: '2023: the article\u2019s toll',
        diagram: { kind: 'toll', event: 'toll-2023' },
        caption:
          'The article: around 1,000 killed, 500 civilians and 500 officials. CRSS counts 1,524 deaths including militants, mostly in TTP and BLA violence; not an ISKP tally.',
        seconds: 45,
        notes: {
          say:
            'The article puts 2023 at dozens of attacks and around 1,000 people killed, 500 civilians and 500 officials, the highest toll in almost six years. The Center for Research and Security Studies, as reported by Dawn, counts 586 attacks and 1,524 deaths including militants, nearly 1,000 of them civilians and security personnel. Its figures describe violence mostly by the TTP and the BLA. They are not a count of ISKP attacks, although the article presents them next to the Islamic State warning.',
          stress: 'Around 1,000 killed, mostly in TTP and BLA violence: not an ISKP tally.',
          transition: 'The network at the end of 2023 shows who stands where.',
        },
      },
      {
        kind: 'diagram',
        id: 'network-2023',
        title: 'The network, December 2023',
        diagram: { kind: 'network', at: { year: 2023, month: 12, day: 31 }, previous: { year: 2019, month: 5, day: 31 } },
        caption: 'Ties up to 31 December 2023, including those the sources describe without a date; ties new since May 2019 are marked.',
        seconds: 40,
        notes: {
          say:
            'By the end of 2023 the network has new ties, marked on the diagram. Tehreek-e-Jihad Pakistan, described as linked to the TTP, attacked Pakistani soldiers at Daraban in December. The ties that the article describes without a date are also drawn here: the Afghan Taliban hunt ISKP fighters, ISKP and the TTP are rivals, and the TTP attacks the Pakistani state. These undated ties rest on the article alone.',
          stress: 'The Taliban hunt ISKP; ISKP and the TTP are rivals.',
          transition: 'Before the article\u2019s reasons, an overview of the whole decade.',
        },
      },
      {
        kind: 'diagram',
        id: 'timeline-2014-2018',
        title: '2014\u20132018 at a glance',
        diagram: { kind: 'timeline', from: 2014, to: 2018 },
        caption: 'Every dated event of the talk in these years; context events, from other reporting, are marked as such.',
        seconds: 15,
        notes: {
          say:
            'Two overviews close the chronology. This first one covers 2014 to 2018: the TTP pledges and the founding of the Khorasan Province, the 2016 peak, the Dhaka siege claimed by the Islamic State core group, and the Sehwan and Mastung bombings. Most of these middle years rest on context events from other reporting, not on the article.',
          stress: 'The middle years rest mostly on context events.',
          transition: 'The second overview covers 2019 to 2023.',
        },
      },
      {
        kind: 'diagram',
        id: 'timeline-2019-2023',
        title: '2019\u20132023 at a glance',
        diagram: { kind: 'timeline', from: 2019, to: 2023 },
        caption: 'Every dated event of the talk in these years; context events, from other reporting, are marked as such.',
        seconds: 15,
        notes: {
          say:
            'The second overview covers 2019 to 2023. The article\u2019s own claims cluster here: the withdrawal from Kabul, the two blasts in India, the 93 percent figure, and the events of 2023 in Pakistan. The Sri Lanka bombings are here too, claimed by the Islamic State core group, not by ISKP.',
          stress: 'The article\u2019s claims cluster at the end of the decade.',
          transition: 'Now the article\u2019s first reason why ISKP is turning to Pakistan.',
        },
      },
    ],
  },
  {
    id: 'why-pakistan',
    title: 'Why Pakistan',
    slides: [
      {
        kind: 'points',
        id: 'why-pakistan-afghanistan',
        title: 'Reason one: pressure in Afghanistan',
        points: [
          { kind: 'argument', argument: 'afghanistan-no-go-zone' },
          { kind: 'argument', argument: 'taliban-self-preservation' },
          { kind: 'argument', argument: 'iskp-fighters-moving-in' },
          { kind: 'event', event: 'us-withdrawal-weapons' },
        ],
        seconds: 45,
        notes: {
          say:
            'The author gives two reasons why ISKP is turning to Pakistan. The first is that Afghanistan is becoming a no-go zone for it. The author argues that the Taliban hunt ISKP fighters not because they have changed but out of self-preservation, since foreign forces could return if Afghanistan became a base for attacks. The author argues that ISKP fighters are therefore moving into Pakistan with weapons the US left in Kabul. On those weapons, the UN report relays statements by member states that they reached ISKP through the TTP.',
          stress: 'Self-preservation as the Taliban\u2019s motive is the author\u2019s reading.',
          transition: 'The second reason concerns Pakistan itself.',
        },
      },
      {
        kind: 'points',
        id: 'why-pakistan-reluctance',
        title: 'Reason two: reluctance to hit back',
        points: [
          { kind: 'argument', argument: 'reluctance-to-hit-back' },
          { kind: 'event', event: 'attacks-up-93-percent' },
          { kind: 'event', event: 'daraban-2023' },
        ],
        seconds: 45,
        notes: {
          say:
            'The author\u2019s second reason is Pakistan\u2019s reluctance to hit back. The article supports it with two figures: attacks in the border regions up 93 percent since 2022, and 23 soldiers killed in one suicide bombing in Khyber Pakhtunkhwa. The nearest published figures are from PIPS, in May 2023: 92 percent more attacks in Khyber Pakhtunkhwa and 81 percent more in Balochistan in the 21 months after the Taliban takeover. The bombing that killed 23 soldiers was claimed by Tehreek-e-Jihad Pakistan; the article names no perpetrator.',
          stress: 'The 23 soldiers: an attack claimed by Tehreek-e-Jihad Pakistan.',
          transition: 'Next, the choices the author says Pakistan has made.',
        },
      },
    ],
  },
  {
    id: 'pakistans-choices',
    title: 'Pakistan\u2019s choices',
    slides: [
      {
        kind: 'diagram',
        id: 'good-bad-terrorism',
        title: 'The \u201cgood and bad terrorism\u201d trap',
        diagram: { kind: 'rivalries', state: 'pakistan-state', argument: 'good-bad-terrorism-trap' },
        caption: 'The author argues that acting against the TTP helps ISKP, and acting against ISKP helps the TTP.',
        seconds: 45,
        notes: {
          say:
            'This diagram shows the rivalries around the Pakistani state. The author argues that the army distinguishes good from bad terrorism, and that this leaves Pakistan in a trap: a crackdown on the TTP helps ISKP, and a crackdown on ISKP helps the TTP, because the two groups are rivals. The phrase good and bad terrorism is the author\u2019s characterisation of army policy. The author also argues that Pakistan spent years choosing which militants to support.',
          stress: '\u201cGood and bad terrorism\u201d is the author\u2019s characterisation, not a quoted policy.',
          transition: 'What the army has done instead, the article says, is fence and deport.',
        },
      },
      {
        kind: 'points',
        id: 'fence-and-deport',
        title: 'Fencing and deportation',
        points: [
          { kind: 'event', event: 'afghan-border-fencing' },
          { kind: 'event', event: 'deportation-order-2023' },
          { kind: 'argument', argument: 'choosing-which-terrorists' },
        ],
        seconds: 45,
        notes: {
          say:
            'The article says the army chose other tactics than hitting back: fencing the Afghan border and deporting Afghans. The fencing began in 2017; Dawn reports the fence of about 2,600 kilometres was 88 percent done by mid-2021 and largely complete by January 2024. On deportations, the article says millions. The record is smaller. On 3 October 2023 Pakistan ordered undocumented foreigners, mostly Afghans, to leave by 1 November. The order targeted 1.73 million people, and 541,210 had returned by 2 January 2024, according to Pakistan Today.',
          stress: '541,210 returned by 2 January 2024, not millions.',
          transition: 'From Pakistan\u2019s choices to how the region and the West see ISKP.',
        },
      },
    ],
  },
  {
    id: 'region-and-west',
    title: 'The region and the West',
    slides: [
      {
        kind: 'diagram',
        id: 'regional-reach',
        title: 'Regional reach',
        diagram: { kind: 'reach', group: 'iskp', home: ['Afghanistan', 'Pakistan'] },
        caption:
          'ISKP in India: claims for two bombings in 2022 and a module broken up in 2023. The Sri Lanka bombings of 2019 and the Dhaka attack of 2016 were claimed by the Islamic State core group, not by ISKP.',
        seconds: 45,
        notes: {
          say:
            'The article widens the view to Pakistan\u2019s neighbours. In India, ISKP claimed the Coimbatore and Mangaluru bombings of 2022, and an ISKP-linked module was broken up in Gujarat in 2023. The article also cites the 2019 Easter bombings in Sri Lanka and the 2016 attack in Dhaka. Both were claimed by the Islamic State core group, not by ISKP, and the diagram shows them apart. The author argues that the problem affects the whole region.',
          stress: 'India: ISKP claims. Sri Lanka and Dhaka: the Islamic State core group.',
          transition: 'And how does the West see it, according to the author?',
        },
      },
      {
        kind: 'points',
        id: 'the-west',
        title: 'The West and the neighbourhood',
        points: [
          { kind: 'argument', argument: 'west-in-a-bind' },
          {
            kind: 'statement',
            text: 'The article contrasts the TTP\u2019s national aims with the Islamic State\u2019s global ambitions, which include targets in the West.',
            source: {
              source: ARTICLE,
              excerpt: 'But the Islamic State is a different ballgame. It has global ambitions that target the West.',
              verbatim: true,
            },
          },
          { kind: 'event', event: 'gujarat-module-2023' },
          { kind: 'argument', argument: 'regional-problem' },
        ],
        seconds: 35,
        notes: {
          say:
            'The author argues that the West is caught in a bind. In the author\u2019s reading, Washington sees the TTP as a group whose ambitions stop at Pakistan\u2019s borders. The Islamic State is different: it has global ambitions that include the West, so the rise of ISKP will worry Western governments. The author also argues that the threat is regional, pointing to the five Indians who, according to the article, tried to join ISKP in Afghanistan.',
          stress: 'The TTP\u2019s national aims against the Islamic State\u2019s global aims.',
          transition: 'That leads to the author\u2019s conclusion.',
        },
      },
    ],
  },
  {
    id: 'conclusion',
    title: 'The author\u2019s conclusion',
    slides: [
      {
        kind: 'points',
        id: 'authors-conclusion',
        title: 'The author\u2019s conclusion',
        points: [
          { kind: 'argument', argument: 'army-busy-elsewhere' },
          { kind: 'argument', argument: 'choosing-which-terrorists' },
          { kind: 'argument', argument: 'good-bad-terrorism-trap' },
          { kind: 'argument', argument: 'right-intentions' },
        ],
        seconds: 45,
        notes: {
          say:
            'The article ends with the author\u2019s judgements, and they are shown here as the author\u2019s. The author argues that the army has been busy with politics, naming the jailing of opposition leaders, the return of exiled politicians and the rigging of elections. The author argues that Pakistan spent years choosing which militants to support, and that this is now rebounding on it. Finally, the author argues that Pakistan could end the threat with the right intentions, but doubts that it has them. These are opinions, not findings of this talk.',
          stress: 'These are the author\u2019s opinions, not established facts.',
          transition: 'What does other reporting add to the article\u2019s account?',
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
        title: 'What the record adds',
        seconds: 50,
        notes: {
          say:
            'This slide collects the points where other reporting differs from the article. Deportations: 541,210 people had returned by 2 January 2024, of 1.73 million targeted, not millions. The 93 percent rise: no source was found; PIPS reported 92 percent in Khyber Pakhtunkhwa and 81 percent in Balochistan. The 2023 toll: a CRSS count of mostly TTP and BLA violence, not an ISKP tally. Bajaur: the target was a convention of the JUI-F, a Sunni religious party, and the toll rose to 63. The 23 soldiers: claimed by Tehreek-e-Jihad Pakistan.',
          stress: 'Five points where the record differs; the article\u2019s other dated claims are confirmed.',
          transition: 'Every figure in this talk can be traced on the next slide.',
        },
      },
    ],
  },
  {
    id: 'sources-and-close',
    title: 'Sources',
    slides: [
      {
        kind: 'sources',
        id: 'sources',
        title: 'Sources',
        seconds: 25,
        notes: {
          say:
            'Here are the sources: the Firstpost opinion piece, and the reporting, official records and research used to check it. Where the title of a report is not known, its entry gives a description in square brackets instead of a title. Each fact on the earlier slides links to its entry here, so every figure can be traced.',
          stress: 'One opinion piece; every other source is reporting, an official record or research.',
          transition: 'To close, three points to take away.',
        },
      },
      {
        kind: 'closing',
        id: 'closing',
        title: 'Three points to take away',
        points: [
          {
            kind: 'statement',
            text: 'ISKP, the Islamic State core group and the IS \u201cPakistan Province\u201d are distinct; their claims are not interchangeable.',
            source: { source: 'voa-2019-05-pakistan-province', excerpt: 'On 15 May 2019 the Islamic State declared a separate Pakistan Province, distinct from its Khorasan Province.', verbatim: false },
          },
          {
            kind: 'statement',
            text: 'Pakistan\u2019s 2023 toll was mostly TTP and BLA violence; it is not an ISKP tally.',
            source: { source: 'crss-2023-annual', excerpt: 'CRSS counted 586 attacks and 1,524 deaths in 2023, mostly in TTP and BLA violence.', verbatim: false },
          },
          {
            kind: 'statement',
            text: 'The article\u2019s opinions are the author\u2019s; its figures are shown with their hedges and checked against the record.',
            source: { source: ARTICLE, excerpt: 'Views expressed in the above piece are personal and solely that of the author.', verbatim: true },
          },
        ],
        seconds: 25,
        notes: {
          say:
            'Three points to take away. First, ISKP, the Islamic State core group and the Islamic State\u2019s Pakistan Province are different entities, and their claims should not be merged. Second, most of Pakistan\u2019s 2023 toll came from TTP and BLA violence. Third, the article\u2019s opinions are the author\u2019s, and its figures are best read next to the record. Thank you.',
          stress: 'Keep the Islamic State core group, ISKP and the Pakistan Province apart.',
          transition: 'Thank you; I am happy to take questions.',
        },
      },
    ],
  },
];
