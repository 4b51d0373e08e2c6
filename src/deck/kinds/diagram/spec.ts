import { checkDiagram } from '../../../diagrams/specs.ts';
import { LIMITS } from '../../../model/lengths.ts';
import { type SlideKindSpec, titleText } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /** A diagram drawn from the data at build time, with a caption in the deck's own voice. */
    diagram: {
      /** The slide's heading; also the diagram's accessible name. */
      readonly title: string;
      /** What to draw. */
      readonly diagram: DiagramSpec;
      /**
       * One or two sentences under the diagram, with their sources; default none (the diagram's sources are still cited).
       * `stage`, when given, is the shorter wording the projected slide shows; the full caption is in the notes and handout.
       */
      readonly caption?: Statement & StageWording;
    };
  }
}

export const diagramSlideSpec: SlideKindSpec<'diagram'> = {
  kind: 'diagram',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) => checkDiagram(spec.diagram, context, item),
  statements: (spec) => (spec.caption ? [{ field: 'caption', statement: spec.caption }] : []),
  diagram: (spec) => spec.diagram,
};
