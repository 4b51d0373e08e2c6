import type { TalkIndex } from '../../../model/talk-index.ts';
import type { TimelineEvent } from '../../../model/types.ts';
import { type DiagramKindRenderer, diagramId, svgDiagram } from '../../diagram-kind.ts';
import { drawPartsOfWhole, type PartOfWhole } from '../../svg/part-of-whole.ts';
import { figureByLabel, type SharePart, shareOf } from './spec.ts';

/** The picture's width on the slide, in CSS px at the 1280×720 design size: drawn at scale 1. */
const WIDTH = 1100;
const FONT_SIZE = 26;

/** A part and its whole, worded with their hedges, and the sources of both figures. */
export interface WordedPart {
  readonly row: PartOfWhole;
  readonly sources: readonly string[];
}

/** Each part of a validated spec, worded as the talk's language says numbers and hedges, coloured by who gives them. */
export function wordedParts(index: TalkIndex, event: TimelineEvent, parts: readonly SharePart[]): WordedPart[] {
  const { formats, words } = index;
  return parts.flatMap((part) => {
    const whole = figureByLabel(event, part.whole);
    const found = figureByLabel(event, part.part);
    if (!whole || !found) return [];
    const partNumber = part.perCent ? formats.share(found.figure) : formats.amount(found.figure);
    return [
      {
        row: {
          fraction: shareOf(part, whole.figure, found.figure),
          partText: `${partNumber} ${found.figure.label}`,
          wholeText: words.diagrams.ofWhole(`${formats.amount(whole.figure)} ${whole.figure.label}`),
          // The main source's colour only for its own numbers; any other source's numbers are context.
          colour: [whole, found].every(({ figure }) => figure.source.source === index.talk.mainSource)
            ? 'article'
            : 'context',
        },
        sources: [whole.figure.source.source, found.figure.source.source],
      },
    ];
  });
}

/** "541,210 sent back by 2 January 2024, of around 1.7 million undocumented foreigners." */
export function describeParts(parts: readonly WordedPart[]): string {
  return parts.map(({ row }) => `${row.partText}, ${row.wholeText}.`).join(' ');
}

export const shareDiagramRenderer: DiagramKindRenderer<'share'> = {
  kind: 'share',
  generate(spec, index, slide) {
    const event = index.event(spec.event);
    const parts = wordedParts(index, event, spec.parts);
    const description = describeParts(parts);
    const { svg } = drawPartsOfWhole({
      id: diagramId(slide),
      title: slide.title,
      description,
      rows: parts.map((part) => part.row),
      width: WIDTH,
      fontSize: FONT_SIZE,
    });
    return svgDiagram(slide, { svg, description, sources: parts.flatMap((part) => part.sources) });
  },
};
