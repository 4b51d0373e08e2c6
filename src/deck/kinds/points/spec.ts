import { checkDiagram } from '../../../diagrams/specs.ts';
import type { RuleContext } from '../../../model/check-context.ts';
import { needOne } from '../../../model/check-context.ts';
import { LIMITS } from '../../../model/lengths.ts';
import type { Point, Statement } from '../../../model/types.ts';
import { type SlideKindSpec, titleText } from '../../slide-kind.ts';

declare module '../../../model/types.ts' {
  interface SlideKinds {
    /** A titled list of points: events, cited statements and the author's arguments. */
    points: {
      /** The slide's heading. */
      readonly title: string;
      /** The points, in order. */
      readonly points: readonly Point[];
      /**
       * A picture under the points, drawn from the data at build time (e.g. a `share`: what part of
       * a whole a point's figure is); its data table is in the reading edition. Default none.
       */
      readonly diagram?: DiagramSpec;
    };
  }
}

/** Rule: every event and argument a point names exists. */
export function checkPoints(points: readonly Point[], context: RuleContext, item: string): void {
  points.forEach((point, position) => {
    if (point.kind === 'event')
      needOne(context.report, context.events, 'event', point.event, item, `points[${position}].event`);
    if (point.kind === 'argument')
      needOne(context.report, context.arguments, 'argument', point.argument, item, `points[${position}].argument`);
  });
}

/** The statements among points, with their fields, for the statement rules. */
export function pointStatements(points: readonly Point[]): Array<{ field: string; statement: Statement }> {
  return points.flatMap((point, position) =>
    point.kind === 'statement' ? [{ field: `points[${position}]`, statement: point }] : [],
  );
}

/** Points split into runs: consecutive arguments together, every other point alone. */
export function stageRuns(points: readonly Point[]): Point[][] {
  const runs: Point[][] = [];
  for (const point of points) {
    const last = runs.at(-1);
    if (point.kind === 'argument' && last?.[0]?.kind === 'argument') last.push(point);
    else runs.push([point]);
  }
  return runs;
}

export const pointsSlideSpec: SlideKindSpec<'points'> = {
  kind: 'points',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) => {
    checkPoints(spec.points, context, item);
    if (spec.diagram) checkDiagram(spec.diagram, context, item);
  },
  statements: (spec) => pointStatements(spec.points),
  diagram: (spec) => spec.diagram,
};
