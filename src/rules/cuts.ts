import { cutsOf, defaultCut } from '../model/cuts.ts';
import type { FurtherPage, InCuts, PerCut, SlideSpec, Talk } from '../model/types.ts';
import type { ContentRule, RuleContext } from './rule.ts';

/**
 * Rules on the cuts themselves, checked on the talk as written (every other rule runs on each
 * cut, see `validateTalk`): the cuts are well declared, every item names only declared cuts,
 * and a short cut's notes only shorten the full ones.
 */

/** A cut id, as it appears on the command line and in output names. */
const CUT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every item that may say `cuts` or `perCut`, with its name for messages. */
function* itemsWithCuts(talk: Talk): Generator<{ item: string; field: string; value: InCuts & PerCut }> {
  for (const section of talk.sections) {
    yield { item: `section '${section.id}'`, field: 'cuts', value: section };
    for (const slide of section.slides) {
      for (const page of timedPages(slide)) yield { item: `slide '${slide.id}'`, field: page.field, value: page.page };
    }
  }
  for (const event of talk.events) yield { item: `event '${event.id}'`, field: 'cuts', value: event };
}

/** A slide and its further pages, each with the prefix of its fields (`continued[0].`). */
function timedPages(slide: SlideSpec): Array<{ field: string; page: FurtherPage }> {
  const own = [{ field: '', page: slide }];
  if (!('continued' in slide) || slide.continued === undefined) return own;
  const further: FurtherPage | readonly FurtherPage[] = slide.continued;
  const list = Array.isArray(further) ? further : [further];
  return [
    ...own,
    ...list.map((page, index) => ({ field: Array.isArray(further) ? `continued[${index}].` : 'continued.', page })),
  ];
}

function checkDeclaration(context: RuleContext): void {
  const { talk, report } = context;
  if (talk.cuts === undefined) return;
  const seen = new Set<string>();
  for (const [index, cut] of talk.cuts.all.entries()) {
    if (!CUT_ID.test(cut.id))
      report(
        'talk',
        `cuts.all[${index}].id`,
        `'${cut.id}' is not a cut id; use lowercase letters, digits and hyphens, e.g. '10'`,
      );
    if (seen.has(cut.id))
      report('talk', `cuts.all[${index}].id`, `'${cut.id}' is given twice; give each cut its own id`);
    seen.add(cut.id);
    if (!(cut.minutes > 0))
      report('talk', `cuts.all[${index}].minutes`, `cut '${cut.id}' needs a positive length in minutes`);
  }
  const chosen = defaultCut(talk);
  if (chosen === undefined)
    report(
      'talk',
      'cuts.default',
      `'${talk.cuts.default}' is not one of the cuts; name one of ${[...seen].join(', ')}`,
    );
  else if (chosen.minutes !== talk.durationMinutes)
    report(
      'talk',
      'durationMinutes',
      `is ${talk.durationMinutes}, but the default cut '${chosen.id}' lasts ${chosen.minutes} minutes; make them the same`,
    );
}

function checkReferences(context: RuleContext): void {
  const known = new Set(cutsOf(context.talk).map((cut) => cut.id));
  const fix =
    known.size === 0 ? "declare the talk's `cuts` first" : `use one of ${[...known].map((id) => `'${id}'`).join(', ')}`;
  for (const { item, field, value } of itemsWithCuts(context.talk)) {
    const prefix = field === 'cuts' ? '' : field;
    for (const cut of value.cuts ?? [])
      if (!known.has(cut))
        context.report(item, `${prefix}cuts`, `names cut '${cut}', which the talk does not declare; ${fix}`);
    if (value.cuts?.length === 0)
      context.report(item, `${prefix}cuts`, 'is empty, so it shows in no cut; remove the item or name its cuts');
    for (const cut of Object.keys(value.perCut ?? {}))
      if (!known.has(cut))
        context.report(
          item,
          `${prefix}perCut`,
          `gives timings for cut '${cut}', which the talk does not declare; ${fix}`,
        );
  }
}

const declared: ContentRule = {
  name: 'cuts-declared',
  check(context) {
    checkDeclaration(context);
    checkReferences(context);
  },
};

/** Words as a speaker says them, for comparing two wordings: lowercase, no punctuation around them. */
function spokenWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** The first word of `short` that `full` does not hold in that order, or null when `short` only leaves words out. */
function firstAddedWord(full: string, short: string): string | null {
  const words = spokenWords(full);
  let at = 0;
  for (const word of spokenWords(short)) {
    while (at < words.length && words[at] !== word) at += 1;
    if (at === words.length) return word;
    at += 1;
  }
  return null;
}

/**
 * In a cut shorter than the default, a `say` that differs only leaves words out of the slide's
 * own (in order, its further pages' after its first): a short cut never says a fact, or moves a hedge into a new sentence, that the
 * full talk, checked against its sources, does not say. The transition may be rewritten: it
 * bridges to whatever slide follows in that cut.
 */
const notesShorten: ContentRule = {
  name: 'cut-notes-shorten',
  check({ talk, report }) {
    const full = defaultCut(talk);
    if (full === undefined) return;
    const shorter = new Set(
      cutsOf(talk)
        .filter((cut) => cut.minutes < full.minutes)
        .map((cut) => cut.id),
    );
    for (const slide of talk.sections.flatMap((section) => section.slides)) {
      const pages = timedPages(slide);
      // A cut that folds a year's further pages into its first draws on the words of all of them.
      const fullSay = pages.map(({ page }) => page.notes.say).join(' ');
      for (const { field, page } of pages) {
        for (const [cut, timing] of Object.entries(page.perCut ?? {})) {
          if (!shorter.has(cut)) continue;
          const text = timing.notes?.say;
          const added = text === undefined ? null : firstAddedWord(fullSay, text);
          if (added !== null)
            report(
              `slide '${slide.id}'`,
              `${field}perCut['${cut}'].notes.say`,
              `says '${added}', which the full notes do not say at that point; a shorter cut only leaves words out of the slide's own notes`,
            );
        }
      }
    }
  },
};

/** Rules on the written talk's cuts; `validateTalk` runs them once, before every other rule runs on each cut. */
export const CUT_RULES: readonly ContentRule[] = [declared, notesShorten];
