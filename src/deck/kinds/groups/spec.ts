import { needGroup } from '../../../model/check-context.ts';
import { LIMITS } from '../../../model/lengths.ts';
import { type SlideKindSpec, titleText } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /** Who is who: one row per group with its short and full name, founding, aim and a one-line summary. */
    groups: {
      /** The slide's heading. */
      readonly title: string;
      /** Ids of the groups, in the order of the rows. */
      readonly groups: readonly string[];
    };
  }
}

export const groupsSlideSpec: SlideKindSpec<'groups'> = {
  kind: 'groups',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) =>
    spec.groups.forEach((id, position) => void needGroup(context, id, item, `groups[${position}]`)),
};
