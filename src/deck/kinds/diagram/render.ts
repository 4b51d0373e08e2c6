import type { DiagramDefinition, DiagramFrame, DiagramGrowth, LineKeyEntry } from '../../../diagrams/diagram-kind.ts';
import { finishDrawing } from '../../../diagrams/finish/index.ts';
import type { StageWording, Statement } from '../../../model/types.ts';
import { citeMarker, type RenderContext } from '../../context.ts';
import { bdi, html, type SafeHtml, trusted } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

/**
 * A diagram drawn at build time, inlined as SVG, with a caption that cites what it draws.
 * Assistive technology gets the diagram as one image, named and described from the data;
 * the drawing itself is hidden from it, so a screen reader is not read a jumble of node
 * labels — and reveal.js, which walks every accessible element of a slide it shows to
 * announce it, does not walk hundreds of SVG shapes at each slide change.
 */
export function diagramFigure(
  context: RenderContext,
  diagram: DiagramDefinition,
  caption: (Statement & StageWording) | undefined,
): SafeHtml {
  // The 4:3 drawing waits in an inert template: the page swaps it in on a 4:3 screen (src/client/layout-drawings.ts).
  const drawings = diagram.standard
    ? `${finished(context, diagram, 'wide')}<template data-layout="standard">${finished(context, diagram.standard, 'standard')}</template>`
    : finished(context, diagram, null);
  return html`<figure class="diagram" data-diagram="${diagram.id}">
<div class="diagram-canvas" role="img" aria-labelledby="${diagram.id}-name" aria-describedby="${diagram.id}-about"><span id="${diagram.id}-name" hidden>${diagram.title}</span><span id="${diagram.id}-about" hidden>${diagram.description}</span>${trusted(drawings)}</div>
${diagram.lineKey ? lineKey(diagram.lineKey) : null}${diagram.growth ? stepLabels(diagram.growth) : null}${caption ? html`<figcaption>${bdi(caption.stage ?? caption.text)}</figcaption>` : null}
</figure>`;
}

/**
 * One drawing of a diagram as the slide shows it, hidden from assistive technology (the canvas names it).
 * With a drawing per layout, each says which it is for (the page shows the one for its layout).
 */
function finished(context: RenderContext, diagram: DiagramDefinition, layout: DiagramFrame['layout'] | null): string {
  const drawn = context.svgs.get(diagram.id);
  // The build draws and checks every diagram before any slide (render-diagrams.ts: parsed as SVG, held to an
  // allow-list of inert elements and attributes in Chromium); a gap here is a pipeline bug, not a content error.
  if (!drawn?.startsWith('<svg'))
    throw new Error(`Diagram '${diagram.id}' on slide '${diagram.slideId}' was not drawn.`);
  const marks = layout ? ` data-layout="${layout}"` : '';
  return finishDrawing(diagram, drawn).replace(/^<svg\b/, `<svg aria-hidden="true" focusable="false"${marks}`);
}

/** What the diagram slide no longer shows on stage: its caption with a marker for every source it draws from. */
export function diagramDetail(
  context: RenderContext,
  diagram: DiagramDefinition,
  caption: Statement | undefined,
): SafeHtml {
  const cited = [...new Set([...diagram.sources, ...(caption?.sources ?? []).map((citation) => citation.source)])];
  return html`<p class="notes-caption">${caption ? bdi(caption.text) : null}${cited.map((source) => citeMarker(context, source))}</p>`;
}

/** The key to a diagram's line styles, in a row under it: a sample of each line, and what it stands for. */
function lineKey(entries: readonly LineKeyEntry[]): SafeHtml {
  return html`<ul class="line-key">${entries.map(
    (entry) =>
      html`<li><span class="line-sample line-sample--${entry.line}" aria-hidden="true"></span>${bdi(entry.text)}</li>`,
  )}</ul>
`;
}

/**
 * The dates of a growing diagram, in a row under it: the steps earlier slides showed,
 * then this slide's, each revealed with its step (same fragment index), the newest
 * highlighted by reveal.js's `current-fragment`.
 */
function stepLabels(growth: DiagramGrowth): SafeHtml {
  return html`<ol class="diagram-steps">${growth.before.map((label) => html`<li class="diagram-steps__shown">${label}</li>`)}${growth.steps.map(
    (step, index) =>
      html`<li class="fragment${step.undated ? ' diagram-steps__undated' : ''}" data-fragment-index="${index}">${step.label}</li>`,
  )}</ol>
`;
}

export const diagramSlideRenderer: SlideKindRenderer<'diagram'> = {
  kind: 'diagram',
  render(spec, context) {
    const diagram = context.diagrams.get(spec.id);
    if (!diagram) throw new Error(`Slide '${spec.id}' has no generated diagram.`);
    const body = html`${diagramFigure(context, diagram, spec.caption)}${notesAside(context, spec.notes, [], diagramDetail(context, diagram, spec.caption))}`;
    const sources = [...diagram.sources, ...(spec.caption?.sources ?? []).map((citation) => citation.source)];
    return [{ id: spec.id, title: spec.title, body, sources, seconds: spec.seconds }];
  },
};
