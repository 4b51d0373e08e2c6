import { html } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import { pointSources, pointsDetail, pointsList } from '../../parts/points.ts';
import { publishedFigure } from '../../parts/published.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

export const closingSlideRenderer: SlideKindRenderer<'closing'> = {
  kind: 'closing',
  render(spec, context) {
    const body = html`<div class="closing">${pointsList(context, spec.points)}${publishedFigure(context)}</div>${notesAside(context, spec.notes, [], pointsDetail(context, spec.points))}`;
    return [
      { id: spec.id, title: spec.title, body, sources: pointSources(context, spec.points), seconds: spec.seconds },
    ];
  },
};
