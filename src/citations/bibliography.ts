/**
 * The bibliography, formatted by citeproc-js (the CSL processor Zotero and Mendeley use)
 * from the talk's CSL-JSON in a CSL style and locale. Pure: the style and locale XML come
 * in as text (see csl-files.ts), so the deck, the handout and the reading edition print
 * exactly the entries this returns.
 */
import { createRequire } from 'node:module';
import type CSL from 'citeproc';
import type { CslItem } from './csl-json.ts';

/**
 * citeproc, loaded when something is to be formatted: a build whose sources have not changed takes the
 * formatted entries from its cache (src/pipeline/bibliography-cache.ts) and never needs it, and loading it
 * was a tenth of such a build.
 */
function citeproc(): typeof CSL {
  return createRequire(import.meta.url)('citeproc') as typeof CSL;
}

/** One formatted entry: as markup (escaped by citeproc, with its links) and as plain text. */
export interface BibliographyEntry {
  readonly id: string;
  readonly html: string;
  readonly text: string;
}

/** The CSL style and locale to format with, as XML text. */
export interface CitationStyle {
  /** The style's name, e.g. "chicago-author-date". */
  readonly name: string;
  readonly styleXml: string;
  /** The locale's tag, e.g. "en-US". */
  readonly locale: string;
  readonly localeXml: string;
}

/** The formatted bibliography, by source id, in the talk's order of sources. */
export interface Bibliography {
  readonly style: string;
  readonly locale: string;
  readonly items: readonly CslItem[];
  readonly entries: ReadonlyMap<string, BibliographyEntry>;
}

type OutputFormat = 'html' | 'text';

/**
 * The deck lists its sources in the talk's numbered order, not the style's sorted order, and cites
 * them by number: a "———" for "same author as above" would point at the wrong line, and a year
 * suffix ("2024a") at an in-text citation that does not exist. Both are turned off.
 */
export function forNumberedList(styleXml: string): string {
  return styleXml
    .replace(/\ssubsequent-author-substitute="[^"]*"/g, '')
    .replace(/\sdisambiguate-add-year-suffix="[^"]*"/g, '');
}

/**
 * Characters citeproc would not print as typed: `<` starts its rich-text markup (a title
 * holding "<b>" would turn bold), `$` breaks its output (it builds entries with
 * replacement strings) and a straight `'` it curls into a typographer's apostrophe, which
 * changes a title as published. They travel as private-use stand-ins and come back as text.
 */
const STAND_INS: ReadonlyArray<readonly [char: string, standIn: string, inHtml: string]> = [
  ['<', '\uE010', '&#60;'],
  ['$', '\uE011', '$'],
  ["'", '\uE012', '&#39;'],
];

function protect(text: string): string {
  return STAND_INS.reduce((out, [char, standIn]) => out.replaceAll(char, standIn), text);
}

/**
 * A field in a right-to-left script (a title in Arabic as published) is isolated, so its words keep their order
 * and the punctuation citeproc puts after it stays after it. citeproc would escape a `<bdi>`, so the field travels
 * between private-use marks that become `<bdi>…</bdi>` in the markup (the plain text needs no isolation).
 */
const ISOLATE = { open: '\uE013', close: '\uE014' } as const;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function isolated(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? `${ISOLATE.open}${text}${ISOLATE.close}` : text;
}

function restore(text: string, format: OutputFormat): string {
  const html = format === 'html';
  return STAND_INS.reduce((out, [char, standIn, inHtml]) => out.replaceAll(standIn, html ? inHtml : char), text)
    .replaceAll(ISOLATE.open, html ? '<bdi>' : '')
    .replaceAll(ISOLATE.close, html ? '</bdi>' : '');
}

/** The item as citeproc gets it: text protected, and the title kept exactly as published (no style's title case). */
function prepared(item: CslItem): CslItem {
  const fields = Object.entries(item).map(([key, value]) => [
    key,
    typeof value === 'string' && key !== 'id' ? isolated(protect(value)) : value,
  ]);
  const ready = Object.fromEntries(fields) as unknown as CslItem;
  return { ...ready, title: `<span class="nocase">${ready.title}</span>` };
}

function engineFor(items: readonly CslItem[], style: CitationStyle): CSL.Engine {
  const byId = new Map(items.map((item) => [item.id, prepared(item)]));
  const engine = new (citeproc().Engine)(
    {
      retrieveLocale: (lang: string) => (lang === style.locale ? style.localeXml : false),
      retrieveItem: (id: string) => byId.get(id),
    },
    forNumberedList(style.styleXml),
    style.locale,
    true,
  );
  engine.updateItems(items.map((item) => item.id));
  return engine;
}

function formatAll(engine: CSL.Engine, style: CitationStyle, format: OutputFormat): Map<string, string> {
  // Addresses as links in the markup, so a reader of the handout or the reading edition can follow them.
  engine.opt.development_extensions.wrap_url_and_doi = format === 'html';
  engine.setOutputFormat(format);
  const result = engine.makeBibliography();
  if (!result) throw new Error(`CSL style '${style.name}' has no bibliography: choose a style that defines one.`);
  const [params, strings] = result;
  return new Map(
    params.entry_ids.map((ids, position) => [String(ids[0]), restore((strings[position] ?? '').trim(), format)]),
  );
}

/** Formats every item in `style`; entries come back in the order of `items`, whatever order the style sorts them in. */
export function formatBibliography(items: readonly CslItem[], style: CitationStyle): Bibliography {
  // Building the engine parses the style, the costly part: one engine gives both forms.
  const engine = engineFor(items, style);
  const markup = formatAll(engine, style, 'html');
  const text = formatAll(engine, style, 'text');
  const entries = new Map(
    items.map((item) => [
      item.id,
      { id: item.id, html: unwrapEntry(markup.get(item.id) ?? ''), text: text.get(item.id) ?? '' },
    ]),
  );
  return { style: style.name, locale: style.locale, items, entries };
}

/** citeproc wraps each entry in `<div class="csl-entry">`; the deck sets entries in its own list items. */
function unwrapEntry(markup: string): string {
  return markup.replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '');
}

/**
 * The formatting this module adds around citeproc (its stand-ins, isolation and unwrapping), as
 * loaded: part of a cached bibliography's key (src/pipeline/bibliography-cache.ts), so a change to
 * how entries are made formats them again.
 */
export const FORMATTING_CODE: string = [
  JSON.stringify(STAND_INS),
  JSON.stringify(ISOLATE),
  RIGHT_TO_LEFT.source,
  ...[forNumberedList, protect, isolated, restore, prepared, engineFor, formatAll, formatBibliography, unwrapEntry].map(
    String,
  ),
].join('\n');
