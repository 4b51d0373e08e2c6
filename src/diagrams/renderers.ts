import type { TalkIndex } from '../model/talk-index.ts';
import type { DiagramKinds } from '../model/types.ts';
import {
  DIAGRAM_FRAMES,
  type DiagramDefinition,
  type DiagramKindRenderer,
  type DiagramRendererRegistry,
  type DiagramSlide,
} from './diagram-kind.ts';
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

/**
 * The diagram for a slide of a validated talk, drawn for the wide slide, with its drawing for the
 * standard (4:3) slide beside it when that one differs.
 */
export function generateDiagram<K extends keyof DiagramKinds>(
  spec: DiagramOf<K> & { readonly kind: K },
  index: TalkIndex,
  slide: DiagramSlide,
): DiagramDefinition {
  const kind: DiagramKindRenderer<K> = DIAGRAM_RENDERERS[spec.kind];
  const wide = kind.generate(spec, index, { ...slide, frame: DIAGRAM_FRAMES.wide });
  const standard = kind.generate(spec, index, { ...slide, frame: DIAGRAM_FRAMES.standard });
  return sameDrawing(wide, standard) ? wide : { ...wide, standard };
}

/** Whether two drawings of a diagram are the same picture (only their ids differ). */
function sameDrawing(wide: DiagramDefinition, standard: DiagramDefinition): boolean {
  const plain = (diagram: DiagramDefinition): string => JSON.stringify(diagram.drawing).replaceAll(diagram.id, '');
  return plain(wide) === plain(standard);
}
