import { html } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import { pointEvents, pointSources, pointsDetail, pointsList } from '../../parts/points.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

export const pointsSlideRenderer: SlideKindRenderer<'points'> = {
  kind: 'points',
  render(spec, context) {
    const body = html`${pointsList(context, spec.points)}${notesAside(context, spec.notes, pointEvents(context, spec.points), pointsDetail(context, spec.points))}`;
    return [
      { id: spec.id, title: spec.title, body, sources: pointSources(context, spec.points), seconds: spec.seconds },
    ];
  },
};
