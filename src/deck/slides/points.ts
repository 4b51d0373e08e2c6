import type { Point, Talk } from '../../model/types.ts';
import { citeMarker, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { eventItem, eventSources } from './event-item.ts';

/** An author's argument: always labelled as the author's view, with the author's own words quoted. */
export function argumentItem(context: RenderContext, id: string): SafeHtml {
  const argument = context.talk.arguments.find((candidate) => candidate.id === id);
  if (!argument) throw new Error(`Unknown argument '${id}': validate the talk before rendering.`);
  const paraphrase = argument.paraphrase.trim().replace(/[.;:,]+$/, '');
  return html`<li class="opinion" data-argument="${argument.id}"><span class="badge badge--opinion">Author's view</span> The author argues ${paraphrase}: <q>${argument.source.excerpt.trim()}</q>${citeMarker(context.talk, argument.source)}</li>`;
}

function pointItem(context: RenderContext, point: Point): SafeHtml {
  const { talk } = context;
  switch (point.kind) {
    case 'event': {
      const event = talk.events.find((candidate) => candidate.id === point.event);
      if (!event) throw new Error(`Unknown event '${point.event}': validate the talk before rendering.`);
      return eventItem(context, event, 'point');
    }
    case 'argument':
      return argumentItem(context, point.argument);
    case 'statement': {
      // Statements resting on the opinion piece say so in their own words (a content rule checks it).
      return html`<li class="statement">${point.text}${citeMarker(talk, point.source)}</li>`;
    }
  }
}

export function pointsList(context: RenderContext, points: readonly Point[]): SafeHtml {
  return html`<ul class="points">${points.map((point) => pointItem(context, point))}</ul>`;
}

export function pointSources(talk: Talk, points: readonly Point[]): string[] {
  return points.flatMap((point) => {
    if (point.kind === 'statement') return [point.source.source];
    if (point.kind === 'argument') return talk.arguments.filter((argument) => argument.id === point.argument).map((argument) => argument.source.source);
    return talk.events.filter((event) => event.id === point.event).flatMap(eventSources);
  });
}
