import { needGroup } from '../../../model/check-context.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';

declare module '../../../model/types.ts' {
  interface DiagramKinds {
    /** How a group formed: the groups its members left and the organisation it joined, each with its aim. */
    formation: {
      /** Id of the group whose formation is drawn. */
      readonly group: string;
    };
  }
}

export const formationDiagramSpec: DiagramKindSpec<'formation'> = {
  kind: 'formation',
  check: (spec, context, item) => void needGroup(context, spec.group, item, 'diagram.group'),
};
