import { LIMITS } from '../../../model/lengths.ts';
import type { SlideKindSpec } from '../../slide-kind.ts';
import { titleText } from '../../slide-kind.ts';
import { checkPoints, pointStatements } from '../points/spec.ts';

declare module '../../../model/types.ts' {
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

export const closingSlideSpec: SlideKindSpec<'closing'> = {
  kind: 'closing',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) => checkPoints(spec.points, context, item),
  statements: (spec) => pointStatements(spec.points),
};
