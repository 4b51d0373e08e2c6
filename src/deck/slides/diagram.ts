import type { DiagramDefinition } from '../../diagrams/types.ts';
import { citeMarker, type RenderContext } from '../context.ts';
import { html, trusted, type SafeHtml } from '../html.ts';

/** A diagram drawn at build time, inlined as SVG, with a caption that cites what it draws. */
export function diagramFigure(context: RenderContext, diagram: DiagramDefinition, caption: string): SafeHtml {
  const svg = context.svgs.get(diagram.id);
  // The build renders every diagram before any slide; a gap here is a pipeline bug, not a content error.
  if (!svg) throw new Error(`Diagram '${diagram.id}' on slide '${diagram.slideId}' was not rendered.`);
  return html`<figure class="diagram" data-diagram="${diagram.id}">
<div class="diagram-canvas">${trusted(svg)}</div>
<figcaption>${caption}${diagram.sources.map((source) => citeMarker(context.talk, source))}</figcaption>
</figure>`;
}
