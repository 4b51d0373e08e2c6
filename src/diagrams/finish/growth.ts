import type { DiagramGrowth } from '../diagram-kind.ts';
import { addClasses, classesOf, type Document, type Element, elementsOf } from './svg-dom.ts';

/** Class on every drawn element that is a step; reveal.js adds `visible` and `current-fragment` to it. */
export const STEP_CLASS = 'diagram-step';
/** Class added to the elements of a step of undated ties, which the deck draws in a neutral tone. */
export const UNDATED_STEP_CLASS = 'diagram-step--undated';

/**
 * The drawn elements each key names: a Mermaid node (`…-flowchart-<key>-<n>`), a Mermaid edge and its label
 * (`data-id="<key>"`), or an element a generator marked `data-key="<key>"`. Found in one walk of the drawing:
 * a finishing step asks for each of its keys in turn, and walking the whole drawing once per key took most of
 * a warm build's finishing.
 */
export function keyedElements(root: Element, diagramId: string): (key: string) => Element[] {
  const node = new RegExp(`^${escapeRegExp(diagramId)}-flowchart-(.+)-\\d+$`);
  const byKey = new Map<string, Element[]>();
  const add = (key: string, element: Element): void => {
    const named = byKey.get(key);
    if (named) {
      if (!named.includes(element)) named.push(element);
    } else byKey.set(key, [element]);
  };
  for (const element of elementsOf(root)) {
    const dataKey = element.getAttribute('data-key');
    if (dataKey !== null) add(dataKey, element);
    const dataId = element.getAttribute('data-id');
    if (dataId !== null && element.localName !== 'marker') add(dataId, element);
    const id = element.getAttribute('id') ?? '';
    const flowchartNode = node.exec(id)?.[1];
    if (flowchartNode !== undefined) add(flowchartNode, element);
    if (id.startsWith(`${diagramId}-`) && classesOf(element).includes('flowchart-link'))
      add(id.slice(diagramId.length + 1), element);
  }
  return (key) => byKey.get(key) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Makes the slide's steps reveal.js fragments, in order, and leaves out what belongs to
 * later slides. reveal.js treats any element with the `fragment` class and a
 * `data-fragment-index` as a step, SVG elements too, and marks the newest `current-fragment`.
 */
export function applyGrowth(document: Document, diagramId: string, growth: DiagramGrowth): void {
  const root = document.documentElement;
  if (!root) return;
  // A key with no drawn element leaves nothing to reveal; the deck's end-to-end tests step through every growing diagram.
  const find = keyedElements(root, diagramId);
  growth.steps.forEach((step, index) => {
    for (const key of step.keys) {
      for (const element of find(key)) {
        addClasses(element, 'fragment', STEP_CLASS, ...(step.undated ? [UNDATED_STEP_CLASS] : []));
        element.setAttribute('data-fragment-index', String(index));
      }
    }
  });
  for (const key of growth.later) for (const element of find(key)) element.parentNode?.removeChild(element);
}
