import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talk } from '../../../slides/index.ts';
import { formatBibliography } from '../../../src/citations/bibliography.ts';
import { loadCitationStyle } from '../../../src/citations/csl-files.ts';
import { talkCslItems } from '../../../src/citations/talk-bibliography.ts';
import { cachedBibliography, isEntryMarkup } from '../../../src/pipeline/bibliography-cache.ts';
import { talk as veraneTalk } from '../../../talks/verane/index.ts';

const items = talkCslItems(talk);
const style = loadCitationStyle(talk.lang, talk.citationStyle);

/** citeproc, counted. */
function countingFormatter(): { format: typeof formatBibliography; calls: () => number } {
  let calls = 0;
  return {
    format: (...args) => {
      calls += 1;
      return formatBibliography(...args);
    },
    calls: () => calls,
  };
}

function cacheFile(dir: string): string {
  const [file] = readdirSync(dir).filter((name) => name.startsWith('bibliography-'));
  if (!file) throw new Error(`no bibliography cached in ${dir}`);
  return join(dir, file);
}

/** Replaces the first entry's markup in the cache file with `html`. */
function tamper(dir: string, html: string): void {
  const file = cacheFile(dir);
  const cached = JSON.parse(readFileSync(file, 'utf8')) as { entries: { html: string }[] };
  const [first] = cached.entries;
  if (!first) throw new Error('the cache holds no entry');
  first.html = html;
  writeFileSync(file, JSON.stringify(cached));
}

describe('the bibliography kept between builds (src/pipeline/bibliography-cache.ts)', () => {
  it('formats once, then gives the same entries, in the same order, from the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bibliography-'));
    const citeproc = countingFormatter();
    const first = cachedBibliography(items, style, dir, citeproc.format);
    const second = cachedBibliography(items, style, dir, citeproc.format);
    expect(citeproc.calls()).toBe(1);
    expect([...second.entries.entries()]).toEqual([...first.entries.entries()]);
    expect([...second.entries.keys()]).toEqual(items.map((item) => item.id));
  });

  it('formats again when a source, or the style, changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bibliography-'));
    const citeproc = countingFormatter();
    cachedBibliography(items, style, dir, citeproc.format);
    const renamed = items.map((item, index) => (index === 0 ? { ...item, title: `${item.title}, revised` } : item));
    const changed = cachedBibliography(renamed, style, dir, citeproc.format);
    expect(changed.entries.get(renamed[0]?.id ?? '')?.text).toContain('revised');
    cachedBibliography(items, loadCitationStyle('fr', 'chicago-author-date-fr'), dir, citeproc.format);
    expect(citeproc.calls()).toBe(3);
  });

  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['a handler', '<i onmouseover="alert(1)">Dawn</i>'],
    ['a javascript: link', '<a href="javascript:alert(1)">Dawn</a>'],
    ['an unescaped angle bracket', 'Dawn <img src=x onerror=alert(1)>'],
    ['a style that hides', '<span style="display:none">Dawn</span>'],
  ])('refuses a tampered entry holding %s, and formats again', (_what, html) => {
    const dir = mkdtempSync(join(tmpdir(), 'bibliography-'));
    const citeproc = countingFormatter();
    const clean = cachedBibliography(items, style, dir, citeproc.format);
    tamper(dir, html);
    const again = cachedBibliography(items, style, dir, citeproc.format);
    expect(citeproc.calls()).toBe(2);
    expect([...again.entries.values()]).toEqual([...clean.entries.values()]);
    // And the file is whole again for the next build.
    expect(readFileSync(cacheFile(dir), 'utf8')).not.toContain(JSON.stringify(html).slice(1, -1));
  });

  it('accepts every entry citeproc makes for both talks', () => {
    for (const each of [talk, veraneTalk]) {
      const bibliography = formatBibliography(talkCslItems(each), loadCitationStyle(each.lang, each.citationStyle));
      for (const entry of bibliography.entries.values()) expect(isEntryMarkup(entry.html), entry.html).toBe(true);
    }
  });
});
