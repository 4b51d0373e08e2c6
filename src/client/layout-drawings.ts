import type { SlideLayout } from './config.ts';

/**
 * A diagram drawn for each layout (src/diagrams/diagram-kind.ts) ships its wide drawing in the page and
 * its 4:3 one in an inert `<template>`: only one is ever in the document, so every query reveal.js and the
 * deck run over the slides walks half the drawing nodes. This puts the drawings of `layout` in, and the
 * others back into their templates. A page without script (the bench's floor, a reader with scripts off)
 * shows the wide drawings.
 */
export function showDrawingsFor(doc: Document, layout: SlideLayout): void {
  for (const canvas of doc.querySelectorAll<HTMLElement>('.diagram-canvas')) {
    const shown = canvas.querySelector<SVGSVGElement>(':scope > svg[data-layout]');
    const kept = canvas.querySelector<HTMLTemplateElement>(`:scope > template[data-layout="${layout}"]`);
    if (!shown || !kept || shown.dataset['layout'] === layout) continue;
    const drawing = kept.content.firstElementChild;
    if (!drawing) continue;
    const other = doc.createElement('template');
    other.dataset['layout'] = shown.dataset['layout'] ?? '';
    shown.replaceWith(drawing);
    other.content.append(shown);
    kept.replaceWith(other);
  }
}
