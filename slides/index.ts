import type { Talk } from '../src/schema.ts';
import { authorArguments } from './arguments.ts';
import { withFortyMinutes } from './cut40.ts';
import { CUTS } from './cuts.ts';
import { events } from './events.ts';
import { claimNamings, groups, outlets } from './groups.ts';
import { relations } from './relations.ts';
import { ARTICLE, credits, sources } from './sources.ts';
import { sections } from './talk.ts';

export const talk: Talk = {
  title: 'Islamic State Khorasan in Pakistan, 2014–2023',
  subtitle: 'What a January 2024 opinion piece claims, and what the record adds',
  author: 'A talk built on a Firstpost opinion piece, checked against published reporting',
  lang: 'en-GB',
  // A claim whose name its source leaves out is, in this talk, always the Islamic State's: the name missing is a province's.
  words: {
    claims: {
      nameNotStated: (outlet, when) =>
        `claimed${outlet ? ` ${outlet}` : ''}${when ? ` (claim of ${when})` : ''}; the source does not say in which province’s name`,
    },
  },
  durationMinutes: 20,
  cuts: CUTS,
  mainSource: ARTICLE,
  period: { from: 2014, to: 2023 },
  sources,
  credits,
  abbreviations: {
    ISKP: 'Islamic State Khorasan Province',
    TTP: 'Tehreek-e-Taliban Pakistan',
    TJP: 'Tehreek-e-Jihad Pakistan',
    'JUI-F': 'Jamiat Ulema-e-Islam (Fazl)',
    CRSS: 'Center for Research and Security Studies',
    BLA: 'Balochistan Liberation Army',
    NTJ: 'National Thowheeth Jama’ath',
    US: 'United States',
    UN: 'United Nations',
  },
  groups,
  outlets,
  claimNamings,
  relations,
  events,
  arguments: authorArguments,
  sections: withFortyMinutes(sections),
};
