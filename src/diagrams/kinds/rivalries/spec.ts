import { needGroup, needOne } from '../../../model/check-context.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';

declare module '../../../model/types.ts' {
  interface DiagramKinds {
    /** Who fights whom, and a state's dilemma as an author argues it, drawn apart and labelled as the author's. */
    rivalries: {
      /** Id of the state at the centre. */
      readonly state: string;
      /** Id of the author's argument that states the dilemma. */
      readonly argument: string;
      /**
       * The groups the dilemma is about (ids): only they, the state and the hostile ties among
       * them are drawn, so the trap reads at a glance. Default: every group in a hostile tie.
       */
      readonly between?: readonly string[];
    };
  }
}

export const rivalriesDiagramSpec: DiagramKindSpec<'rivalries'> = {
  kind: 'rivalries',
  check(spec, context, item) {
    needGroup(context, spec.state, item, 'diagram.state');
    needOne(context.report, context.arguments, 'argument', spec.argument, item, 'diagram.argument');
    spec.between?.forEach((id, position) => void needGroup(context, id, item, `diagram.between[${position}]`));
  },
};
