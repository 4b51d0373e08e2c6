import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  MIME_TYPE,
  type Document as XmlDocument,
  type Element as XmlElement,
  type Node as XmlNode,
  DOMParser as XmlParser,
} from '@xmldom/xmldom';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS } from './svg-allow-list.ts';

const require = createRequire(import.meta.url);

/**
 * What a drawing may hold, as DOMPurify's SVG profile with the deck's own narrowing
 * (svg-allow-list.ts): shapes, text, styles, gradients, markers and filters; no script,
 * no handler, no link, no embedded HTML or image, no reference to another file, and no
 * SMIL animation, which can rewrite any attribute after the page has loaded. The lists
 * are given whole, not as DOMPurify's profile names, so that the check made when a
 * drawing is read from the cache (`inertnessInNode`) holds it to the very same names.
 */
export const SANITIZER_CONFIG = {
  IN_PLACE: true,
  ALLOWED_TAGS: ['#text', ...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  FORBID_ATTR: [...FORBIDDEN_ATTRIBUTES],
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
  purifier.sanitize(root, config);
  const refused = purifier.removed.map((entry) =>
    entry.element
      ? `element <${entry.element.nodeName}>`
      : `attribute ${entry.attribute?.name ?? '?'}="${(entry.attribute?.value ?? '').slice(0, 40)}" on <${entry.from?.nodeName ?? '?'}>`,
  );
  if (refused.length > 0) return { refused: [...new Set(refused)] };
  return { svg: new XMLSerializer().serializeToString(root) };
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);
const ALLOWED_ATTRIBUTE_SET = new Set(ALLOWED_ATTRIBUTES);
const FORBIDDEN_TAG_SET = new Set<string>(FORBIDDEN_TAGS);
const FORBIDDEN_ATTRIBUTE_SET = new Set<string>(FORBIDDEN_ATTRIBUTES);
/** DOMPurify's rules for attribute values (purify.es.mjs): which may hold any text, and what an address may start with. */
const URI_SAFE_ATTRIBUTES = new Set(
  'alt class for id label name pattern placeholder role summary title value style xmlns'.split(' '),
);
const IS_ALLOWED_URI =
  /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: DOMPurify's own pattern, whose control characters are the point.
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const ATTR_VALUE_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const COMMENT_MARKUP = /<[/\w]/;

/**
 * The draw-time check, made again in Node on a drawing read back from the cache: the same
 * allow-list (svg-allow-list.ts) and DOMPurify's value rules, walked over an @xmldom/xmldom
 * parse, so a warm build re-checks every drawing without starting Chromium. It refuses
 * anything the sanitizer would remove or rewrite, so a stored drawing passes only if
 * sanitizing it again would leave it as it is. Returns what it refuses (empty: inert) and, when it
 * passed, the drawing as parsed: the build finishes that very document (src/diagrams/finish/svg-dom.ts
 * `handOverParsed`) rather than parsing the drawing a second time.
 */
export function inertnessInNode(svg: string): { readonly refused: readonly string[]; readonly parsed?: XmlDocument } {
  let parsed: XmlDocument;
  try {
    parsed = new XmlParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(svg, MIME_TYPE.XML_SVG_IMAGE);
  } catch {
    return { refused: ['markup that does not parse as SVG'] };
  }
  const root = parsed.documentElement;
  if (!root || root.namespaceURI !== SVG_NAMESPACE || root.localName !== 'svg')
    return { refused: ['markup that does not parse as SVG'] };
  const refused = new Set<string>();
  for (const node of Array.from(parsed.childNodes)) if (node !== root) refused.add(nodeRefusal(node) ?? 'a prologue');
  walk(root, refused);
  return refused.size > 0 ? { refused: [...refused] } : { refused: [], parsed };
}

function walk(element: XmlElement, refused: Set<string>): void {
  for (const found of attributeRefusals(element)) refused.add(found);
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    const refusal = nodeRefusal(child);
    if (refusal !== null) refused.add(refusal);
    else if (child.nodeType === child.ELEMENT_NODE) walk(child as XmlElement, refused);
  }
}

function nodeRefusal(node: XmlNode): string | null {
  switch (node.nodeType) {
    case node.TEXT_NODE:
      return null;
    case node.COMMENT_NODE:
      return COMMENT_MARKUP.test(node.nodeValue ?? '') ? 'a comment holding markup' : null;
    case node.ELEMENT_NODE: {
      const element = node as XmlElement;
      const name = (element.localName ?? element.nodeName).toLowerCase();
      if (element.namespaceURI !== SVG_NAMESPACE) return `element <${element.nodeName}> of another language`;
      if (FORBIDDEN_TAG_SET.has(name) || !ALLOWED_TAG_SET.has(name)) return `element <${element.nodeName}>`;
      return null;
    }
    default:
      return `a ${node.nodeName} node`;
  }
}

function attributeRefusals(element: XmlElement): string[] {
  const tag = (element.localName ?? element.nodeName).toLowerCase();
  return Array.from(element.attributes).flatMap((attribute) =>
    attributeAllowed(tag, attribute.name.toLowerCase(), attribute.value)
      ? []
      : [`attribute ${attribute.name}="${attribute.value.slice(0, 40)}" on <${element.nodeName}>`],
  );
}

/** DOMPurify's `_sanitizeAttributes` and `_isValidAttribute`, for an SVG drawing with the deck's config. */
function attributeAllowed(tag: string, name: string, value: string): boolean {
  // The sanitizer trims every value it keeps, and would rewrite one that is not.
  if (name !== 'value' && value !== value.trim()) return false;
  if (ATTR_VALUE_BREAKOUT.test(value) || value.includes('/>')) return false;
  if (name === 'attributename' && value.includes('href')) return false;
  if (FORBIDDEN_ATTRIBUTE_SET.has(name) || name === 'patchsrc' || (name === 'for' && tag !== 'label')) return false;
  if (/^data-[-\w.\u00B7-\uFFFF]+$/.test(name) || /^aria-[-\w]+$/.test(name)) return true;
  if (!ALLOWED_ATTRIBUTE_SET.has(name)) return false;
  if (URI_SAFE_ATTRIBUTES.has(name)) return true;
  return IS_ALLOWED_URI.test(value.replace(ATTR_WHITESPACE, '')) || value === '';
}
