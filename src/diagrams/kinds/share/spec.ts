import type { Report } from '../../../model/check-context.ts';
import { needOne } from '../../../model/check-context.ts';
import type { Figure, TimelineEvent } from '../../../model/types.ts';
import type { DiagramKindSpec } from '../../diagram-spec.ts';

/**
 * A part of a whole, both figures of one event (its own or its record notes'), named by their
 * labels: drawn as a bar of the whole with the part filled, each number with its hedge.
 */
export interface SharePart {
  /** Label of the figure that is the whole, e.g. "million undocumented foreigners". */
  readonly whole: string;
  /** How many the whole's number counts in: 1000000 when the figure reads "1.7 million"; default 1. */
  readonly wholeUnit?: number;
  /** Label of the figure that is the part: a count of the same things, or, with `perCent`, a per cent of the whole. */
  readonly part: string;
  /** True when the part's figure is a per cent of the whole ("17% claimed"); default false, a count. */
  readonly perCent?: boolean;
}

declare module '../../../model/types.ts' {
  interface DiagramKinds {
    /**
     * What part of a whole a number is, as a picture: for each pair of an event's figures, a
     * bar of the whole with the part filled, both numbers as their sources word them. The
     * bar is in the article's colour when the main source gives both numbers, in the colour of
     * other reporting otherwise.
     */
    share: {
      /** Id of the event whose figures are drawn. */
      readonly event: string;
      /** The parts and their wholes, top to bottom. */
      readonly parts: readonly SharePart[];
    };
  }
}

/** A figure of the event, its own or a record note's, and whether it is the event's own. */
export interface FoundFigure {
  readonly figure: Figure;
  readonly own: boolean;
}

/** The event's figure with this label, or undefined: its own first, then its record notes'. */
export function figureByLabel(event: TimelineEvent, label: string): FoundFigure | undefined {
  const own = event.figures.find((figure) => figure.label === label);
  if (own) return { figure: own, own: true };
  const noted = event.record.flatMap((note) => note.figures ?? []).find((figure) => figure.label === label);
  return noted ? { figure: noted, own: false } : undefined;
}

/** The part's share of the whole, 0–1 when the data is sound. */
export function shareOf(part: SharePart, whole: Figure, figure: Figure): number {
  return part.perCent ? figure.amount / 100 : figure.amount / (whole.amount * (part.wholeUnit ?? 1));
}

function labels(event: TimelineEvent): string {
  return [...event.figures, ...event.record.flatMap((note) => note.figures ?? [])]
    .map((figure) => `'${figure.label}'`)
    .join(', ');
}

/**
 * Rule: each part and whole names a figure of the event, the whole's unit is a positive number,
 * and the part is no more than its whole (a per cent at most 100), so the picture never overflows.
 */
export function checkShareParts(
  parts: readonly SharePart[],
  event: TimelineEvent,
  report: Report,
  item: string,
  field: string,
): void {
  parts.forEach((part, position) => {
    const at = `${field}[${position}]`;
    const whole = figureByLabel(event, part.whole);
    const found = figureByLabel(event, part.part);
    if (!whole)
      report(
        item,
        `${at}.whole`,
        `names no figure of event '${event.id}'; use one of its figures' labels: ${labels(event)}`,
      );
    if (!found)
      report(
        item,
        `${at}.part`,
        `names no figure of event '${event.id}'; use one of its figures' labels: ${labels(event)}`,
      );
    if (part.wholeUnit !== undefined && !(Number.isFinite(part.wholeUnit) && part.wholeUnit > 0)) {
      report(
        item,
        `${at}.wholeUnit`,
        `is ${part.wholeUnit}; give the whole's unit as a positive number (1000000 for "million")`,
      );
      return;
    }
    if (!whole || !found) return;
    const share = shareOf(part, whole.figure, found.figure);
    if (!(share >= 0 && share <= 1))
      report(
        item,
        `${at}.part`,
        `is ${Math.round(share * 100)}% of its whole; a part is at most its whole: check the figures, 'wholeUnit' or 'perCent'`,
      );
  });
}

export const shareDiagramSpec: DiagramKindSpec<'share'> = {
  kind: 'share',
  check(spec, context, item) {
    const event = context.events.get(spec.event);
    if (!event) return needOne(context.report, context.events, 'event', spec.event, item, 'diagram.event');
    if (spec.parts.length === 0)
      context.report(item, 'diagram.parts', 'is empty; name at least one part and its whole');
    checkShareParts(spec.parts, event, context.report, item, 'diagram.parts');
  },
};
