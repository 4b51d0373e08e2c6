import type { Talk } from '../src/model/types.ts';
import { authorArguments } from './arguments.ts';
import { events } from './events.ts';
import { groups } from './groups.ts';
import { relations } from './relations.ts';
import { ARTICLE, sources } from './sources.ts';
import { sections } from './talk.ts';

export const talk: Talk = {
  title: 'Islamic State Khorasan in Pakistan, 2014–2023',
  subtitle: 'What a January 2024 opinion piece claims, and what the record adds',
  lang: 'en',
  durationMinutes: 20,
  mainSource: ARTICLE,
  period: { from: 2014, to: 2023 },
  sources,
  groups,
  relations,
  events,
  arguments: authorArguments,
  sections,
};
