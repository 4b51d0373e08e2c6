import { LIMITS } from '../../model/lengths.ts';
import { html } from '../html.ts';
import { notesAside } from '../parts/notes.ts';
import { checkPoints, pointSources, pointStatements, pointsDetail, pointsList } from '../parts/points.ts';
import { publishedFigure } from '../parts/published.ts';
import { type SlideKind, titleText } from '../slide-kind.ts';

declare module '../../model/types.ts' {
  interface SlideKinds {
    /** The last slide: take-away points, which cite their sources like any other. */
    closing: {
      /** The slide's heading. */
      readonly title: string;
      /** The take-aways, in order. */
      readonly points: readonly Point[];
    };
  }
}

export const closingSlide: SlideKind<'closing'> = {
  kind: 'closing',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) => checkPoints(spec.points, context, item),
  statements: (spec) => pointStatements(spec.points),
  render(spec, context) {
    const body = html`<div class="closing">${pointsList(context, spec.points)}${publishedFigure(context)}</div>${notesAside(context, spec.notes, [], pointsDetail(context, spec.points))}`;
    return [
      { id: spec.id, title: spec.title, body, sources: pointSources(context, spec.points), seconds: spec.seconds },
    ];
  },
};
