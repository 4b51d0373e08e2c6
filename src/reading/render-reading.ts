/**
 * The reading edition: one HTML document per talk, from the same data as the deck. Sections
 * and slides are headings, every event has its permalink, every diagram its table, the
 * bibliography is the citation processor's; it reads whole without scripts, loads nothing
 * from elsewhere, and a small inline script searches it. Pure: the page comes back as text.
 */
import { bdi, html, type SafeHtml, trusted } from '../deck/html.ts';
import { allColours } from '../look/palette.ts';
import type { Section, Source } from '../model/types.ts';
import { type ReadingContext, sourceAnchor } from './context.ts';
import { scriptJson, searchDocuments } from './search-index.ts';
import { type Placed, slideEntry, slideHeading } from './slide-entry.ts';

/** Where the reading edition goes inside a build's output; `read/#<event-id>` is an event's permalink. */
export const READING_DIR = 'read';

/** The files the page needs, read by the build: its stylesheet and its search script. */
export interface ReadingAssets {
  readonly css: string;
  readonly script: string;
}

function palette(): string {
  const colours = [...allColours()];
  const light = colours.map(([name, colour]) => `--${name}:${colour.light}`).join(';');
  const dark = colours.map(([name, colour]) => `--${name}:${colour.dark}`).join(';');
  return `:root{${light};color-scheme:light}@media screen and (prefers-color-scheme:dark){:root{${dark};color-scheme:dark}}`;
}

function sectionId(section: Section): string {
  return `section-${section.id}`;
}

function slideId(id: string): string {
  return `slide-${id}`;
}

function sectionMarkup(context: ReadingContext, section: Section, placed: Placed): SafeHtml {
  const slides = section.slides.map(
    (spec) =>
      html`<section><h3 id="${slideId(spec.id)}">${bdi(slideHeading(spec))}</h3>${slideEntry(spec, context, placed)}</section>`,
  );
  return html`<section aria-labelledby="${sectionId(section)}"><h2 id="${sectionId(section)}">${bdi(section.title)}</h2>${slides}</section>`;
}

function contents(context: ReadingContext): SafeHtml {
  const items = context.index.talk.sections.map(
    (section) => html`<li><a href="#${sectionId(section)}">${bdi(section.title)}</a></li>`,
  );
  return html`<nav aria-labelledby="contents-title"><h2 id="contents-title">${context.words.contents}</h2><ol>${items}<li><a href="#bibliography">${context.words.bibliography}</a></li></ol></nav>`;
}

function bibliographyEntry(context: ReadingContext, source: Source): SafeHtml {
  const entry = context.bibliography.entries.get(source.id);
  const caveat = source.caveat ? html` <span class="source-caveat">(${bdi(source.caveat)})</span>` : null;
  return html`<li id="${sourceAnchor(source.id)}" value="${context.index.sourceNumber(source.id)}">${trusted(entry?.html ?? '')}${caveat}</li>`;
}

function bibliography(context: ReadingContext): SafeHtml {
  const entries = context.index.talk.sources.map((source) => bibliographyEntry(context, source));
  return html`<section aria-labelledby="bibliography"><h2 id="bibliography">${context.words.bibliography}</h2><ol class="bibliography">${entries}</ol></section>`;
}

function searchForm(context: ReadingContext): SafeHtml {
  const { words } = context;
  // Hidden until the script runs: without scripts there is nothing to search with, and the page reads whole.
  return html`<form id="search" role="search" hidden><label for="search-input">${words.search}</label>
<input id="search-input" type="search" autocomplete="off" aria-describedby="search-hint" aria-controls="search-results">
<p id="search-hint">${words.searchHint}</p>
<p id="search-status" role="status" aria-live="polite" data-one="${words.results(1)}" data-many="${words.results(2).replace('2', '{count}')}"></p>
<ul id="search-results"></ul></form>`;
}

/** The whole page. */
export function renderReading(context: ReadingContext, assets: ReadingAssets): string {
  const { talk } = context.index;
  const { words } = context;
  const placed: Placed = new Set();
  const sections = talk.sections.map((section) => sectionMarkup(context, section, placed));
  const index = scriptJson(searchDocuments(context.index, context.bibliography));
  const page = html`<!doctype html>
<html lang="${talk.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${talk.title} — ${words.edition}</title>
<meta name="description" content="${talk.subtitle}">
<meta name="author" content="${talk.author}">
<style>${trusted(palette())}${trusted(assets.css)}</style>
</head>
<body>
<a class="skip" href="#main">${words.contents}</a>
<header><p>${words.edition} · <a href="../index.html">${words.openDeck}</a> · <a href="../data/datapackage.json">${words.data}</a> (${words.dataFiles})</p>
<h1>${bdi(talk.title)}</h1><p>${bdi(talk.subtitle)}</p><p>${bdi(talk.author)}</p></header>
<main id="main">
${searchForm(context)}
${contents(context)}
${sections}
${bibliography(context)}
</main>
<script type="application/json" id="search-index">${trusted(index)}</script>
<script>${trusted(assets.script)}</script>
</body>
</html>
`;
  return page.value;
}
