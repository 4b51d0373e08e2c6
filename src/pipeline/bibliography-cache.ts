/**
 * The bibliography kept between builds. citeproc takes a third of a second to format a talk's
 * sources, on every build, for entries that change only when a source, the style or the engine
 * does; a warm build takes them from here instead, keyed by all of those.
 *
 * A cached entry is markup the deck prints, so the folder is not trusted: an entry is used only
 * when every tag in it is one citeproc's HTML output makes (italics, links to web addresses…) and
 * its text is escaped; anything else, a script or a handler or a `javascript:` link, and the
 * bibliography is formatted again and the entry replaced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type Bibliography,
  type BibliographyEntry,
  type CitationStyle,
  FORMATTING_CODE,
  formatBibliography,
} from '../citations/bibliography.ts';
import type { CslItem } from '../citations/csl-json.ts';
import { replaceFile, sha256 } from './cache-files.ts';

const require = createRequire(import.meta.url);

/** What a cache file holds: the key it was made for, and the entries in the items' order. */
interface CachedBibliography {
  readonly key: string;
  readonly entries: readonly BibliographyEntry[];
}

/** The tags citeproc's HTML output makes (and `<bdi>`, bibliography.ts's own), each as it writes them. */
const ENTRY_TAGS: readonly RegExp[] = [
  /^<\/?(?:i|b|sup|sub|bdi)>$/,
  /^<span style="font-(?:variant|style|weight):(?:small-caps|normal|italic|bold);">$/,
  /^<span style="text-decoration:(?:underline|none);">$/,
  /^<\/(?:span|a)>$/,
  /^<a href="https?:\/\/[^"<>\s]+">$/,
];

/** Escaped text: every `&` starts a character reference. */
const ESCAPED_TEXT = /^(?:[^<>&]|&(?:#\d{1,7}|#x[\da-fA-F]{1,6}|[a-zA-Z]{2,8});)*$/;

/** True when `html` is markup citeproc could have made: only the tags above, and text that is escaped. */
export function isEntryMarkup(html: string): boolean {
  const parts = html.split(/(<[^<>]*>)/);
  return parts.every((part, index) =>
    index % 2 === 1 ? ENTRY_TAGS.some((tag) => tag.test(part)) : ESCAPED_TEXT.test(part),
  );
}

function citeprocVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('citeproc/package.json'), 'utf8')) as { version: string }).version;
}

/** The key of a bibliography: its items, the style and locale as text, citeproc's version and the formatting code. */
export function bibliographyKey(items: readonly CslItem[], style: CitationStyle): string {
  return sha256(JSON.stringify([items, style, citeprocVersion(), FORMATTING_CODE]));
}

/** The cached entries for `key`, or null when there are none fit to print. */
function readCached(file: string, key: string, items: readonly CslItem[]): BibliographyEntry[] | null {
  if (!existsSync(file)) return null;
  let cached: Partial<CachedBibliography>;
  try {
    cached = JSON.parse(readFileSync(file, 'utf8')) as Partial<CachedBibliography>;
  } catch {
    return null;
  }
  const entries = cached.entries;
  if (cached.key !== key || !Array.isArray(entries) || entries.length !== items.length) return null;
  const fit = entries.every(
    (entry: Partial<BibliographyEntry>, index) =>
      entry.id === items[index]?.id &&
      typeof entry.text === 'string' &&
      typeof entry.html === 'string' &&
      isEntryMarkup(entry.html),
  );
  return fit ? entries.map(({ id, html, text }) => ({ id, html, text })) : null;
}

/**
 * `items` formatted in `style`, from `cacheDir` when an entry for exactly these is there and fit to
 * print, else by `format` (citeproc), then kept there.
 */
export function cachedBibliography(
  items: readonly CslItem[],
  style: CitationStyle,
  cacheDir: string,
  format: typeof formatBibliography = formatBibliography,
): Bibliography {
  const key = bibliographyKey(items, style);
  const file = join(cacheDir, `bibliography-${key.slice(0, 32)}.json`);
  const cached = readCached(file, key, items);
  if (cached)
    return {
      style: style.name,
      locale: style.locale,
      items,
      entries: new Map(cached.map((entry) => [entry.id, entry])),
    };
  const bibliography = format(items, style);
  replaceFile(file, JSON.stringify({ key, entries: [...bibliography.entries.values()] } satisfies CachedBibliography));
  return bibliography;
}
