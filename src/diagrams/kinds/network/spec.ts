import { checkDate } from '../../../model/check-context.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';

declare module '../../../model/types.ts' {
  interface DiagramKinds {
    /**
     * The whole network of groups and ties, laid out once, revealed step by step in date
     * order up to `at`: each dated step on its own, the undated ties last. Several slides
     * of this kind show the same picture at points of the chronology, so nothing moves.
     */
    network: {
      /** The date the network is shown up to: later ties are left out, their place kept. */
      readonly at: PartialDate;
      /** What the previous network slide reached: its steps show from the start. Null for the first. */
      readonly previous: PartialDate | null;
    };
  }
}

export const networkDiagramSpec: DiagramKindSpec<'network'> = {
  kind: 'network',
  check(spec, context, item) {
    checkDate(context.talk, spec.at, item, 'diagram.at', context.report);
    if (spec.previous) checkDate(context.talk, spec.previous, item, 'diagram.previous', context.report);
  },
};
