import { LIMITS } from '../../../model/lengths.ts';
import { type SlideKindSpec, titleText } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /** What the record adds: each main-source claim that other reporting corrects, beside the record. */
    record: {
      /** The slide's heading. */
      readonly title: string;
    };
  }
}

export const recordSlideSpec: SlideKindSpec<'record'> = {
  kind: 'record',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
};
