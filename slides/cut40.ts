import type { FurtherPage, Section, SlideSpec } from '../src/schema.ts';

/**
 * The 40-minute cut says each slide's full notes and then more: what the 20 leaves to the
 * handout under "On the page" (claim chains, later counts, the record's details, the group
 * profiles, the author's own words), turned into speech. Every sentence here restates what
 * the talk's data already says with its source, or what the fact-check gives with a source the
 * talk lists; none adds a fact. Seconds are the page's time in the 40, set so that the longer
 * notes stay within the speaking-rate band.
 */
interface Longer {
  readonly seconds: number;
  /** Said after the page's own notes. */
  readonly more: string;
}

/**
 * By page id: a slide's own id, or `<slide>-2` for a year's second page. 2021 has none: its
 * handout page is full with the 20's notes, its record and its claims, so the 40 says the 20's
 * notes there in the 20's time, and the airport's two wordings of its toll go to the map.
 */
export const FORTY_MINUTES: Readonly<Record<string, Longer>> = {
  title: {
    seconds: 51,
    more: 'In this longer version there is time for what the shorter talk leaves to the handout: the events that other reporting adds, the groups behind each claim, and the record in full.',
  },
  'the-warning': {
    seconds: 74,
    more: 'The article reads this reply as a warning that the Islamic State is trying to establish a foothold in Pakistan. It sets ISKP apart from the core group, the Islamic State that operated in Iraq and Syria. Keep that distinction in mind: it matters for every claim that follows.',
  },
  'who-is-who': {
    seconds: 107,
    more: 'Smaller groups appear in single claims, and each is named where its claim falls. Two are factions of the Pakistani Taliban: Jamaat-ul-Ahrar, and the Hakimullah Mehsud faction, whose emailed claim could not be authenticated. Two are banned sectarian groups: Lashkar-e-Jhangvi, and Lashkar-e-Jhangvi al-Alami, which officials blamed for the Quetta police college attack. Beyond Pakistan, Bangladesh’s government blamed Jama’atul Mujahideen Bangladesh for the Dhaka café siege; a local network, National Thowheeth Jama’ath, carried out the Easter bombings in Sri Lanka; and an unknown outfit, the Islamic Resistance Council, claimed the Mangaluru bomb first. Two outlets publish claims and make none: Amaq, the Islamic State’s propaganda outlet, and Voice of Khurasan, ISKP’s English-language propaganda magazine.',
  },
  '2014': {
    seconds: 73,
    more: 'One of the six matters for what follows. Hafiz Saeed Khan was then the TTP’s chief in Orakzai, and three months later the Islamic State named him the governor of its new province. The article’s own account gives the breakaway no exact date: it speaks of members of the Afghan Taliban and the TTP, between 2014 and 2015.',
  },
  '2015': {
    seconds: 57,
    more: 'Jamestown also names the governor’s deputy, Abdul Rauf Khadim. Note the two dates: the announcement came in January, and the report that carries it in April. Against the article’s word, links, the record holds a province announced by the Islamic State’s own spokesman, for Afghanistan and Pakistan.',
  },
  'how-iskp-formed': {
    seconds: 56,
    more: 'Read the diagram in time. The pledge of October 2014 is the first dated step, and the announcement of January 2015 the second. The article gives the breakaway no date of its own, only the span from 2014 to 2015.',
  },
  'network-2015': {
    seconds: 57,
    more: 'Two names are still missing from this picture. The Pakistan Province does not exist yet; it is announced in 2019. Tehreek-e-Jihad Pakistan appears only in 2023. And until May 2019, one report notes, the Islamic State’s attacks in Pakistan were claimed in the name of its Khorasan Province.',
  },
  '2016': {
    seconds: 80,
    more: 'The article’s some 3,000 is the top of that general’s range. The café in Dhaka was the Holey Artisan Bakery. The Islamic State claimed the siege through Amaq, while Bangladesh’s home minister blamed a banned local group, Jama’atul Mujahideen Bangladesh: the claim and the government’s attribution differ. The strike that killed Hafiz Saeed Khan hit Achin district, in Nangarhar, in Afghanistan.',
  },
  '2016-2': {
    seconds: 89,
    more: 'For the Islamic State’s claim at the Civil Hospital, the source does not say in which province’s name; at the time, its attacks in Pakistan were claimed as its Khorasan Province. At the police college, the Frontier Corps chief said the attackers were affiliated with Lashkar-e-Jhangvi al-Alami, while Daily Times reports that Lashkar-e-Jhangvi claimed it, beside the Islamic State. The Shah Noorani shrine lies in Khuzdar district, in Balochistan, and that claim too came through Amaq.',
  },
  '2017': {
    seconds: 98,
    more: 'The two Sehwan counts come from different reports: the first from The Express Tribune on the day, the later one from Dunya News the next day. For the convoy in Mastung, the source does not say in which province’s name the Islamic State claimed it; at the time, its attacks in Pakistan were claimed as its Khorasan Province. On the fence, more than 90 per cent was done by August 2021, and in January 2024 the Interior Ministry told the Senate it had largely been completed.',
  },
  '2018': {
    seconds: 56,
    more: 'The first count is Dawn’s, on the day of the bombing; the later one is The News’s, three days on. Mastung, in Balochistan, returns four times in this talk: a convoy in 2017, this rally, a police killing in 2019, and a procession in 2023.',
  },
  '2019': {
    seconds: 94,
    more: 'For the market bombing, which targeted Hazara Shias, the source does not say in which province’s name the Islamic State claimed it; at the time, its attacks in Pakistan were still claimed as its Khorasan Province. Sri Lanka was claimed by the Islamic State through Amaq, and the journal of the Combating Terrorism Center at West Point attributes the bombings to the local network. Voice of America reported the new province the same day, from claims published through Amaq.',
  },
  'network-2019': {
    seconds: 43,
    more: 'The Pakistan Province is drawn beside the Khorasan Province, not inside it: a province for Pakistan alone, announced in claims the Islamic State published in mid-May. Voice of America reports that the new divisions formerly fell under the Khorasan Province.',
  },
  '2020': {
    seconds: 63,
    more: 'For the gurdwara, the source does not say in which province’s name the Islamic State claimed the attack; the attribution to ISKP is Voice of America’s. So within a few months, ISKP lost a Pakistani leader to arrest and was given a new one.',
  },
  '2022': {
    seconds: 87,
    more: 'The nearest published figures are the Pak Institute for Peace Studies’ of May 2023, counted from the fall of Kabul: attacks up 73 percent nationwide, 92 percent in Khyber Pakhtunkhwa and 81 percent in Balochistan. For the mosque, the later count is The Express Tribune’s. The two Sikh traders were shot at Sarband. In Coimbatore the bomber was killed, Hindustan Times reports, and the magazine was Voice of Khurasan.',
  },
  '2022-2': {
    seconds: 53,
    more: 'The first claim came five days after the blast, from a group calling itself the Islamic Resistance Council; Indian reporting at the time said that police were verifying it. ISKP’s claim came more than three months after the blast, in the same issue of its magazine as Coimbatore.',
  },
  '2023': {
    seconds: 62,
    more: 'The Foreign Office calls Tehreek-e-Jihad Pakistan affiliated with the TTP. In Gujarat the Anti-Terrorism Squad arrested four of the five, in Porbandar and Surat, and one was at large; those held at Porbandar planned to reach Afghanistan through Iran. At Bajaur the bomb hit a workers’ convention in Khar; the toll rose to 63 by early August.',
  },
  '2023-2': {
    seconds: 72,
    more: 'The procession’s toll later rose to 60, and the TTP denied a part in the bombing. The order gave undocumented foreigners until the first of November to leave; the Interior Ministry counted around 1.7 million of them. At Daraban a vehicle bomb and suicide attackers struck a checkpost in Dera Ismail Khan.',
  },
  'toll-chart': {
    seconds: 86,
    more: 'In detail, about 65 percent of the deaths came from terrorism and 35 percent from security operations. CRSS gives 789 incidents in all, yet its 586 terror attacks and 197 counter-terror operations add up to 783: the difference is in the report itself. The count covers all violence, whoever carried it out. The Center released its annual report on the last day of 2023, and Dawn reported it on the first day of 2024.',
  },
  'network-2023': {
    seconds: 55,
    more: 'Set beside January 2015, the network has two new members: the Pakistan Province, from May 2019, and Tehreek-e-Jihad Pakistan, which announced itself in February 2023. Its tie to the TTP is the Foreign Office’s; the rivalries are the article’s.',
  },
  'timeline-2014-2018': {
    seconds: 30,
    more: 'Around them, other reporting adds the pledge, the announcement, the governor’s death, two attacks in Quetta, two shrine bombings, and two bombings in Mastung.',
  },
  'timeline-2019-2023': {
    seconds: 35,
    more: 'Around them, other reporting adds the Quetta market, the Pakistan Province, the gurdwara and the airport in Kabul, the killings of Sikhs in Peshawar, the Peshawar mosque, the embassy, the Mastung procession, and the claimant at Daraban.',
  },
  'where-attacks-happened': {
    seconds: 84,
    more: 'On the airport, more than 170 is the Associated Press’s wording; General McKenzie gave at least 170. Some places return. Quetta comes back four times in this talk: two attacks in 2016, then the market bombing and a shooting in 2019. Peshawar has three: the Sikh herbalist, the mosque and the two traders. Kabul has three as well: the gurdwara, the airport and Pakistan’s embassy.',
  },
  'why-pakistan-afghanistan': {
    seconds: 94,
    more: 'In the author’s words, if Afghanistan becomes a terror launchpad, foreign forces could return and the Taliban may be toppled again, so it is all about self-preservation. On the equipment, a Defense Department spokesperson said that the figure was the Afghan forces’ equipment, not United States military equipment used by its own forces. The article speaks of hardware the United States abandoned.',
  },
  'why-pakistan-reluctance': {
    seconds: 79,
    more: 'The author argues that the army is almost hesitant to hit back at the groups that attack it. The Institute compares the 21 months after the fall of Kabul with the 21 months before; for the article’s own figure, a rise since 2022, no published source was found.',
  },
  'good-bad-terrorism': {
    seconds: 61,
    more: 'In the author’s words: according to the Pakistani army, there is good and bad terrorism; if they crack down on the TTP, it helps ISKP, and if they crack down on ISKP, it helps the TTP. The rivalry between the two is the article’s description.',
  },
  'fence-and-deport': {
    seconds: 59,
    more: 'The order came on 3 October 2023 and gave until the first of November. By the Interior Ministry’s own count to the Senate, the article’s deporting millions overstates what had happened. The article dates the fence from 2017 to 2023.',
  },
  'regional-reach': {
    seconds: 77,
    more: 'In detail: the Coimbatore bomb went off near a temple in October 2022, and the Mangaluru bomb injured two people in an autorickshaw that November. ISKP claimed both in one issue of Voice of Khurasan, which named Bangalore, not Mangaluru; Hindustan Times could not tell whether that was deliberate. In Gujarat, four of the five were arrested, in Porbandar and Surat. For Dhaka, Bangladesh’s government blamed a banned local group; in Sri Lanka, a local network carried out the bombings.',
  },
  'the-west': {
    seconds: 56,
    more: 'In the author’s words, the West is caught in a bind: they don’t care about the TTP, as far as Washington knows the TTP only has ambitions inside Pakistan. The author also argues that the threat affects the whole region, from India to Sri Lanka and Bangladesh.',
  },
  'authors-conclusion': {
    seconds: 61,
    more: 'In the author’s words: with the right intentions, Pakistan can end this threat, but the right intentions are not its strong suit. The author argues that the army has been occupied with domestic politics rather than with counter-terrorism, leaving militant groups a free run.',
  },
  record: {
    seconds: 102,
    more: 'The record in full. On the equipment, the Pentagon’s figure was the Afghan forces’ equipment, not that of United States forces, and the United Nations relays member states’ statements without a finding of its own. On the border figure, the nearest published rises are 92 percent in Khyber Pakhtunkhwa and 81 percent in Balochistan. On India, an unknown outfit had claimed the Mangaluru blast first. On the toll, only 17 percent of the year’s terror attacks were claimed. On the deportations, about half a million had been sent back by January, not millions. On Daraban, the article names no perpetrator, and ISKP did not claim it.',
  },
  closing: {
    seconds: 69,
    more: 'Where claims compete, as at the police college in Quetta, each is given with its claimant. Where a report says only that the Islamic State claimed an attack through Amaq, this talk says that the source does not say in which province’s name, rather than guess. And where a toll changed, both counts are given: the first and the later one.',
  },
};

/** A page with its 40-minute time and its notes said in full and then more. */
function longer<T extends FurtherPage>(page: T, id: string): T {
  const forty = FORTY_MINUTES[id];
  if (forty === undefined) return page;
  return {
    ...page,
    perCut: { ...page.perCut, '40': { seconds: forty.seconds, notes: { say: `${page.notes.say} ${forty.more}` } } },
  };
}

function longerSlide(slide: SlideSpec): SlideSpec {
  const own = longer(slide, slide.id);
  if (!('continued' in own) || !Array.isArray(own.continued)) return own;
  const pages: readonly FurtherPage[] = own.continued;
  // Further pages are named as the deck names them: the slide's id, then `-2`, `-3`.
  const continued = pages.map((page, at) => longer(page, `${slide.id}-${at + 2}`));
  return { ...own, continued } as SlideSpec;
}

/** The sections with each slide's 40-minute time and notes. */
export function withFortyMinutes(sections: readonly Section[]): readonly Section[] {
  return sections.map((section) => ({ ...section, slides: section.slides.map(longerSlide) }));
}
