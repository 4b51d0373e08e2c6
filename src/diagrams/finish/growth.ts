import type { DiagramGrowth } from '../diagram-kind.ts';
import { addClasses, classesOf, type Document, type Element, elementsOf } from './svg-dom.ts';

/** Class on every drawn element that is a step; reveal.js adds `visible` and `current-fragment` to it. */
export const STEP_CLASS = 'diagram-step';
/** Class added to the elements of a step of undated ties, which the deck draws in a neutral tone. */
export const UNDATED_STEP_CLASS = 'diagram-step--undated';

/**
 * The drawn elements a key names: a Mermaid node (`…-flowchart-<key>-<n>`), a Mermaid
 * edge and its label (`data-id="<key>"`), or an element a generator marked `data-key="<key>"`.
 */
export function elementsWithKey(root: Element, diagramId: string, key: string): Element[] {
  const node = new RegExp(`^${escapeRegExp(diagramId)}-flowchart-${escapeRegExp(key)}-\\d+$`);
  return elementsOf(root).filter(
    (element) =>
      element.getAttribute('data-key') === key ||
      (element.getAttribute('data-id') === key && element.localName !== 'marker') ||
      node.test(element.getAttribute('id') ?? '') ||
      (element.getAttribute('id') === `${diagramId}-${key}` && classesOf(element).includes('flowchart-link')),
  );
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
  const find = (key: string): Element[] => elementsWithKey(root, diagramId, key);
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
