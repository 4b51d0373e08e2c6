import { describe, expect, it } from 'vitest';
import type { Talk } from '../../../src/model/types.ts';
import { hedgeBefore, isYear, numberReading, numbersIn, valuesIn } from '../../../src/rules/figures.ts';
import { RULES, validateTalk } from '../../../src/rules/index.ts';
import { wordsFor } from '../../../src/words/index.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { type Mutable, mutate } from '../../fixtures/mutate.ts';

const english = numberReading('en', wordsFor('en').numberScales);
const french = numberReading('fr', wordsFor('fr').numberScales);
const values = (text: string, reading = english) => numbersIn(text, reading).map((written) => written.value);

describe('numbers read in the talk’s language', () => {
  it('reads English separators and scale words', () => {
    expect(values('around 1,524 killed', english)).toEqual([1524]);
    expect(values('$7.12bn of equipment', english)).toEqual([7.12e9]);
    expect(values('1.73 million people', english)).toEqual([1.73e6]);
    expect(valuesIn('$7.12bn', english)).toEqual(new Set([7.12e9, 7.12]));
  });

  it('reads French separators (any space between thousands) and scale words', () => {
    for (const space of [' ', '\u00a0', '\u202f']) expect(values(`environ 1${space}524 morts`, french)).toEqual([1524]);
    expect(values('7,5 millions de personnes', french)).toEqual([7.5e6]);
    expect(values('2 milliards', french)).toEqual([2e9]);
    expect(valuesIn('7,5 millions', french)).toEqual(new Set([7.5e6, 7.5]));
    // A year followed by a count stays two numbers; a list stays a list.
    expect(values('en 2016, 52 morts', french)).toEqual([2016, 52]);
    expect(values('de 10 à 20', french)).toEqual([10, 20]);
  });

  it('finds the hedge before a number in either language', () => {
    expect(hedgeBefore('at least 56 killed', 56, ['at least', 'about'], english)).toBe('at least');
    expect(hedgeBefore('environ 1 524 morts', 1524, ['environ', 'au moins'], french)).toBe('environ');
    expect(hedgeBefore('1 524 morts', 1524, ['environ'], french)).toBeNull();
  });

  it('reads years within the reading’s span only, written without separators', () => {
    const future = numberReading('fr', {}, { from: 2107, to: 2310 });
    expect(isYear(numbersIn('en 2208', future)[0]!, future)).toBe(true);
    expect(isYear(numbersIn('en 1524', future)[0]!, future)).toBe(false);
    expect(isYear(numbersIn('2 208', future)[0]!, future)).toBe(false);
  });
});

type Draft = Mutable<Talk>;
const rule = (name: string) => RULES.filter((candidate) => candidate.name === name);
/** The problems of the hall's first figure: the fixture's other figures are written in English. */
const firstFigure = (talk: Talk) =>
  validateTalk(talk, rule('hedges-kept')).filter(
    (problem) => problem.item === "event 'hall'" && problem.field.startsWith('figures[0]'),
  );

describe('figure rules read the talk’s language', () => {
  const inFrench = (change: (draft: Draft) => void) =>
    mutate(guildsTalk, (t) => {
      t.lang = 'fr';
      change(t);
    });

  it.each([
    ['en', 'around 1,524 workers built it', 'around'],
    ['fr', 'autour de 1 524 ouvriers l’ont bâtie', 'around'],
  ] as const)('hedges-kept (%s): a hedge dropped from "%s" is named', (lang, excerpt, hedge) => {
    const broken = mutate(guildsTalk, (t) => {
      t.lang = lang;
      t.events[0]!.figures[0]! = { ...t.events[0]!.figures[0]!, amount: 1524, hedge: null };
      t.events[0]!.figures[0]!.source.excerpt = excerpt;
    });
    expect(firstFigure(broken)).toContainEqual(
      expect.objectContaining({ field: 'figures[0].hedge', message: expect.stringMatching(/^hedges-kept: /) }),
    );
    const sound = mutate(broken, (t) => {
      t.events[0]!.figures[0]!.hedge = hedge;
    });
    expect(firstFigure(sound)).toEqual([]);
  });

  it('hedges-kept (fr): "7,5 millions" gives 7.5 million, not 7', () => {
    const sound = inFrench((t) => {
      t.events[0]!.figures[0]! = { ...t.events[0]!.figures[0]!, amount: 7.5e6, hedge: null };
      t.events[0]!.figures[0]!.source.excerpt = '7,5 millions de pierres taillées';
    });
    expect(firstFigure(sound)).toEqual([]);
    const broken = mutate(sound, (t) => {
      t.events[0]!.figures[0]!.amount = 7;
    });
    expect(firstFigure(broken)).toContainEqual(expect.objectContaining({ field: 'figures[0].source.excerpt' }));
  });
});
