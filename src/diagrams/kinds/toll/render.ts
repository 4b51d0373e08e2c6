import type { TalkIndex } from '../../../model/talk-index.ts';
import type { Figure, TimelineEvent } from '../../../model/types.ts';
import { type DiagramKindRenderer, diagramId, frameOf, svgDiagram } from '../../diagram-kind.ts';
import { type Bar, type BarGroup, drawBarChart } from '../../svg/bar-chart.ts';
import { drawParts, PARTS_STYLE } from '../../svg/part-of-whole.ts';
import { describeParts, wordedParts } from '../share/render.ts';

/** The chart is drawn at scale 1, a little narrower than its frame, so its axis labels stand clear of the slide's edge. */
const CHART_MARGIN = 48;
const FONT_SIZE = 20;
const TICK = 500;

/** Bars from figures in order: each `total` opens a bar, the `part` and `share` figures after it split it. */
export function barsOf(index: TalkIndex, figures: readonly Figure[]): Bar[] {
  const bars: Array<{ total: Figure; slices: Figure[] }> = [];
  for (const figure of figures) {
    if (figure.role === 'total') bars.push({ total: figure, slices: [] });
    else if (figure.role === 'part' || figure.role === 'share') bars.at(-1)?.slices.push(figure);
  }
  const { formats } = index;
  return bars.map(({ total, slices }) => ({
    label: total.label,
    value: total.amount,
    valueText: formats.amount(total),
    segments: slices.map((slice) =>
      slice.role === 'share'
        ? { fraction: slice.amount / 100, label: `${formats.share(slice)} ${slice.label}` }
        : { fraction: slice.amount / total.amount, label: `${formats.amount(slice)} ${slice.label}` },
    ),
  }));
}

/** "The article: Town Gazette, May 2002". */
function heading(index: TalkIndex, who: string, sourceId: string): string {
  const source = index.source(sourceId);
  return `${who}: ${source.publisher}, ${index.formats.date(source.date)}`;
}

/** The article's bars, then one group per record note that gives figures. */
function groupsOf(index: TalkIndex, event: TimelineEvent): BarGroup[] {
  const { recordTable } = index.words;
  const article: BarGroup = {
    heading: heading(index, recordTable.article, event.source.source),
    colour: 'article',
    bars: barsOf(index, event.figures),
  };
  const record = event.record
    .filter((note) => (note.figures ?? []).some((figure) => figure.role === 'total'))
    .map(
      (note): BarGroup => ({
        heading: heading(index, recordTable.record, note.source.source),
        colour: 'context',
        bars: barsOf(index, note.figures ?? []),
      }),
    );
  return [article, ...record].filter((group) => group.bars.length > 0);
}

function describeGroups(groups: readonly BarGroup[]): string {
  return groups
    .map(
      (group) =>
        `${group.heading}. ${group.bars
          .map(
            (bar) =>
              `${bar.label}: ${bar.valueText}${bar.segments.length > 0 ? ` (${bar.segments.map((slice) => slice.label).join(', ')})` : ''}`,
          )
          .join('; ')}.`,
    )
    .join(' ');
}

export const tollDiagramRenderer: DiagramKindRenderer<'toll'> = {
  kind: 'toll',
  generate(spec, index, slide) {
    const width = frameOf(slide).width - CHART_MARGIN;
    const event = index.event(spec.event);
    const groups = groupsOf(index, event);
    const shares = wordedParts(index, event, spec.shares ?? []);
    const description = [describeGroups(groups), describeParts(shares)].filter(Boolean).join(' ');
    const rows = shares.map((part) => part.row);
    const below = {
      draw: (top: number) => drawParts({ rows, width, fontSize: FONT_SIZE, top }),
      style: PARTS_STYLE,
    };
    const { svg } = drawBarChart({
      ...(rows.length > 0 ? { below } : {}),
      id: diagramId(slide),
      title: slide.title,
      description,
      groups,
      width,
      fontSize: FONT_SIZE,
      tick: TICK,
      formatNumber: index.formats.number,
    });
    const charted = [...event.figures, ...event.record.flatMap((note) => note.figures ?? [])].filter(
      (figure) => figure.role !== undefined,
    );
    return svgDiagram(slide, {
      svg,
      description,
      sources: [
        ...charted.map((figure) => figure.source.source),
        ...shares.flatMap((part) => part.sources),
        ...event.record.map((note) => note.source.source),
      ],
    });
  },
};
