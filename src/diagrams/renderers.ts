import type { TalkIndex } from '../model/talk-index.ts';
import type { DiagramKinds } from '../model/types.ts';
import type { DiagramDefinition, DiagramKindRenderer, DiagramRendererRegistry, DiagramSlide } from './diagram-kind.ts';
import type { DiagramOf } from './diagram-spec.ts';
import { formationDiagramRenderer } from './kinds/formation/render.ts';
import { mapDiagramRenderer } from './kinds/map/render.ts';
import { networkDiagramRenderer } from './kinds/network/render.ts';
import { rivalriesDiagramRenderer } from './kinds/rivalries/render.ts';
import { shareDiagramRenderer } from './kinds/share/render.ts';
import { timelineDiagramRenderer } from './kinds/timeline/render.ts';
import { tollDiagramRenderer } from './kinds/toll/render.ts';

/**
 * Every diagram kind's generator, loaded by the pipeline only (the rules load `specs.ts`).
 * A new kind: a folder in `kinds/` with its `spec.ts` and `render.ts`, one line here and one in `specs.ts`.
 */
export const DIAGRAM_RENDERERS: DiagramRendererRegistry = {
  formation: formationDiagramRenderer,
  network: networkDiagramRenderer,
  rivalries: rivalriesDiagramRenderer,
  timeline: timelineDiagramRenderer,
  toll: tollDiagramRenderer,
  map: mapDiagramRenderer,
  share: shareDiagramRenderer,
};

/** The diagram for a slide of a validated talk. */
export function generateDiagram<K extends keyof DiagramKinds>(
  spec: DiagramOf<K> & { readonly kind: K },
  index: TalkIndex,
  slide: DiagramSlide,
): DiagramDefinition {
  const kind: DiagramKindRenderer<K> = DIAGRAM_RENDERERS[spec.kind];
  return kind.generate(spec, index, slide);
}
