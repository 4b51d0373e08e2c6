import { needOne } from '../../model/check-context.ts';
import { type DiagramKind, diagramId } from '../diagram-kind.ts';
import { unique } from '../graph-parts.ts';
import { accessibilityLines, pieLabel, pieTitle, toText } from '../mermaid-syntax.ts';

declare module '../../model/types.ts' {
  interface DiagramKinds {
    /** A pie of an event's toll: its `part` figures as slices, the `total` in the title. */
    toll: {
      /** Id of the event whose figures are drawn. */
      readonly event: string;
    };
  }
}

export const tollDiagram: DiagramKind<'toll'> = {
  kind: 'toll',
  check(spec, context, item) {
    const event = context.events.get(spec.event);
    if (!event) return needOne(context.report, context.events, 'event', spec.event, item, 'diagram.event');
    if (!event.figures.some((figure) => figure.role === 'part' && figure.amount > 0)) {
      context.report(
        item,
        'diagram.event',
        `event '${event.id}' has no 'part' figure above 0; a toll chart draws its parts as slices`,
      );
    }
  },
  generate(spec, index, slide) {
    const event = index.event(spec.event);
    const parts = event.figures.filter((figure) => figure.role === 'part');
    const total = event.figures.find((figure) => figure.role === 'total');
    const { formats } = index;
    const title = `${slide.title}${total ? `: ${formats.amount(total)} ${total.label}` : ''}`;
    const description = parts.map((figure) => `${figure.label}: ${formats.amount(figure)}`).join('; ');
    const text = toText([
      'pie',
      `  title ${pieTitle(title)}`,
      ...accessibilityLines(title, description),
      ...parts.map((figure) => `  "${pieLabel(`${figure.label}: ${formats.amount(figure)}`)}" : ${figure.amount}`),
    ]);
    const sources = unique([
      ...[...parts, ...(total ? [total] : [])].map((figure) => figure.source.source),
      ...event.record.map((note) => note.source.source),
    ]);
    return {
      id: diagramId(slide),
      slideId: slide.id,
      title,
      description,
      drawing: { engine: 'mermaid', text },
      sources,
    };
  },
};
