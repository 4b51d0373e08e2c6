import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * What a drawing may hold, as DOMPurify's SVG profile with the deck's own narrowing:
 * shapes, text, styles, gradients, markers and filters; no script, no handler, no
 * link, no embedded HTML or image, no reference to another file, and no SMIL
 * animation (`<animate values="javascript:…">`, `<set attributeName="onclick">`),
 * which can rewrite any attribute after the page has loaded.
 */
export const SANITIZER_CONFIG = {
  IN_PLACE: true,
  USE_PROFILES: { svg: true, svgFilters: true },
  // Mermaid marks its drawings role="graphics-document document"; aria-* are allowed by default.
  // An <a> may stay (Mermaid wraps clickable nodes in one): with no href it goes nowhere.
  ADD_ATTR: ['role'],
  FORBID_TAGS: [
    'animate',
    'animatecolor',
    'animatemotion',
    'animatetransform',
    'discard',
    'feimage',
    'foreignobject',
    'iframe',
    'image',
    'mpath',
    'script',
    'set',
    'use',
  ],
  FORBID_ATTR: ['xlink:href', 'href'],
} as const;

/** DOMPurify's version, part of the diagram cache key: a newer sanitizer checks every drawing again. */
export function sanitizerVersion(): string {
  // The package exports no package.json; its manifest sits beside its dist/ folder.
  const manifest = join(dirname(require.resolve('dompurify/dist/purify.min.js')), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The sanitizer's script, to load into the build's page. */
export function sanitizerScriptPath(): string {
  return require.resolve('dompurify/dist/purify.min.js');
}

/** A drawing that failed the check: what did not parse, or what it held that a drawing may not. */
export interface InertnessVerdict {
  /** The drawing as checked (unchanged when it passed). */
  readonly svg?: string;
  /** Why it is refused: "does not parse as SVG", or the elements and attributes the allow-list refuses. */
  readonly refused?: readonly string[];
}

/**
 * Runs inside the build's page, with DOMPurify loaded: parses the drawing as SVG (XML,
 * where nothing runs) and sanitises it in place against the allow-list. A drawing
 * from which anything had to be removed is refused, not shipped altered.
 */
export function checkInertInPage(svg: string, config: typeof SANITIZER_CONFIG): InertnessVerdict {
  const purifier = (
    window as unknown as {
      DOMPurify: {
        sanitize(node: Element, options: unknown): unknown;
        removed: Array<{ element?: Node; attribute?: Attr | null; from?: Node }>;
      };
    }
  ).DOMPurify;
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (parsed.querySelector('parsererror') || !(root instanceof SVGSVGElement))
    return { refused: ['markup that does not parse as SVG'] };
  purifier.sanitize(root, { ...config, FORBID_TAGS: [...config.FORBID_TAGS], FORBID_ATTR: [...config.FORBID_ATTR] });
  const refused = purifier.removed.map((entry) =>
    entry.element
      ? `element <${entry.element.nodeName}>`
      : `attribute ${entry.attribute?.name ?? '?'}="${(entry.attribute?.value ?? '').slice(0, 40)}" on <${entry.from?.nodeName ?? '?'}>`,
  );
  if (refused.length > 0) return { refused: [...new Set(refused)] };
  return { svg: new XMLSerializer().serializeToString(root) };
}
