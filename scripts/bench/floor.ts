import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * The floor: the same slides as a plain static page. It keeps the deck's HTML and CSS
 * (fonts, diagrams inlined as SVG, notes) and drops every script, so whatever the deck
 * costs above it is the cost of our JavaScript and of reveal.js.
 */

/** Marks the floor's own additions, so a test (or a reader of the page) can find them. */
export const FLOOR_STYLE_ID = 'bench-floor';

/**
 * Shows every slide, one after another down the page, at the deck's design size
 * (1280×720), each on a print page of its own; the pages of a vertical stack (the
 * Sources list under its slide) are slides like any other, as the deck prints them. `display: block` is not `!important`
 * so a slide kind that the deck lays out as flex (the title) keeps its own rule.
 * `content-visibility: auto` lets the browser skip laying out and painting slides that
 * are off screen, as the best plain static page would; without it the floor would pay
 * for all 30-odd slides before its first paint and so flatter the deck. In print every
 * slide is laid out, so the fonts that the PDF needs are all requested before it prints.
 */
export const FLOOR_CSS = `
html, body { width: auto !important; height: auto !important; overflow: visible !important; margin: 0; }
.reveal { width: 1280px !important; height: auto !important; overflow: visible !important; }
.reveal .slides { position: static !important; inset: auto !important; transform: none !important; width: 1280px !important; height: auto !important; perspective: none; pointer-events: auto; }
.reveal .slides > section.stack { display: contents; }
.reveal .slides > section:not(.stack), .reveal .slides > section.stack > section { display: block; position: relative !important; width: 1280px !important; height: 720px !important; transform: none !important; opacity: 1 !important; visibility: visible !important; overflow: hidden; break-after: page; content-visibility: auto; contain-intrinsic-size: 1280px 720px; }
.reveal .slides > section:last-child:not(.stack), .reveal .slides > section.stack:last-child > section:last-child { break-after: auto; }
@media print { .reveal .slides section { content-visibility: visible; } }
@page { size: 1280px 720px; margin: 0; }
`.trim();

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>\s*/gi;

/**
 * Derives the floor page from the built deck's index.html: no scripts, no module
 * preloads, the stylesheets kept, and a small stylesheet that lays the slides out.
 * The `print-pdf` class on <html> opts out of reveal.css's generic `@media print`
 * restyling (which reflows every slide as a text document), and turns on the deck's
 * own print rule that shows every fragment, as the PDF export does.
 */
export function floorHtml(deckHtml: string): string {
  if (!/<\/head>/i.test(deckHtml)) throw new Error('The deck page has no </head>; is this the built index.html?');
  if (!/<section\b/i.test(deckHtml))
    throw new Error('The deck page has no slides (<section>); is this the built index.html?');
  const withoutScripts = deckHtml.replace(SCRIPT, '').replace(MODULE_PRELOAD, '');
  if (/<script\b/i.test(withoutScripts))
    throw new Error('A <script> tag survived the floor derivation; its markup is not one this parser knows.');
  return withoutScripts
    .replace(/<html\b([^>]*)>/i, (_tag, attributes: string) => `<html${withClass(attributes, 'print-pdf')}>`)
    .replace(/<\/head>/i, `<style id="${FLOOR_STYLE_ID}">\n${FLOOR_CSS}\n</style>\n</head>`);
}

function withClass(attributes: string, name: string): string {
  const existing = /\bclass=(["'])(.*?)\1/i.exec(attributes);
  if (!existing) return `${attributes} class="${name}"`;
  const classes = (existing[2] ?? '').split(/\s+/).filter(Boolean);
  if (classes.includes(name)) return attributes;
  return attributes.replace(existing[0], `class="${[...classes, name].join(' ')}"`);
}

/** Script files stay out of the floor's folder, so it cannot load any JavaScript even by mistake, and its byte count has none. */
const SCRIPT_EXTENSIONS = new Set(['.js', '.mjs', '.map']);

/** Writes the floor site into dir: the built deck's files without its scripts, and an index.html derived by floorHtml. */
export function writeFloorSite(distDir: string, dir: string): string {
  cpSync(distDir, dir, { recursive: true, filter: (source) => !SCRIPT_EXTENSIONS.has(extname(source)) });
  writeFileSync(join(dir, 'index.html'), floorHtml(readFileSync(join(distDir, 'index.html'), 'utf8')));
  return dir;
}
