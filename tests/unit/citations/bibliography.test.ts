import { describe, expect, it } from 'vitest';
import { formatBibliography, forNumberedList } from '../../../src/citations/bibliography.ts';
import { loadCitationStyle } from '../../../src/citations/csl-files.ts';
import { type CslItem, cslDate, toCslItem } from '../../../src/citations/csl-json.ts';
import type { Source } from '../../../src/model/types.ts';

const english = loadCitationStyle('en-GB');
const french = loadCitationStyle('fr', 'chicago-author-date-fr');

const gazette: Source = {
  id: 'gazette',
  publisher: 'The Harbour Gazette',
  title: 'Guild hall opens its doors',
  date: { year: 2002, month: 3, day: 14 },
  kind: 'reporting',
  url: 'https://gazette.example.org/2002/hall',
};

describe('CSL-JSON items', () => {
  it('carry only the date parts the source gives', () => {
    expect(cslDate({ year: 2002 })).toEqual({ 'date-parts': [[2002]] });
    expect(cslDate({ year: 2002, month: 3 })).toEqual({ 'date-parts': [[2002, 3]] });
    expect(cslDate({ year: 2002, month: 3, day: 14 })).toEqual({ 'date-parts': [[2002, 3, 14]] });
  });

  it('put a periodical in container-title and an issuer in publisher', () => {
    expect(toCslItem(gazette, 'reporting')).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'The Harbour Gazette',
    });
    const record = toCslItem({ ...gazette, kind: 'official', caveat: 'date inferred' }, 'official record');
    expect(record).toMatchObject({ type: 'report', publisher: 'The Harbour Gazette', note: 'date inferred' });
    expect(record).not.toHaveProperty('container-title');
  });

  it('give addresses in canonical form, quotes encoded', () => {
    expect(toCslItem({ ...gazette, url: 'https://e.example.org/?q="x y"' }, 'reporting').URL).toBe(
      'https://e.example.org/?q=%22x%20y%22',
    );
  });
});

describe('the bibliography, formatted by citeproc-js', () => {
  it('formats an entry in Chicago author-date, the headline as published, the address a link', () => {
    const { entries } = formatBibliography([toCslItem(gazette, 'reporting')], english);
    expect(entries.get('gazette')?.text).toBe(
      'The Harbour Gazette. 2002. “Guild hall opens its doors.” Reporting, March 14. https://gazette.example.org/2002/hall.',
    );
    expect(entries.get('gazette')?.html).toContain(
      '<a href="https://gazette.example.org/2002/hall">https://gazette.example.org/2002/hall</a>',
    );
  });

  it('speaks the talk’s language: a French talk gets French months and quotation marks', () => {
    const { entries } = formatBibliography([toCslItem(gazette, 'presse')], french);
    expect(entries.get('gazette')?.text).toMatch(/«\s*Guild hall opens its doors\s*»/u);
    expect(entries.get('gazette')?.text).toContain('14 mars 2002');
  });

  it('keeps the talk’s order, whatever order the style sorts in', () => {
    const items = ['zeta', 'alpha', 'mid'].map((id) => toCslItem({ ...gazette, id, publisher: id }, 'reporting'));
    expect([...formatBibliography(items, english).entries.keys()]).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('prints hostile text as typed: no markup, no broken replacement', () => {
    const hostile: CslItem = {
      ...toCslItem(gazette, 'reporting'),
      title: `A <b>bold</b> $& "odd" title, $'$\` and an O'Brien`,
      'container-title': 'P<script>alert(1)</script>',
    };
    const entry = formatBibliography([hostile], english).entries.get('gazette');
    // Quotation marks inside a quoted title turn single, as Chicago has them.
    expect(entry?.text).toContain('A <b>bold</b> $& ‘odd’ title');
    // A straight apostrophe stays straight: a title is printed as published, `$'` is no pattern.
    expect(entry?.text).toContain(`title, $'$\` and an O'Brien`);
    expect(entry?.html).toContain('$&#39;$` and an O&#39;Brien');
    expect(entry?.text).toMatch(/^P<script>alert\(1\)/);
    expect(entry?.html).not.toMatch(/<b>|<script/);
    expect(entry?.html).toContain('$&#38;');
  });

  it('isolates a right-to-left field, so its words keep their order and the punctuation after it stays after it', () => {
    const arabic: CslItem = { ...toCslItem(gazette, 'reporting'), title: 'إرتفاع حصيلة 257' };
    const entry = formatBibliography([arabic], english).entries.get('gazette');
    expect(entry?.html).toContain('“<bdi>إرتفاع حصيلة 257</bdi>.”');
    expect(entry?.text).toContain('“إرتفاع حصيلة 257.”');
    expect(entry?.html).not.toMatch(/<bdi>[^<]*Gazette/);
  });

  it('turns off "same author as above" and year suffixes, which a numbered list would make wrong', () => {
    const xml = '<bibliography subsequent-author-substitute="———"><citation disambiguate-add-year-suffix="true">';
    expect(forNumberedList(xml)).toBe('<bibliography><citation>');
    const twice = [toCslItem(gazette, 'reporting'), toCslItem({ ...gazette, id: 'again' }, 'reporting')];
    const texts = [...formatBibliography(twice, french).entries.values()].map((entry) => entry.text);
    expect(texts.every((text) => text.startsWith('The Harbour Gazette. 2002.'))).toBe(true);
  });

  it('refuses a style the engine does not ship, naming where styles go', () => {
    expect(() => loadCitationStyle('en', 'apa')).toThrow(/src\/citations\/csl\//);
  });
});
