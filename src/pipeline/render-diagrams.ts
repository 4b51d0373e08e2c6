import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PAGES_OF_THEIR_OWN, type PageSource } from '../browser/build-browser.ts';
import { locateChromium } from '../browser/chromium.ts';
import { type DiagramDefinition, drawingsOf } from '../diagrams/diagram-kind.ts';
import { handOverParsed } from '../diagrams/finish/svg-dom.ts';
import { drawRegionMap } from '../diagrams/map/draw-map.ts';
import { replaceFile, sha256 } from './cache-files.ts';
import { FONT_FILES, inlineFontFaces } from './fonts.ts';
import {
  checkInertInPage,
  inertnessInNode,
  SANITIZER_CONFIG,
  sanitizerScriptPath,
  sanitizerVersion,
} from './inert-svg.ts';
import { mapDataVersion, readAdmin1 } from './map-data.ts';
import { MAP_DRAWING_CODE } from './map-drawing-code.ts';
import { MERMAID_CONFIG } from './mermaid-config.ts';

const require = createRequire(import.meta.url);

/** A diagram Mermaid could not draw, named by slide so the author knows where to look. */
export class DiagramRenderError extends Error {
  constructor(readonly failures: ReadonlyArray<{ diagram: DiagramDefinition; message: string }>) {
    super(
      `Mermaid could not draw ${failures.length} diagram(s):\n${failures
        .map(
          ({ diagram, message }) =>
            `  - slide '${diagram.slideId}', diagram '${diagram.id}': ${message.split('\n').slice(0, 4).join(' ')}\n${numbered(sourceText(diagram))}`,
        )
        .join('\n')}`,
    );
    this.name = 'DiagramRenderError';
  }
}

/** What was drawn from: the Mermaid text, the SVG a generator wrote, or a map's input. */
function sourceText(diagram: DiagramDefinition): string {
  const { drawing } = diagram;
  if (drawing.engine === 'mermaid') return drawing.text;
  return drawing.engine === 'svg' ? drawing.svg : JSON.stringify(drawing.map, null, 1);
}

function numbered(source: string): string {
  return source
    .trimEnd()
    .split('\n')
    .map((line, index) => `      ${String(index + 1).padStart(3)} | ${line}`)
    .join('\n');
}

export interface RenderOptions {
  /** Folder for checked drawings, keyed by a hash of everything a drawing depends on (see `cacheKey`). */
  readonly cacheDir: string;
  /** Called with a line for each step, for the build's log. */
  readonly log?: (line: string) => void;
  /**
   * Where the drawing page comes from: the build's one browser (src/browser/build-browser.ts); default: the
   * shared Chromium ($DECK_SHARED_CHROMIUM, see src/browser/prepared-page.ts) if set, else one started for the
   * misses and closed after.
   */
  readonly pages?: PageSource;
  /** Work for Node while Chromium draws (formatting the sources, say), which would otherwise wait for the drawings. */
  readonly whileDrawing?: () => void;
}

export interface RenderReport {
  readonly svgs: Map<string, string>;
  readonly drawn: number;
  readonly fromCache: number;
}

/** A drawing refused by the inertness check; the build stops, naming the slide. */
export class InertnessError extends Error {
  constructor(readonly failures: ReadonlyArray<{ diagram: DiagramDefinition; refused: readonly string[] }>) {
    super(
      `${failures.length} drawing(s) hold what a drawing may not:\n${failures
        .map(
          ({ diagram, refused }) =>
            `  - slide '${diagram.slideId}', diagram '${diagram.id}': ${refused.join(', ')}. A drawing must be inert: no script, handler, link, animation or embedded markup.`,
        )
        .join('\n')}`,
    );
    this.name = 'InertnessError';
  }
}

export function mermaidVersion(): string {
  const manifest = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Everything besides the diagram itself that a drawing depends on; a change to any of them draws every diagram again. */
export interface DrawingEnvironment {
  readonly mermaid: string;
  readonly chromium: string;
  readonly fonts: string;
  readonly sanitizer: string;
  /** The versions of the packages a map is drawn from, and the map's drawing code. */
  readonly maps: string;
}

/** The environment of this build: Mermaid's version, the browser's file, the font files' content and the sanitizer's. */
export function drawingEnvironment(cacheDir: string): DrawingEnvironment {
  return {
    mermaid: mermaidVersion(),
    chromium: chromiumStamp(cacheDir),
    fonts: fontFilesHash(),
    sanitizer: `${sanitizerVersion()} ${JSON.stringify(SANITIZER_CONFIG)}`,
    maps: `${mapDataVersion()} ${MAP_DRAWING_CODE}`,
  };
}

/**
 * The key of a drawing: the diagram (id, source, accessible text), the environment,
 * Mermaid's config, and the in-browser drawing and checking code itself.
 */
export function cacheKey(diagram: DiagramDefinition, environment: DrawingEnvironment): string {
  return sha256(
    JSON.stringify([
      diagram.id,
      diagram.drawing.engine,
      sourceText(diagram),
      diagram.title,
      diagram.description,
      diagram.nodes ?? null,
      environment,
      MERMAID_CONFIG,
      drawAll.toString(),
      checkInertInPage.toString(),
    ]),
  ).slice(0, 32);
}

/**
 * Draws every diagram to SVG and checks each drawing is inert, reusing checked drawings
 * from the cache; one headless Chromium draws and checks all the rest. A cached drawing
 * is checked again as it is read (whole, unchanged since it was written, and inert by the
 * same allow-list), and one that fails is drawn again, with one line in the log naming
 * its cache file: what the cache holds is never shipped on trust.
 */
export async function renderDiagrams(
  diagrams: readonly DiagramDefinition[],
  options: RenderOptions,
): Promise<RenderReport> {
  mkdirSync(options.cacheDir, { recursive: true });
  const environment = drawingEnvironment(options.cacheDir);
  const svgs = new Map<string, string>();
  const misses: Array<{ diagram: DiagramDefinition; file: string; key: string }> = [];
  const spoilt: string[] = [];
  // A diagram with a drawing of its own for the standard (4:3) slide is drawn twice, under two keys.
  for (const diagram of diagrams.flatMap(drawingsOf)) {
    const key = cacheKey(diagram, environment);
    const file = join(options.cacheDir, `${key}.json`);
    const entry = readCacheEntry(file, key);
    if ('svg' in entry) svgs.set(diagram.id, entry.svg);
    else {
      if (entry.problem !== null) spoilt.push(`slide '${diagram.slideId}', cache file ${file}: ${entry.problem}`);
      misses.push({ diagram, file, key });
    }
  }
  if (spoilt.length > 0)
    options.log?.(
      `diagram cache: ${spoilt.length} drawing(s) failed their check, drawing again (${spoilt.join('; ')})`,
    );
  if (misses.length > 0) {
    options.log?.(`drawing ${misses.length} diagram(s) with Mermaid ${environment.mermaid} (${svgs.size} from cache)`);
    const drawn = await drawInBrowser(
      misses.map((miss) => miss.diagram),
      options.pages ?? PAGES_OF_THEIR_OWN,
      options.whileDrawing,
    );
    for (const { diagram, file, key } of misses) {
      const svg = drawn.get(diagram.id) ?? '';
      writeCacheEntry(file, key, svg);
      svgs.set(diagram.id, svg);
    }
  }
  return { svgs, drawn: misses.length, fromCache: svgs.size - misses.length };
}

/** A cache entry: the key it was drawn for, the hash of the checked drawing, the drawing. */
interface CacheEntry {
  readonly input: string;
  readonly output: string;
  readonly svg: string;
}

/** The checked drawing, or why the entry cannot be used (null: there is none). */
export function readCacheEntry(file: string, key: string): { svg: string } | { problem: string | null } {
  if (!existsSync(file)) return { problem: null };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { problem: 'unreadable' };
  }
  if (text.trim() === '') return { problem: 'empty' };
  let entry: Partial<CacheEntry>;
  try {
    entry = JSON.parse(text) as Partial<CacheEntry>;
  } catch {
    return { problem: 'cut short or not an entry' };
  }
  if (entry.input !== key) return { problem: 'drawn for other input' };
  if (typeof entry.svg !== 'string' || sha256(entry.svg) !== entry.output)
    return { problem: 'changed since it was checked' };
  if (!/^<svg\b[\s\S]*<\/svg>$/.test(entry.svg)) return { problem: 'not an SVG drawing' };
  // The hash beside a drawing proves nothing to someone who can write the folder: the drawing itself is checked again.
  const { refused, parsed } = inertnessInNode(entry.svg);
  if (refused.length > 0 || !parsed) return { problem: `holds what a drawing may not (${refused.join(', ')})` };
  handOverParsed(entry.svg, parsed);
  return { svg: entry.svg };
}

function writeCacheEntry(file: string, key: string, svg: string): void {
  replaceFile(file, JSON.stringify({ input: key, output: sha256(svg), svg } satisfies CacheEntry));
}

function fontFilesHash(): string {
  const hash = createHash('sha256');
  for (const { file } of FONT_FILES) hash.update(readFileSync(require.resolve(file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Which browser draws: its file, by path, size and date. A browser updated in place (a new package, a new
 * download) is another file, and draws every diagram again. Not its version: asking a browser for it takes
 * a moment of a first build, spent waiting, and says nothing the file's identity does not.
 */
function chromiumStamp(cacheDir: string): string {
  const path = rememberedChromium(cacheDir);
  if (path === null) return 'no browser';
  const stats = statSync(path);
  return sha256(`${realpathSync(path)} ${stats.size} ${stats.mtimeMs}`).slice(0, 16);
}

/**
 * Where the browser is, remembered beside the cache for this Playwright and this $CHROMIUM_PATH:
 * finding Playwright's own download means loading Playwright, which took longer than the rest
 * of a warm build. A remembered path that no longer holds a file is looked up again.
 */
function rememberedChromium(cacheDir: string): string | null {
  const playwright = JSON.parse(readFileSync(require.resolve('playwright-core/package.json'), 'utf8')) as {
    version: string;
  };
  const asked = `${playwright.version} ${process.env['CHROMIUM_PATH'] ?? ''}`;
  const memo = join(cacheDir, `browser-path-${sha256(asked).slice(0, 16)}.txt`);
  const remembered = existsSync(memo) ? readFileSync(memo, 'utf8') : '';
  if (remembered !== '' && existsSync(remembered)) return remembered;
  const found = locateChromium();
  if (found !== null) writeFileSync(memo, found);
  return found;
}

/** The maps among some diagrams drawn here in Node (from the data files the build reads), as SVG the browser then checks. */
function drawMapsInNode(diagrams: readonly DiagramDefinition[]): Array<DiagramDefinition & { drawing: PageDrawing }> {
  const failures: Array<{ diagram: DiagramDefinition; message: string }> = [];
  const ready = diagrams.map((diagram) => {
    const { drawing } = diagram;
    if (drawing.engine !== 'map') return { ...diagram, drawing };
    try {
      const country = drawing.map.provincesOf?.country;
      const map = drawRegionMap(drawing.map, country ? { provinces: readAdmin1(country) } : {});
      return { ...diagram, drawing: { engine: 'svg' as const, svg: map.svg } };
    } catch (error) {
      failures.push({ diagram, message: error instanceof Error ? error.message : String(error) });
      return { ...diagram, drawing: { engine: 'svg' as const, svg: '' } };
    }
  });
  if (failures.length > 0) throw new DiagramRenderError(failures);
  return ready;
}

/** A diagram Mermaid draws in the page, as opposed to one whose SVG Node made (a generator's, a map's). */
function drawnByMermaid(
  diagram: DiagramDefinition,
): diagram is DiagramDefinition & { drawing: Extract<DiagramDefinition['drawing'], { engine: 'mermaid' }> } {
  return diagram.drawing.engine === 'mermaid';
}

/** What the build's page draws: Mermaid text, or SVG to check. */
type PageDrawing = Exclude<DiagramDefinition['drawing'], { engine: 'map' }>;

interface DrawResult {
  readonly id: string;
  readonly svg?: string;
  readonly error?: string;
  readonly refused?: readonly string[];
}

/** The name of the diagram page in a shared Chromium (see `openPreparedPage`). */
export const DIAGRAM_PAGE = 'deck-diagrams';

/**
 * Draws the diagrams in the prepared page. Chromium draws the Mermaid ones while Node draws the maps and
 * does the caller's other work (each in a process of its own, on a machine's two cores), then checks the
 * maps' SVG like any drawing.
 */
async function drawInBrowser(
  diagrams: readonly DiagramDefinition[],
  pages: PageSource,
  whileDrawing?: () => void,
): Promise<Map<string, string>> {
  const { page, release } = await pages.open(DIAGRAM_PAGE, prepareDiagramPage);
  try {
    const drawingInPage = drawOnPage(page, diagrams.filter(drawnByMermaid));
    // The page has the work in hand once it answers a later call (its drawing awaits Mermaid, so the call is served
    // meanwhile); only then does Node draw the maps, which holds its event loop until they are done.
    await Promise.race([page.evaluate(() => true), drawingInPage]);
    const drawnInNode = drawMapsInNode(diagrams.filter((diagram) => !drawnByMermaid(diagram)));
    whileDrawing?.();
    const results = [...(await drawingInPage), ...(await drawOnPage(page, drawnInNode))];
    return checkedResults(results, diagrams);
  } finally {
    await release();
  }
}

function drawOnPage(
  page: Page,
  diagrams: ReadonlyArray<DiagramDefinition & { drawing: PageDrawing }>,
): Promise<DrawResult[]> {
  if (diagrams.length === 0) return Promise.resolve([]);
  return page.evaluate(drawAll, {
    diagrams: diagrams.map((diagram) => ({
      id: diagram.id,
      drawing: diagram.drawing,
      title: diagram.title,
      description: diagram.description,
      nodes: diagram.nodes ?? null,
    })),
    config: MERMAID_CONFIG,
    sanitizer: SANITIZER_CONFIG,
  });
}

/** The drawings by diagram id, once every one was drawn and found inert; else the error that names the slides. */
function checkedResults(results: readonly DrawResult[], diagrams: readonly DiagramDefinition[]): Map<string, string> {
  const byId = (id: string): DiagramDefinition | undefined => diagrams.find((candidate) => candidate.id === id);
  const failures = results.flatMap((result) => {
    const diagram = byId(result.id);
    return diagram && result.error !== undefined ? [{ diagram, message: result.error }] : [];
  });
  if (failures.length > 0) throw new DiagramRenderError(failures);
  const refusals = results.flatMap((result) => {
    const diagram = byId(result.id);
    return diagram && result.refused ? [{ diagram, refused: result.refused }] : [];
  });
  if (refusals.length > 0) throw new InertnessError(refusals);
  return new Map(results.map((result) => [result.id, result.svg ?? '']));
}

/**
 * Loads the deck's fonts, Mermaid, the sanitizer and the inertness check into a page that will draw diagrams:
 * one document with every script inline, loaded in one step.
 */
export async function prepareDiagramPage(page: Page): Promise<void> {
  // The check runs where the drawing is parsed; it is handed over as its own source, like any page.evaluate function.
  const scripts = [
    readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8'),
    readFileSync(sanitizerScriptPath(), 'utf8'),
    `window.checkInertInPage = ${checkInertInPage.toString()};`,
  ];
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${inlineFontFaces()} body{font-family:"Source Sans 3",sans-serif}</style>${scripts.map(inlineScript).join('')}</head><body></body></html>`,
  );
  // Mermaid measures text as it lays out; the deck's font must be loaded first or the boxes will not fit the labels.
  await page.evaluate(async () => {
    await Promise.all(
      ['400 18px "Source Sans 3"', '700 18px "Source Sans 3"'].map((font) => document.fonts.load(font)),
    );
  });
}

/** A script element holding `source`; "</script" inside it (in a string or a pattern) is written "<\/script", as JavaScript reads it alike. */
function inlineScript(source: string): string {
  return `<script>${source.replace(/<\/script/gi, '<\\/script')}</script>`;
}

/**
 * Runs inside the page: draws each Mermaid diagram and checks it has a real size and
 * one box per data item; takes an SVG drawing as written; gives every drawing its text
 * alternative; then checks each, whatever drew it, against the inertness allow-list.
 */
async function drawAll(input: {
  diagrams: Array<{
    id: string;
    drawing: PageDrawing;
    title: string;
    description: string;
    nodes: readonly string[] | null;
  }>;
  config: typeof MERMAID_CONFIG;
  sanitizer: typeof SANITIZER_CONFIG;
}): Promise<DrawResult[]> {
  const mermaid = (
    window as unknown as {
      mermaid: { initialize(config: unknown): void; render(id: string, text: string): Promise<{ svg: string }> };
    }
  ).mermaid;
  const checkInert = (window as unknown as { checkInertInPage: typeof checkInertInPage }).checkInertInPage;
  mermaid.initialize(input.config);
  const results: DrawResult[] = [];
  for (const { id, drawing, title, description, nodes } of input.diagrams) {
    try {
      const svg = drawing.engine === 'mermaid' ? (await mermaid.render(id, drawing.text)).svg : drawing.svg;
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
      if (!(parsed instanceof SVGSVGElement)) {
        results.push({ id, refused: ['markup that does not parse as SVG'] });
        continue;
      }
      const box = parsed.viewBox.baseVal;
      if (!box || box.width < 10 || box.height < 10) {
        results.push({ id, error: 'the drawing is empty; check that it has nodes or entries.' });
        continue;
      }
      const boxes = parsed.querySelectorAll('g.node').length;
      if (nodes && boxes !== nodes.length) {
        results.push({
          id,
          error: `${nodes.length} data items (${nodes.join(', ')}) drew as ${boxes} boxes: two of them share a node id. Give them ids that differ in more than case, '-' or '_'.`,
        });
        continue;
      }
      // Some diagram kinds (timeline) ignore accTitle/accDescr; every drawing gets its text alternative here.
      ensureTextAlternative(parsed, id, title, description);
      pruneUnusedStyles(parsed);
      const verdict = checkInert(new XMLSerializer().serializeToString(parsed), input.sanitizer);
      results.push(verdict.refused ? { id, refused: verdict.refused } : { id, svg: verdict.svg ?? '' });
    } catch (error) {
      results.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;

  /**
   * Mermaid ships every diagram with its whole theme stylesheet (about 15 kB, most of it for
   * shapes the diagram does not have). Each one becomes part of the deck's styles, which every
   * slide's layout then pays for; only the rules that match something in this drawing are kept.
   */
  function pruneUnusedStyles(svg: Element): void {
    for (const style of svg.querySelectorAll('style')) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(style.textContent ?? '');
      const kept = [...sheet.cssRules].filter(
        (rule) => !(rule instanceof CSSStyleRule) || matchesSomething(svg, rule.selectorText),
      );
      style.textContent = kept.map((rule) => rule.cssText).join('');
    }
  }

  function matchesSomething(svg: Element, selectorText: string): boolean {
    // Pseudo-classes (:hover) and pseudo-elements never match a static query; test the element they qualify.
    const plain = selectorText.replace(/::?[a-zA-Z-]+(\([^)]*\))?/g, '').trim();
    if (plain === '' || plain.split(',').some((part) => part.trim() === '')) return true;
    try {
      return svg.matches(plain) || svg.querySelector(plain) !== null;
    } catch {
      return true;
    }
  }

  function ensureTextAlternative(svg: Element, id: string, title: string, description: string): void {
    const namespace = 'http://www.w3.org/2000/svg';
    if (!svg.querySelector(':scope > title')) {
      const element = document.createElementNS(namespace, 'title');
      element.id = `${id}-title`;
      element.textContent = title;
      svg.prepend(element);
      svg.setAttribute('aria-labelledby', element.id);
    }
    if (!svg.querySelector(':scope > desc')) {
      const element = document.createElementNS(namespace, 'desc');
      element.id = `${id}-desc`;
      element.textContent = description;
      svg.querySelector(':scope > title')?.after(element);
      svg.setAttribute('aria-describedby', element.id);
    }
  }
}
