import type { RuleContext } from '../model/check-context.ts';
import type { DiagramKinds } from '../model/types.ts';
import type { DiagramKindSpec, DiagramOf, DiagramSpecRegistry } from './diagram-spec.ts';
import { formationDiagramSpec } from './kinds/formation/spec.ts';
import { mapDiagramSpec } from './kinds/map/spec.ts';
import { networkDiagramSpec } from './kinds/network/spec.ts';
import { rivalriesDiagramSpec } from './kinds/rivalries/spec.ts';
import { shareDiagramSpec } from './kinds/share/spec.ts';
import { timelineDiagramSpec } from './kinds/timeline/spec.ts';
import { tollDiagramSpec } from './kinds/toll/spec.ts';

/**
 * Every diagram kind's spec: its content rules. The rules load this and no generator (those are
 * in `renderers.ts`). A new kind: a folder in `kinds/`, one line here and one there.
 */
export const DIAGRAM_SPECS: DiagramSpecRegistry = {
  formation: formationDiagramSpec,
  network: networkDiagramSpec,
  rivalries: rivalriesDiagramSpec,
  timeline: timelineDiagramSpec,
  toll: tollDiagramSpec,
  map: mapDiagramSpec,
  share: shareDiagramSpec,
};

/** Runs the kind's content rules on a slide's diagram. */
export function checkDiagram<K extends keyof DiagramKinds>(
  spec: DiagramOf<K> & { readonly kind: K },
  context: RuleContext,
  item: string,
): void {
  const kind: DiagramKindSpec<K> | undefined = DIAGRAM_SPECS[spec.kind];
  // Data typed loosely (a talk loaded from JSON, say) may name a kind that does not exist.
  if (kind === undefined) {
    context.report(
      item,
      'diagram.kind',
      `'${String(spec.kind)}' is not a diagram kind; use one of ${Object.keys(DIAGRAM_SPECS).join(', ')}`,
    );
    return;
  }
  kind.check?.(spec, context, item);
}
