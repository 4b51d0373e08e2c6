import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import type { DiagramDefinition } from '../diagrams/diagram-kind.ts';
import { inlineFontFaces } from './fonts.ts';
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

/** What was drawn from: the Mermaid text, or the SVG a generator wrote. */
function sourceText(diagram: DiagramDefinition): string {
  return diagram.drawing.engine === 'mermaid' ? diagram.drawing.text : diagram.drawing.svg;
}

function numbered(source: string): string {
  return source
    .trimEnd()
    .split('\n')
    .map((line, index) => `      ${String(index + 1).padStart(3)} | ${line}`)
    .join('\n');
}

export interface RenderOptions {
  /** Folder for drawn SVGs, keyed by a hash of source, Mermaid version and config. */
  readonly cacheDir: string;
  /** Called with a line for each step, for the build's log. */
  readonly log?: (line: string) => void;
  /** A running Chromium to draw in (left open); default: one is started for the misses and closed after. */
  readonly browser?: Browser;
}

export interface RenderReport {
  readonly svgs: Map<string, string>;
  readonly drawn: number;
  readonly fromCache: number;
}

export function mermaidVersion(): string {
  const manifest = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The drawing depends on the diagram, Mermaid's version, its config and the in-browser drawing code itself. */
export function cacheKey(diagram: DiagramDefinition, version: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        diagram.id,
        sourceText(diagram),
        diagram.title,
        diagram.description,
        version,
        MERMAID_CONFIG,
        drawAll.toString(),
      ]),
    )
    .digest('hex')
    .slice(0, 32);
}

/** Draws every diagram to SVG, reusing cached drawings; one headless Chromium draws all the misses. */
export async function renderDiagrams(
  diagrams: readonly DiagramDefinition[],
  options: RenderOptions,
): Promise<RenderReport> {
  const version = mermaidVersion();
  mkdirSync(options.cacheDir, { recursive: true });
  const svgs = new Map<string, string>();
  const misses: Array<{ diagram: DiagramDefinition; file: string }> = [];
  for (const diagram of diagrams) {
    // A generator that writes its own SVG needs no browser: its drawing ships as written.
    if (diagram.drawing.engine === 'svg') {
      svgs.set(diagram.id, diagram.drawing.svg);
      continue;
    }
    const file = join(options.cacheDir, `${cacheKey(diagram, version)}.svg`);
    if (existsSync(file)) svgs.set(diagram.id, readFileSync(file, 'utf8'));
    else misses.push({ diagram, file });
  }
  if (misses.length > 0) {
    options.log?.(`drawing ${misses.length} diagram(s) with Mermaid ${version} (${svgs.size} from cache)`);
    const drawn = await drawInBrowser(
      misses.map((miss) => miss.diagram),
      options.browser,
    );
    for (const { diagram, file } of misses) {
      const svg = drawn.get(diagram.id) ?? '';
      // Write then rename, so an interrupted build never leaves a half-written SVG in the cache.
      writeFileSync(`${file}.tmp`, svg);
      renameSync(`${file}.tmp`, file);
      svgs.set(diagram.id, svg);
    }
  }
  return {
    svgs,
    drawn: misses.length,
    fromCache: diagrams.filter((diagram) => diagram.drawing.engine === 'mermaid').length - misses.length,
  };
}

interface DrawResult {
  readonly id: string;
  readonly svg?: string;
  readonly error?: string;
}

async function drawInBrowser(diagrams: readonly DiagramDefinition[], given?: Browser): Promise<Map<string, string>> {
  const browser = given ?? (await launchChromium());
  const page = await browser.newPage();
  try {
    await preparePage(page);
    const results = await page.evaluate(drawAll, {
      diagrams: diagrams.map((diagram) => ({
        id: diagram.id,
        source: sourceText(diagram),
        title: diagram.title,
        description: diagram.description,
      })),
      config: MERMAID_CONFIG,
    });
    const failures = results.flatMap((result) => {
      const diagram = diagrams.find((candidate) => candidate.id === result.id);
      return diagram && result.error !== undefined ? [{ diagram, message: result.error }] : [];
    });
    if (failures.length > 0) throw new DiagramRenderError(failures);
    return new Map(results.map((result) => [result.id, result.svg ?? '']));
  } finally {
    await page.close();
    if (!given) await browser.close();
  }
}

async function preparePage(page: Page): Promise<void> {
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${inlineFontFaces()} body{font-family:"Source Sans 3",sans-serif}</style></head><body></body></html>`,
  );
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  // Mermaid measures text as it lays out; the deck's font must be loaded first or the boxes will not fit the labels.
  await page.evaluate(async () => {
    await Promise.all(
      ['400 18px "Source Sans 3"', '700 18px "Source Sans 3"'].map((font) => document.fonts.load(font)),
    );
  });
}

/** Runs inside the page: draws each diagram and checks the result has a real size. */
async function drawAll(input: {
  diagrams: Array<{ id: string; source: string; title: string; description: string }>;
  config: typeof MERMAID_CONFIG;
}): Promise<DrawResult[]> {
  const mermaid = (
    window as unknown as {
      mermaid: { initialize(config: unknown): void; render(id: string, text: string): Promise<{ svg: string }> };
    }
  ).mermaid;
  mermaid.initialize(input.config);
  const results: DrawResult[] = [];
  for (const { id, source, title, description } of input.diagrams) {
    try {
      const { svg } = await mermaid.render(id, source);
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
      const box = parsed instanceof SVGSVGElement ? parsed.viewBox.baseVal : null;
      if (!box || box.width < 10 || box.height < 10) {
        results.push({ id, error: 'Mermaid drew an empty diagram; check that it has nodes or entries.' });
        continue;
      }
      // Some diagram kinds (timeline) ignore accTitle/accDescr; every drawing gets its text alternative here.
      ensureTextAlternative(parsed, id, title, description);
      pruneUnusedStyles(parsed);
      results.push({ id, svg: new XMLSerializer().serializeToString(parsed) });
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
