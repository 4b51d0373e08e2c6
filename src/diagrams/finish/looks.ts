import { type Look, tintVar, toneVar } from '../../look/group-looks.ts';
import { markPath } from '../../look/marks.ts';
import type { DiagramLook } from '../diagram-kind.ts';
import { keyedElements } from './growth.ts';
import { addClasses, addStyle, type Document, type Element, svgElement } from './svg-dom.ts';

/** Radius of a group's mark on a node's corner, in drawing units (about CSS px at slide scale). */
const MARK_RADIUS = 9;

/** The shape Mermaid drew a node as: its first rect, polygon or path. */
function nodeShape(node: Element): Element | null {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const element = child as Element;
    if (['rect', 'polygon', 'path'].includes(element.localName ?? '')) return element;
  }
  return null;
}

function numberAttribute(element: Element, name: string): number {
  const value = Number(element.getAttribute(name));
  return Number.isFinite(value) ? value : 0;
}

/** A node in its group's tone, with the group's mark on its top-left corner: the second cue beside colour. */
function drawLook(document: Document, node: Element, look: Look): void {
  const shape = nodeShape(node);
  if (!shape) return;
  addStyle(shape, `fill:${tintVar(look)};stroke:${toneVar(look)};stroke-width:2.5px`);
  addClasses(node, `look-${look.tone}`);
  const x = numberAttribute(shape, 'x');
  const y = numberAttribute(shape, 'y');
  const mark = svgElement(document, 'path', {
    class: `group-mark group-mark--${look.mark}`,
    d: markPath(look.mark, x, y, MARK_RADIUS),
    style: `fill:${toneVar(look)}`,
  });
  shape.parentNode?.insertBefore(mark, shape.nextSibling);
}

/** Draws each group's node in its look. */
export function applyLooks(document: Document, diagramId: string, looks: readonly DiagramLook[]): void {
  const root = document.documentElement;
  if (!root) return;
  const find = keyedElements(root, diagramId);
  for (const { key, look } of looks) {
    for (const node of find(key)) {
      if (node.localName === 'g' && (node.getAttribute('class') ?? '').split(' ').includes('node'))
        drawLook(document, node, look);
    }
  }
}
