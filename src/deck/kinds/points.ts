import { LIMITS } from '../../model/lengths.ts';
import { html } from '../html.ts';
import { notesAside } from '../parts/notes.ts';
import { checkPoints, pointEvents, pointSources, pointStatements, pointsDetail, pointsList } from '../parts/points.ts';
import { type SlideKind, titleText } from '../slide-kind.ts';

declare module '../../model/types.ts' {
  interface SlideKinds {
    /** A titled list of points: events, cited statements and the author's arguments. */
    points: {
      /** The slide's heading. */
      readonly title: string;
      /** The points, in order. */
      readonly points: readonly Point[];
    };
  }
}

export const pointsSlide: SlideKind<'points'> = {
  kind: 'points',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) => checkPoints(spec.points, context, item),
  statements: (spec) => pointStatements(spec.points),
  render(spec, context) {
    const body = html`${pointsList(context, spec.points)}${notesAside(context, spec.notes, pointEvents(context, spec.points), pointsDetail(context, spec.points))}`;
    return [
      { id: spec.id, title: spec.title, body, sources: pointSources(context, spec.points), seconds: spec.seconds },
    ];
  },
};
