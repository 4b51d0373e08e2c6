import { html } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import { pointEvents, pointSources, pointsDetail, pointsList } from '../../parts/points.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';
import { diagramFigure } from '../diagram/render.ts';

export const pointsSlideRenderer: SlideKindRenderer<'points'> = {
  kind: 'points',
  render(spec, context) {
    const diagram = spec.diagram ? context.diagrams.get(spec.id) : undefined;
    if (spec.diagram && !diagram) throw new Error(`Slide '${spec.id}' has no generated diagram.`);
    const picture = diagram ? diagramFigure(context, diagram, undefined) : null;
    const body = html`${pointsList(context, spec.points)}${picture}${notesAside(context, spec.notes, pointEvents(context, spec.points), pointsDetail(context, spec.points))}`;
    const sources = [...pointSources(context, spec.points), ...(diagram?.sources ?? [])];
    return [{ id: spec.id, title: spec.title, body, sources: [...new Set(sources)], seconds: spec.seconds }];
  },
};
