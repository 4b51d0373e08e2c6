import type { DiagramSpec, Talk } from '../model/types.ts';
import { formationDiagram } from './kinds/formation.ts';
import { networkDiagram } from './kinds/network.ts';
import { reachDiagram } from './kinds/reach.ts';
import { rivalriesDiagram } from './kinds/rivalries.ts';
import { timelineDiagram } from './kinds/timeline.ts';
import { tollDiagram } from './kinds/toll.ts';
import type { DiagramDefinition } from './types.ts';

export type { DiagramDefinition } from './types.ts';

/** The one place that maps a diagram kind to its generator. */
export function generateDiagram(talk: Talk, spec: DiagramSpec, slideId: string): DiagramDefinition {
  switch (spec.kind) {
    case 'formation':
      return formationDiagram(talk, spec.group, slideId);
    case 'network':
      return networkDiagram(talk, spec.at, spec.previous, slideId);
    case 'rivalries':
      return rivalriesDiagram(talk, spec.state, spec.argument, slideId);
    case 'timeline':
      return timelineDiagram(talk, slideId, spec.from ?? talk.period.from, spec.to ?? talk.period.to);
    case 'toll':
      return tollDiagram(talk, spec.event, slideId);
    case 'reach':
      return reachDiagram(talk, spec.group, spec.home, slideId);
  }
}

/** Every diagram of the talk, in slide order. */
export function generateAllDiagrams(talk: Talk): DiagramDefinition[] {
  return talk.sections.flatMap((section) => section.slides).flatMap((slide) => (slide.kind === 'diagram' ? [generateDiagram(talk, slide.diagram, slide.id)] : []));
}
