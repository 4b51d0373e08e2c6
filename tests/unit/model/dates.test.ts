import { describe, expect, it } from 'vitest';
import { compareDates, dateProblem, isByDate, isWithin, yearsCovered } from '../../../src/model/dates.ts';
import { en } from '../../../src/words/en.ts';
import { formatsFor } from '../../../src/words/formats.ts';
import { fr } from '../../../src/words/fr.ts';

describe('partial dates', () => {
  it('format as precisely as known, in the talk’s language', () => {
    const british = formatsFor('en-GB', en);
    expect(british.date({ year: 2023, month: 7, day: 30 })).toBe('30 July 2023');
    expect(british.date({ year: 2023, month: 6 })).toBe('June 2023');
    expect(british.date({ year: 2016 })).toBe('2016');
    expect(british.span({ year: 2014 }, { year: 2015 })).toBe('2014–2015');
    expect(british.span({ year: 2016, month: 7, day: 1 }, { year: 2016, month: 7, day: 2 })).toBe('1–2 July 2016');
    expect(formatsFor('fr', en).date({ year: 2023, month: 7, day: 30 })).toBe('30 juillet 2023');
    expect(formatsFor('en-US', en).date({ year: 2023, month: 7, day: 30 })).toBe('July 30, 2023');
  });

  it('format numbers with their hedge and the language’s grouping', () => {
    expect(formatsFor('en-GB', en).amount({ amount: 1524, hedge: null })).toBe('1,524');
    expect(formatsFor('en-GB', en).amount({ amount: 54, hedge: 'around' })).toBe('around 54');
    expect(formatsFor('fr', en).number(1524)).toBe('1\u202f524');
  });

  it('tell whether a date falls within a period, each end as precise as it is known', () => {
    expect(isWithin({ year: 2019, month: 5, day: 14 }, undefined, { year: 2019, month: 5, day: 14 })).toBe(true);
    expect(isWithin({ year: 2019, month: 5, day: 15 }, undefined, { year: 2019, month: 5, day: 14 })).toBe(false);
    expect(isWithin({ year: 2020 }, { year: 2019, month: 5 }, undefined)).toBe(true);
  });

  it('sort a year before its days', () => {
    expect(compareDates({ year: 2023 }, { year: 2023, month: 1, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2022, month: 12 }, { year: 2023 })).toBeLessThan(0);
  });

  it('reject impossible dates', () => {
    expect(dateProblem({ year: 2023, month: 13 })).toMatch(/month/);
    expect(dateProblem({ year: 2023, month: 2, day: 29 })).toMatch(/day 29/);
    expect(dateProblem({ year: 2024, month: 2, day: 29 })).toBeNull();
    expect(dateProblem({ year: 2024, day: 3 })).toMatch(/without a month/);
  });

  it('list the years a span covers', () => {
    expect(yearsCovered({ year: 2017 }, { year: 2019 })).toEqual([2017, 2018, 2019]);
  });

  it('read "by a date" as precisely as that date is known', () => {
    expect(isByDate({ year: 2015, month: 1, day: 26 }, { year: 2015, month: 1 })).toBe(true);
    expect(isByDate({ year: 2015, month: 2 }, { year: 2015, month: 1 })).toBe(false);
    expect(isByDate({ year: 2015, month: 2 }, { year: 2015 })).toBe(true);
    expect(isByDate({ year: 2016 }, { year: 2015, month: 12, day: 31 })).toBe(false);
  });
});

describe('uncertain dates and ranges, as the talk’s language writes them', () => {
  it('writes a hedged date with its hedge, and spans with hedged ends end by end', () => {
    expect(formatsFor('en-GB', en).date({ year: 2015, qualifier: 'early' })).toBe('early 2015');
    expect(formatsFor('en-GB', en).date({ year: 2016, month: 3, qualifier: 'before' })).toBe('before March 2016');
    expect(formatsFor('fr', fr).date({ year: 2015, qualifier: 'late' })).toBe('fin 2015');
    expect(formatsFor('en-GB', en).span({ year: 2014, qualifier: 'late' }, { year: 2015 })).toBe('late 2014 – 2015');
    expect(formatsFor('en-GB', en).span({ year: 2014 }, { year: 2015 })).toBe('2014–2015');
  });

  it('writes a range with each bound’s hedge, a later count as such', () => {
    const later = { amount: 56, hedge: 'at least', upTo: { amount: 67, hedge: null, later: true } } as const;
    expect(formatsFor('en-GB', en).figure(later)).toBe('at least 56, later 67');
    expect(formatsFor('fr', fr).figure({ ...later, upTo: { ...later.upTo, later: false } })).toBe('au moins 56 à 67');
    expect(formatsFor('en-GB', en).figure({ amount: 54, hedge: 'around' })).toBe('around 54');
  });
});
