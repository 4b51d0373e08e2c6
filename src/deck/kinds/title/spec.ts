import { LIMITS } from '../../../model/lengths.ts';
import type { SlideKindSpec } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /** The opening slide: the talk's title, a subtitle and a byline that cites the main source. */
    title: {
      /** The title as shown. */
      readonly title: string;
      /** One line under it. */
      readonly subtitle: string;
      /** Who made the talk and from what; the main source's marker follows it. */
      readonly byline: string;
    };
  }
}

export const titleSlideSpec: SlideKindSpec<'title'> = {
  kind: 'title',
  texts: (spec) => [
    ['title', spec, 'title', LIMITS.titleSlideTitle],
    ['subtitle', spec, 'subtitle', LIMITS.titleSlideSubtitle],
    ['byline', spec, 'byline', LIMITS.titleSlideByline],
  ],
};
