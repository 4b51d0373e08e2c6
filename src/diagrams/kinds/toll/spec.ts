import { needOne } from '../../../model/check-context.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';
import { checkShareParts, type SharePart } from '../share/spec.ts';

declare module '../../../model/types.ts' {
  interface DiagramKinds {
    /**
     * An event's toll as the main source gives it, beside what other reporting counts: bars on
     * one scale, one group per source, each `total` figure a bar split by the `part` (counts)
     * or `share` (per cent) figures after it, every number with its hedge. The record's
     * figures come from the event's record notes.
     */
    toll: {
      /** Id of the event whose figures are drawn. */
      readonly event: string;
      /**
       * Parts of wholes drawn under the bars, each a bar of its own scale (a share of 586 attacks
       * is not a number of deaths), e.g. the share of the year's attacks that were claimed. Default: none.
       */
      readonly shares?: readonly SharePart[];
    };
  }
}

export const tollDiagramSpec: DiagramKindSpec<'toll'> = {
  kind: 'toll',
  check(spec, context, item) {
    const event = context.events.get(spec.event);
    if (!event) return needOne(context.report, context.events, 'event', spec.event, item, 'diagram.event');
    if (!event.figures.some((figure) => figure.role === 'total' && figure.amount > 0)) {
      context.report(
        item,
        'diagram.event',
        `event '${event.id}' has no 'total' figure above 0; a toll chart draws the main source's total as its first bar`,
      );
    }
    checkShareParts(spec.shares ?? [], event, context.report, item, 'diagram.shares');
  },
};
