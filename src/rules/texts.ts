import { notesTexts, type SlideText } from '../deck/slide-kind.ts';
import { statementsOf, textsOf } from '../deck/specs.ts';
import {
  LIMITS,
  MAX_DIFFERING_RECORDS,
  MAX_FIGURES_PER_EVENT,
  MAX_GROUPS_PER_SLIDE,
  MAX_POINTS_PER_SLIDE,
  MAX_RESPONSIBILITY_PARTS,
  type TextLimit,
} from '../model/lengths.ts';
import type { Talk } from '../model/types.ts';
import { citationsOf } from './references.ts';
import type { ContentRule, RuleContext } from './rule.ts';
import { isLanguageTag } from './well-formed.ts';

/** One text field of a talk: where it is, its value and its limit, and the object that holds it. */
export interface TextField {
  /** The item, as rules name it, e.g. "event 'harbour-fire-1907'". */
  readonly item: string;
  /** The field, e.g. "place.name". */
  readonly field: string;
  readonly limit: TextLimit;
  /** The object that holds the value and its key, so that tools (and tests) can rewrite every text of a talk. */
  readonly holder: object;
  readonly key: string | number;
  /** The value; undefined for an optional field left out. */
  readonly value: string | undefined;
}

type Entry = SlideText;

function field(item: string, [name, holder, key, limit]: Entry): TextField {
  const value = (holder as Record<string | number, unknown>)[key];
  return { item, field: name, limit, holder, key, value: typeof value === 'string' ? value : undefined };
}

/** Limit of a statement by the field it sits in: a point, a caption or the stress line of the notes. */
function statementLimit(name: string): TextLimit {
  if (name.endsWith('stress')) return LIMITS.notesStress;
  if (name === 'caption') return LIMITS.caption;
  return LIMITS.pointStatement;
}

/**
 * Every text an author writes in a talk, with its limit: names, titles, sentences,
 * notes, excerpts. Ids, references, addresses and the language tag are not text and
 * have their own rules. One walk serves the length rule and any tool that must reach
 * every text (tests fill them all with hostile or right-to-left text).
 */
export function* textFields(talk: Talk, slides: RuleContext['slides']): Generator<TextField> {
  yield field('talk', ['title', talk, 'title', LIMITS.talkTitle]);
  yield field('talk', ['subtitle', talk, 'subtitle', LIMITS.talkSubtitle]);
  yield field('talk', ['author', talk, 'author', LIMITS.talkAuthor]);
  for (const source of talk.sources) {
    const item = `source '${source.id}'`;
    yield field(item, ['publisher', source, 'publisher', LIMITS.publisher]);
    yield field(item, ['title', source, 'title', LIMITS.sourceTitle]);
    yield field(item, ['caveat', source, 'caveat', LIMITS.sourceCaveat]);
  }
  for (const credit of talk.credits ?? []) {
    yield field(`credit '${credit.id}'`, ['material', credit, 'material', LIMITS.creditMaterial]);
    for (const key of ['holder', 'licence'] as const)
      yield field(`credit '${credit.id}'`, [key, credit, key, LIMITS.creditPart]);
  }
  for (const group of talk.groups) {
    const item = `group '${group.id}'`;
    yield field(item, ['name', group, 'name', LIMITS.groupName]);
    yield field(item, ['shortName', group, 'shortName', LIMITS.shortName]);
    yield field(item, ['aim', group, 'aim', LIMITS.groupAim]);
    yield field(item, ['summary', group, 'summary', LIMITS.groupSummary]);
    for (const [index] of group.aliases.entries())
      yield field(item, [`aliases[${index}]`, group.aliases, index, LIMITS.alias]);
  }
  for (const outlet of talk.outlets ?? []) {
    const item = `outlet '${outlet.id}'`;
    yield field(item, ['name', outlet, 'name', LIMITS.outletName]);
    yield field(item, ['shortName', outlet, 'shortName', LIMITS.outletShortName]);
    yield field(item, ['description', outlet, 'description', LIMITS.outletDescription]);
  }
  for (const naming of talk.claimNamings ?? [])
    yield field(`claim naming '${naming.id}'`, ['nameInClaims', naming, 'nameInClaims', LIMITS.nameInClaims]);
  for (const relation of talk.relations)
    yield field(`relation '${relation.id}'`, ['label', relation, 'label', LIMITS.relationLabel]);
  for (const event of talk.events) {
    const item = `event '${event.id}'`;
    yield field(item, ['title', event, 'title', LIMITS.eventTitle]);
    yield field(item, ['shortTitle', event, 'shortTitle', LIMITS.eventShortTitle]);
    if (event.place) {
      yield field(item, ['place.name', event.place, 'name', LIMITS.placePart]);
      yield field(item, ['place.region', event.place, 'region', LIMITS.optionalPlacePart]);
      yield field(item, ['place.country', event.place, 'country', LIMITS.placePart]);
    }
    for (const [index, figure] of event.figures.entries())
      yield field(item, [
        `figures[${index}].label`,
        figure,
        'label',
        figure.role === 'part' ? LIMITS.sliceLabel : LIMITS.figureLabel,
      ]);
    for (const [index, note] of event.record.entries()) {
      yield field(item, [`record[${index}].summary`, note, 'summary', LIMITS.recordSummary]);
      yield field(item, [`record[${index}].detail`, note, 'detail', LIMITS.recordDetail]);
    }
  }
  for (const argument of talk.arguments)
    yield field(`argument '${argument.id}'`, ['paraphrase', argument, 'paraphrase', LIMITS.argumentParaphrase]);
  for (const section of talk.sections)
    yield field(`section '${section.id}'`, ['title', section, 'title', LIMITS.sectionTitle]);
  for (const slide of slides) {
    const item = `slide '${slide.id}'`;
    for (const entry of [...textsOf(slide), ...notesTexts('notes', slide.notes)]) yield field(item, entry);
    for (const { field: name, statement } of statementsOf(slide))
      yield field(item, [`${name}.text`, statement, 'text', statementLimit(name)]);
  }
  for (const { item, field: name, citation } of citationsOf(talk, slides))
    yield field(item, [`${name}.excerpt`, citation, 'excerpt', LIMITS.excerpt]);
}

/** What is wrong with a text against its limit, or null. */
export function textProblem(value: string | undefined, limit: TextLimit): string | null {
  if (value === undefined) return limit.required ? `is missing; it shows in ${limit.shows}` : null;
  if (typeof value !== 'string') return 'is not text';
  if (value.trim() === '')
    return limit.required ? `is empty; it shows in ${limit.shows}` : 'is blank; leave it out instead';
  if (value.length > limit.max)
    return `has ${value.length} characters; at most ${limit.max} fit ${limit.shows} (limit in src/model/lengths.ts)`;
  return null;
}

/**
 * Every text field is present where required, not blank, and no longer than fits where
 * it shows (limits in `lengths.ts`); the talk's language is a real language tag.
 */
const texts: ContentRule = {
  name: 'text-fields',
  check({ talk, slides, report }) {
    if (!isLanguageTag(talk.lang))
      report('talk', 'lang', `'${talk.lang}' is not a language tag; use a BCP 47 tag such as 'en' or 'fr'`);
    for (const text of textFields(talk, slides)) {
      const problem = textProblem(text.value, text.limit);
      if (problem) report(text.item, text.field, problem);
    }
  },
};

/** Lists a slide shows in full: more items than fit would run off the slide. */
const listLengths: ContentRule = {
  name: 'list-lengths',
  check({ talk, slides, report }) {
    const atMost = (count: number, max: number, item: string, field: string, what: string): void => {
      if (count > max)
        report(item, field, `has ${count} ${what}; at most ${max} fit on a slide (src/model/lengths.ts)`);
    };
    for (const slide of slides) {
      const item = `slide '${slide.id}'`;
      if (slide.kind === 'groups') atMost(slide.groups.length, MAX_GROUPS_PER_SLIDE, item, 'groups', 'groups');
      if (slide.kind === 'points' || slide.kind === 'closing')
        atMost(slide.points.length, MAX_POINTS_PER_SLIDE, item, 'points', 'points');
    }
    for (const event of talk.events) {
      const item = `event '${event.id}'`;
      atMost(event.figures.length, MAX_FIGURES_PER_EVENT, item, 'figures', 'figures');
      const parts = (event.responsibility?.claims.length ?? 0) + (event.responsibility?.attributions?.length ?? 0);
      atMost(parts, MAX_RESPONSIBILITY_PARTS, item, 'responsibility', 'claims and attributions');
      const differing = event.record.filter((note) => note.differs).length;
      atMost(differing, MAX_DIFFERING_RECORDS, item, 'record', 'record notes that differ');
    }
  },
};

/** Rules on texts and lists: each fits where it shows. */
export const TEXT_RULES: readonly ContentRule[] = [texts, listLengths];
