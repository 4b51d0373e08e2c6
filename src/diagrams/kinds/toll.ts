import type { Figure, Talk } from '../../model/types.ts';
import { unique } from '../graph-parts.ts';
import { accessibilityLines, label, pieTitle, toText } from '../mermaid-syntax.ts';
import type { DiagramDefinition } from '../types.ts';

/** "about 500", keeping the source's hedge. */
export function hedgedAmount(figure: Figure): string {
  const amount = figure.amount.toLocaleString('en-GB');
  return figure.hedge ? `${figure.hedge} ${amount}` : amount;
}

/** A pie of an event's toll: its 'part' figures as slices, the 'total' in the title, every number with its hedge. */
export function tollDiagram(talk: Talk, eventId: string, slideId: string): DiagramDefinition {
  const event = talk.events.find((candidate) => candidate.id === eventId);
  if (!event) throw new Error(`Unknown event '${eventId}': validate the talk before generating diagrams.`);
  const parts = event.figures.filter((figure) => figure.role === 'part');
  const total = event.figures.find((figure) => figure.role === 'total');
  const publisher = talk.sources.find((source) => source.id === (total ?? parts[0])?.source.source)?.publisher ?? 'the source';
  const title = `${event.title}${total ? `: ${hedgedAmount(total)} ${total.label}` : ''}, as ${publisher} states`;
  const description = `${parts.map((figure) => `${figure.label}: ${hedgedAmount(figure)}`).join('; ')}. Figures as ${publisher} gives them.`;
  const source = toText([
    'pie',
    `  title ${pieTitle(title)}`,
    ...accessibilityLines(title, description),
    ...parts.map((figure) => `  "${label(`${figure.label}: ${hedgedAmount(figure)}`)}" : ${figure.amount}`),
  ]);
  // The record's notes on the toll are cited too: the slide's caption sets the article's figures against them.
  const sources = unique([...[...parts, ...(total ? [total] : [])].map((figure) => figure.source.source), ...event.record.map((note) => note.source.source)]);
  return { id: `diagram-${slideId}`, slideId, title, description, source, sources };
}
