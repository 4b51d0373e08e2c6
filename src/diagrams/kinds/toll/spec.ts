import { needOne } from '../../../model/check-context.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';

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
  },
};
