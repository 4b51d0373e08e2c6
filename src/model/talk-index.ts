import { type Formats, formatsFor } from '../words/formats.ts';
import { type Words, wordsFor } from '../words/index.ts';
import { isWithin } from './dates.ts';
import { claimOrganisation } from './responsibility.ts';
import type {
  AuthorArgument,
  Claim,
  ClaimNaming,
  Group,
  Outlet,
  Relation,
  SlideSpec,
  Source,
  Talk,
  TimelineEvent,
} from './types.ts';

/** A talk with everything looked up by id, its words and formats: built once, after validation. */
export interface TalkIndex {
  readonly talk: Talk;
  /** The interface words in the talk's language, with its overrides. */
  readonly words: Words;
  /** Dates and numbers in the talk's language. */
  readonly formats: Formats;
  /** Every slide, in order. */
  readonly slides: readonly SlideSpec[];
  source(id: string): Source;
  /** The source's number on the Sources slides and in footnote markers (1-based). */
  sourceNumber(id: string): number;
  group(id: string): Group;
  relation(id: string): Relation;
  event(id: string): TimelineEvent;
  argument(id: string): AuthorArgument;
  outlet(id: string): Outlet;
  /** The naming period a claim falls in, when it was made in an organisation's own name or through its outlet in a name not stated; undefined otherwise. */
  namingOf(event: TimelineEvent, claim: Claim): ClaimNaming | undefined;
}

/** Thrown when the engine meets an id validation should have refused: a bug, not a content error. */
export class UnvalidatedTalkError extends Error {
  constructor(kind: string, id: string) {
    super(`Unknown ${kind} '${id}': the talk must pass validateTalk() before it is indexed and rendered.`);
    this.name = 'UnvalidatedTalkError';
  }
}

/** Maps a collection by id. */
export function byId<T extends { readonly id: string }>(items: readonly T[] = []): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function lookup<T>(map: ReadonlyMap<string, T>, kind: string): (id: string) => T {
  return (id) => {
    const found = map.get(id);
    if (found === undefined) throw new UnvalidatedTalkError(kind, id);
    return found;
  };
}

/** All slides of a talk, in order. */
export function allSlides(talk: Talk): SlideSpec[] {
  return talk.sections.flatMap((section) => section.slides);
}

/** Indexes a validated talk. */
export function indexTalk(talk: Talk): TalkIndex {
  const words = wordsFor(talk.lang, talk.words);
  const numbers = new Map(talk.sources.map((source, index) => [source.id, index + 1]));
  const namings = talk.claimNamings ?? [];
  const outlets = byId(talk.outlets);
  return {
    talk,
    words,
    formats: formatsFor(talk.lang, words),
    slides: allSlides(talk),
    source: lookup(byId(talk.sources), 'source'),
    sourceNumber: lookup(numbers, 'source'),
    group: lookup(byId(talk.groups), 'group'),
    relation: lookup(byId(talk.relations), 'relation'),
    event: lookup(byId(talk.events), 'event'),
    argument: lookup(byId(talk.arguments), 'argument'),
    outlet: lookup(byId(talk.outlets), 'outlet'),
    namingOf: (event, claim) => namingOf(namings, event, claim, outlets),
  };
}

/** The naming period that covers a claim of an organisation (in its own name, or in a name not stated), for an event in that country and time. */
export function namingOf(
  namings: readonly ClaimNaming[],
  event: TimelineEvent,
  claim: Claim,
  outlets: ReadonlyMap<string, Outlet>,
): ClaimNaming | undefined {
  const organisation = claimOrganisation(claim, outlets);
  return namings.find(
    (naming) =>
      naming.organisation === organisation &&
      event.place?.country === naming.country &&
      isWithin(event.date, naming.from, naming.until),
  );
}
