/**
 * A drawn SVG as a DOM at build time, through @xmldom/xmldom: the finishing steps add
 * classes, attributes and small shapes to what Mermaid drew without taking its markup
 * apart with patterns. Node only; nothing of it ships to the browser.
 */
import { DOMParser, type Document, type Element, MIME_TYPE, XMLSerializer } from '@xmldom/xmldom';

export type { Document, Element } from '@xmldom/xmldom';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Drawings the build parsed already, to check them as it read them from its cache
 * (src/pipeline/render-diagrams.ts): each is finished from that document, taken once, not parsed again.
 * Parsing every drawing twice took a tenth of a warm build.
 */
const parsedDrawings = new Map<string, Document>();
/** Bounds what a process that builds again and again (the dev server) keeps of drawings never finished. */
const MOST_KEPT = 64;

export function handOverParsed(svg: string, document: Document): void {
  if (parsedDrawings.size >= MOST_KEPT) parsedDrawings.clear();
  parsedDrawings.set(svg, document);
}

/** Parses a drawn SVG; a drawing that is not well-formed XML is a pipeline bug, named with the diagram. */
export function parseSvg(svg: string, diagramId: string): Document {
  const handedOver = parsedDrawings.get(svg);
  if (handedOver) {
    // Finishing changes the document: it is the caller's now, and another finish of the same drawing parses afresh.
    parsedDrawings.delete(svg);
    return handedOver;
  }
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`Diagram '${diagramId}': its SVG is not well-formed (${message}).`);
    },
  }).parseFromString(svg, MIME_TYPE.XML_SVG_IMAGE);
  return document;
}

export function serializeSvg(document: Document): string {
  return new XMLSerializer().serializeToString(document);
}

/** Every element under `root` (itself included), in document order. */
export function elementsOf(root: Element): Element[] {
  const found: Element[] = [root];
  for (const child of Array.from(root.getElementsByTagName('*'))) found.push(child);
  return found;
}

export function classesOf(element: Element): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

export function addClasses(element: Element, ...names: readonly string[]): void {
  const classes = classesOf(element);
  element.setAttribute('class', [...classes, ...names.filter((name) => !classes.includes(name))].join(' '));
}

/** Appends declarations to an element's `style` attribute. */
export function addStyle(element: Element, declarations: string): void {
  const current = (element.getAttribute('style') ?? '').trim().replace(/;*$/, '');
  element.setAttribute('style', current === '' ? declarations : `${current};${declarations}`);
}

/** A new SVG element with attributes, in the SVG namespace. */
export function svgElement(document: Document, name: string, attributes: Readonly<Record<string, string>>): Element {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}
