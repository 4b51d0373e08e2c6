import type { RuleContext } from '../model/check-context.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { DiagramKinds } from '../model/types.ts';
import type { DiagramDefinition, DiagramKind, DiagramKindRegistry, DiagramOf, DiagramSlide } from './diagram-kind.ts';
import { formationDiagram } from './kinds/formation.ts';
import { mapDiagram } from './kinds/map.ts';
import { networkDiagram } from './kinds/network.ts';
import { rivalriesDiagram } from './kinds/rivalries.ts';
import { timelineDiagram } from './kinds/timeline.ts';
import { tollDiagram } from './kinds/toll.ts';

/** Every diagram kind the engine draws. A new kind: one module in `kinds/`, one line here. */
export const DIAGRAM_KINDS: DiagramKindRegistry = {
  formation: formationDiagram,
  network: networkDiagram,
  rivalries: rivalriesDiagram,
  timeline: timelineDiagram,
  toll: tollDiagram,
  map: mapDiagram,
};

/** Runs the kind's content rules on a slide's diagram. */
export function checkDiagram<K extends keyof DiagramKinds>(
  spec: DiagramOf<K> & { readonly kind: K },
  context: RuleContext,
  item: string,
): void {
  const kind: DiagramKind<K> | undefined = DIAGRAM_KINDS[spec.kind];
  // Data typed loosely (a talk loaded from JSON, say) may name a kind that does not exist.
  if (kind === undefined) {
    context.report(
      item,
      'diagram.kind',
      `'${String(spec.kind)}' is not a diagram kind; use one of ${Object.keys(DIAGRAM_KINDS).join(', ')}`,
    );
    return;
  }
  kind.check?.(spec, context, item);
}

/** The diagram for a slide of a validated talk. */
export function generateDiagram<K extends keyof DiagramKinds>(
  spec: DiagramOf<K> & { readonly kind: K },
  index: TalkIndex,
  slide: DiagramSlide,
): DiagramDefinition {
  const kind: DiagramKind<K> = DIAGRAM_KINDS[spec.kind];
  return kind.generate(spec, index, slide);
}
