import { spokenPages } from '../deck/specs.ts';
import { isYear, numbersIn } from './figures.ts';
import { type ContentRule, type RuleContext, wordCount } from './rule.ts';

/** The pace a speaker can hold and an audience follow, in words a minute. */
export const WORDS_PER_MINUTE = { min: 110, max: 150 } as const;

/** How many slides may say the same figure: once stated, then referred back to once. */
export const MAX_SLIDES_PER_FIGURE = 2;

/** What the speaker says aloud on a page: the notes and the bridge to the next. */
function spoken(notes: { readonly say: string; readonly transition: string }): string {
  return `${notes.say} ${notes.transition}`;
}

const pace: ContentRule = {
  name: 'notes-fit-time',
  check(context) {
    for (const page of spokenPages(context.talk, context.slides)) {
      const item = `slide '${page.id}'`;
      if (!(page.seconds > 0)) {
        context.report(item, 'seconds', 'give the slide a positive time');
        continue;
      }
      const words = wordCount(spoken(page.notes));
      const low = Math.ceil((WORDS_PER_MINUTE.min * page.seconds) / 60);
      const high = Math.floor((WORDS_PER_MINUTE.max * page.seconds) / 60);
      if (words < low || words > high) {
        context.report(
          item,
          'notes.say',
          `${words} spoken words in ${page.seconds} s is ${Math.round((words * 60) / page.seconds)} words a minute; write ${low}–${high} words (${WORDS_PER_MINUTE.min}–${WORDS_PER_MINUTE.max} a minute) or change the time`,
        );
      }
      if (page.notes.transition.trim() === '')
        context.report(item, 'notes.transition', 'is empty; bridge to the next slide');
    }
  },
};

/** Abbreviations as a speaker meets them: two or more capitals, with digits or a hyphen, e.g. "UN", "UN-OCHA". */
const ABBREVIATION = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}+)?(?![\p{L}\p{N}])/gu;

function abbreviationsIn(text: string): string[] {
  return [...text.matchAll(ABBREVIATION)].map((match) => match[0]).filter((token) => token.length >= 2);
}

/** Every abbreviation is in the talk's list, and said in full on the slide where the speaker first uses it. */
const abbreviations: ContentRule = {
  name: 'abbreviations-in-full',
  check(context) {
    const known = context.talk.abbreviations ?? {};
    const introduced = new Set<string>();
    for (const page of spokenPages(context.talk, context.slides)) {
      const text = spoken(page.notes);
      for (const token of new Set(abbreviationsIn(text))) {
        const full = known[token];
        if (full === undefined) {
          context.report(
            `slide '${page.id}'`,
            'notes.say',
            `says '${token}'; add it to the talk's abbreviations with its full form`,
          );
          continue;
        }
        if (!introduced.has(token) && !text.toLowerCase().includes(full.toLowerCase())) {
          context.report(
            `slide '${page.id}'`,
            'notes.say',
            `is the first to say '${token}'; say it in full here ("${full}")`,
          );
        }
        introduced.add(token);
      }
    }
  },
};

/** Significant digits of a whole number: 1,524 has four, 2,600 two. */
function significantDigits(value: number): number {
  return String(Math.round(value)).replace(/0+$/, '').length;
}

/** A figure the slide shows exactly is said rounded: "about 540,000", not "541,210". */
const roundedForSpeech: ContentRule = {
  name: 'numbers-rounded-for-speech',
  check(context) {
    for (const page of spokenPages(context.talk, context.slides)) {
      for (const written of numbersIn(spoken(page.notes), context.numbers)) {
        if (isYear(written, context.numbers)) continue;
        const decimals = (written.text.split('.')[1] ?? '').replace(/\D.*$/, '');
        const tooExact =
          (written.value >= 1000 && significantDigits(written.value) > 2 && !written.text.includes('.')) ||
          decimals.length > 1;
        if (tooExact)
          context.report(
            `slide '${page.id}'`,
            'notes.say',
            `says '${written.text}'; round it for speech (the slide shows the exact figure)`,
          );
      }
    }
  },
};

/** A figure is stated once and then referred back to, not repeated slide after slide. */
const figuresNotRepeated: ContentRule = {
  name: 'figures-not-repeated',
  check(context: RuleContext) {
    const slidesByFigure = new Map<number, string[]>();
    for (const page of spokenPages(context.talk, context.slides)) {
      const values = new Set(
        numbersIn(page.notes.say, context.numbers)
          .filter((written) => !isYear(written, context.numbers) && written.value >= 10)
          .map((written) => written.value),
      );
      for (const value of values) slidesByFigure.set(value, [...(slidesByFigure.get(value) ?? []), page.id]);
    }
    for (const [value, slides] of slidesByFigure) {
      if (slides.length > MAX_SLIDES_PER_FIGURE) {
        context.report(
          `slide '${slides[MAX_SLIDES_PER_FIGURE]}'`,
          'notes.say',
          `says ${value} again (also on ${slides.slice(0, MAX_SLIDES_PER_FIGURE).join(', ')}); refer back to it instead`,
        );
      }
    }
  },
};

/** Notes speak to the room: nothing about the data files or the engine's mechanics. */
const spokenToTheRoom: ContentRule = {
  name: 'notes-spoken-to-the-room',
  check(context) {
    for (const page of spokenPages(context.talk, context.slides)) {
      const text = spoken(page.notes).toLowerCase();
      const found = context.words.roleTerms.notSpoken.filter((phrase) => text.includes(phrase.toLowerCase()));
      if (found.length > 0) {
        context.report(
          `slide '${page.id}'`,
          'notes.say',
          `speaks of ${found.map((phrase) => `"${phrase}"`).join(', ')}; say what the audience needs, not how the deck is made`,
        );
      }
    }
  },
};

/** Rules on the speaker notes as speech: pace, abbreviations, rounding, repetition. */
export const SPEECH_RULES: readonly ContentRule[] = [
  pace,
  abbreviations,
  roundedForSpeech,
  figuresNotRepeated,
  spokenToTheRoom,
];
