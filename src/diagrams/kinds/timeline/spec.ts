import type { DiagramKindSpec } from '../../diagram-spec.ts';

declare module '../../../model/types.ts' {
  interface DiagramKinds {
    /**
     * An overview of the years `from`–`to`: one column per year, its events by short title,
     * the main source's apart from other reporting's, each attack with the mark of the name it
     * was claimed in. Five years fit a slide at a size legible from the back of a room.
     */
    timeline: {
      /** First year; default the talk's first. */
      readonly from?: number;
      /** Last year; default the talk's last. */
      readonly to?: number;
    };
  }
}

export const timelineDiagramSpec: DiagramKindSpec<'timeline'> = {
  kind: 'timeline',
  check(spec, context, item) {
    const { period } = context.talk;
    for (const end of ['from', 'to'] as const) {
      const year = spec[end];
      if (year !== undefined && (year < period.from || year > period.to))
        context.report(item, `diagram.${end}`, `${year} is outside the period ${period.from}–${period.to}`);
    }
  },
};
