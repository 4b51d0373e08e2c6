/**
 * Text measurement for label placement.
 *
 * Widths are measured with fontkit on the very font files Chromium will draw
 * (Source Sans 3 from @fontsource/source-sans-3), with the font's own kerning
 * and ligatures, so that label boxes match the rendered text.
 *
 * Build-time only: this file reads font files from node_modules.
 */
import { createRequire } from 'node:module';
import type * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/** Font weights the map uses (one font file each). */
export type FontWeight = 400 | 700;

/** How one run of text is set. */
export interface TextStyle {
  /** Font size in SVG user units. */
  readonly fontSize: number;
  /** 400 (regular) or 700 (bold). */
  readonly fontWeight: FontWeight;
  /** Extra space after every character, in user units (CSS letter-spacing). */
  readonly letterSpacing?: number;
}

/** Measured extent of one line of text, in user units. */
export interface TextMetrics {
  /** Advance width of the whole line, letter-spacing included. */
  readonly width: number;
  /** Distance from the baseline up to the top of the font's line box. */
  readonly ascent: number;
  /** Distance from the baseline down to the bottom of the font's line box (positive). */
  readonly descent: number;
}

/** Measures one line of text; must be deterministic. */
export type TextMeasurer = (text: string, style: TextStyle) => TextMetrics;

/** The CSS font-family the default measurer matches. */
export const SOURCE_SANS_3_FAMILY = "'Source Sans 3', sans-serif";

/** File paths of the fonts a fontkit measurer reads. */
export interface FontFiles {
  /** Path of the weight-400 font file (.woff2, .woff, .ttf or .otf). */
  readonly regular: string;
  /** Path of the weight-700 font file. */
  readonly bold: string;
}

/** Resolves the Source Sans 3 latin files shipped by @fontsource/source-sans-3. */
export function sourceSans3Files(): FontFiles {
  const pkg = require.resolve('@fontsource/source-sans-3/package.json');
  const dir = pkg.slice(0, pkg.length - 'package.json'.length);
  return {
    regular: `${dir}files/source-sans-3-latin-400-normal.woff2`,
    bold: `${dir}files/source-sans-3-latin-700-normal.woff2`,
  };
}

function openFont(path: string): fontkit.Font {
  // Loaded on first use: a build whose every text was measured before (see `measuredTexts`) never loads it.
  const { openSync } = require('fontkit') as typeof fontkit;
  const opened = openSync(path);
  // A collection (.ttc/.dfont) has no layout(); we need a single face.
  if (!('layout' in opened)) throw new Error(`Font file ${path} is a collection; give a single face`);
  return opened;
}

/** Text the glyph-and-pair sum measures exactly: Latin letters, digits and punctuation, where only pairs interact (kerning, two-letter ligatures). */
const PAIRWISE_TEXT = /^[\u0020-\u024F\u2010-\u206F]*$/u;

/**
 * A line's advance from glyph widths and pair adjustments, each laid out by fontkit once
 * per font and kept: shaping every label whole took most of a first build. Text outside
 * `PAIRWISE_TEXT` (other scripts, combining marks) is still shaped whole.
 */
function fontAdvance(font: fontkit.Font): (text: string) => number {
  const single = new Map<string, number>();
  const pair = new Map<string, number>();
  const shaped = (text: string): number => advanceOf(font, text, font.layout(text));
  const glyph = (char: string): number => {
    const known = single.get(char);
    if (known !== undefined) return known;
    const width = shaped(char);
    single.set(char, width);
    return width;
  };
  const adjustment = (first: string, second: string): number => {
    const key = first + second;
    const known = pair.get(key);
    if (known !== undefined) return known;
    const width = shaped(key) - glyph(first) - glyph(second);
    pair.set(key, width);
    return width;
  };
  return (text) => {
    if (!PAIRWISE_TEXT.test(text)) return shaped(text);
    const chars = [...text];
    let width = 0;
    for (let index = 0; index < chars.length; index++) {
      const char = chars[index] ?? '';
      width += glyph(char) + (index > 0 ? adjustment(chars[index - 1] ?? '', char) : 0);
    }
    return width;
  };
}

/**
 * Creates a measurer from font files with fontkit. Glyph and pair widths are kept per
 * font, and results per (text, style) in `measured`, so repeated measuring during placement is
 * cheap; the fonts are opened at the first text `measured` does not hold.
 */
export function createFontkitMeasurer(files: FontFiles, measured: Map<string, TextMetrics> = new Map()): TextMeasurer {
  let opened: Record<FontWeight, { font: fontkit.Font; advance: (text: string) => number }> | undefined;
  const fonts = () => {
    opened ??= {
      400: withAdvance(openFont(files.regular)),
      700: withAdvance(openFont(files.bold)),
    };
    return opened;
  };
  return (text, style) => {
    const key = `${style.fontWeight}|${style.fontSize}|${style.letterSpacing ?? 0}|${text}`;
    const hit = measured.get(key);
    if (hit) return hit;
    const { font, advance } = fonts()[style.fontWeight];
    const scale = style.fontSize / font.unitsPerEm;
    const chars = [...text].length;
    const metrics: TextMetrics = {
      width: advance(text) * scale + chars * (style.letterSpacing ?? 0),
      ascent: font.ascent * scale,
      descent: -font.descent * scale,
    };
    measured.set(key, metrics);
    return metrics;
  };
}

function withAdvance(font: fontkit.Font): { font: fontkit.Font; advance: (text: string) => number } {
  return { font, advance: fontAdvance(font) };
}

/**
 * Width of a character the font lacks, in em. The browser draws it in whatever font the reader's
 * system falls back to (Naskh or Nastaliq for Urdu, a CJK face for Chinese), which the build cannot
 * know: the estimate is on the wide side of those, so a label never runs past what was measured.
 */
const FALLBACK_EM = 0.75;
const FALLBACK_WIDE_EM = 1.05;
const WIDE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;

/** The run's advance, each character the font lacks counted at its fallback's width rather than its .notdef box. */
function advanceOf(font: fontkit.Font, text: string, run: fontkit.GlyphRun): number {
  let missing = 0;
  for (const character of text) {
    if (font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0) || ZERO_WIDTH.test(character)) continue;
    missing += WIDE_SCRIPT.test(character) ? FALLBACK_WIDE_EM : FALLBACK_EM;
  }
  const notdef = run.glyphs.reduce(
    (sum, glyph, position) => (glyph.id === 0 ? sum + (run.positions[position]?.xAdvance ?? 0) : sum),
    0,
  );
  return run.advanceWidth - notdef + missing * font.unitsPerEm;
}

let defaultMeasurer: TextMeasurer | undefined;

/**
 * Every text the default measurer has measured, by style and text. The build keeps it between
 * builds (src/pipeline/measurement-cache.ts), keyed by the font files and this code, so a build
 * that measures only texts measured before does not open a font: shaping took a third of a warm build.
 */
const MEASURED = new Map<string, TextMetrics>();

/** The default measurer's measurements, for the build to keep and give back (see `MEASURED`). */
export function measuredTexts(): Map<string, TextMetrics> {
  return MEASURED;
}

/** The code that turns a font into measurements: part of the kept measurements' key. */
export const MEASURING_CODE: string = [createFontkitMeasurer, fontAdvance, advanceOf, openFont]
  .map(String)
  .concat(PAIRWISE_TEXT.source, String(FALLBACK_EM), String(FALLBACK_WIDE_EM), WIDE_SCRIPT.source, ZERO_WIDTH.source)
  .join('\n');

/** The default measurer: Source Sans 3 (400 and 700) from @fontsource/source-sans-3. */
export function sourceSans3Measurer(): TextMeasurer {
  defaultMeasurer ??= createFontkitMeasurer(sourceSans3Files(), MEASURED);
  return defaultMeasurer;
}
