import type { Point, Statement, TimelineEvent } from '../../model/types.ts';
import { citeMarker, citeMarkers, type RenderContext } from '../context.ts';
import { bdi, html, type SafeHtml } from '../html.ts';
import { stageRuns } from '../kinds/points/spec.ts';
import { eventCard } from './event-card.ts';
import { eventItem, eventSources } from './event-item.ts';

/** An author's argument: always labelled as the author's view, with the author's own words quoted. */
export function argumentItem(context: RenderContext, id: string): SafeHtml {
  const argument = context.index.argument(id);
  const { words } = context.index;
  const paraphrase = argument.paraphrase.trim().replace(/[.;:,]+$/, '');
  return html`<li class="opinion" data-argument="${argument.id}"><span class="badge badge--opinion">${words.badges.opinion}</span> ${words.authorArgues} ${bdi(paraphrase)}: <q>${bdi(argument.source.excerpt.trim())}</q>${citeMarker(context, argument.source)}</li>`;
}

/** A sentence in the deck's own voice, with a marker for each of its sources. */
export function statementItem(context: RenderContext, statement: Statement): SafeHtml {
  return html`<li class="statement">${bdi(statement.text)}${citeMarkers(context, statement.sources)}</li>`;
}

function pointItem(context: RenderContext, point: Point): SafeHtml {
  switch (point.kind) {
    case 'event':
      return eventItem(context, context.index.event(point.event), 'point');
    case 'argument':
      return argumentItem(context, point.argument);
    case 'statement':
      return statementItem(context, point);
  }
}

/** A point as the stage shows it: an event as a card, a statement's stage wording; no quotes, badges or markers. */
function stagePoint(context: RenderContext, point: Exclude<Point, { kind: 'argument' }>): SafeHtml {
  if (point.kind === 'event') return eventCard(context, context.index.event(point.event), null, 'point');
  return html`<li class="statement">${bdi(point.stage ?? point.text)}</li>`;
}

/** The author's arguments in a row, under one "The author argues": attributed once, in few words. */
function stageArguments(context: RenderContext, run: ReadonlyArray<Extract<Point, { kind: 'argument' }>>): SafeHtml {
  const { words } = context.index;
  return html`<li class="opinion"><p class="opinion-lead">${words.authorArgues}</p><ul class="opinion-list">${run.map(
    (point) => {
      const argument = context.index.argument(point.argument);
      const paraphrase = (point.stage ?? argument.paraphrase).trim().replace(/[.;:,]+$/, '');
      return html`<li data-argument="${argument.id}">${bdi(paraphrase)}</li>`;
    },
  )}</ul></li>`;
}

/** The points on stage. */
export function pointsList(context: RenderContext, points: readonly Point[]): SafeHtml {
  return html`<ul class="points">${stageRuns(points).map((run) => {
    const [first] = run;
    if (first?.kind === 'argument')
      return stageArguments(
        context,
        run.filter((point): point is Extract<Point, { kind: 'argument' }> => point.kind === 'argument'),
      );
    return first ? stagePoint(context, first) : null;
  })}</ul>`;
}

/** The points in full, for the notes and the handout: badges, claim chains, quotes and every marker. */
export function pointsDetail(context: RenderContext, points: readonly Point[]): SafeHtml {
  return html`<ul class="notes-points">${points.map((point) => pointItem(context, point))}</ul>`;
}

export function pointSources(context: RenderContext, points: readonly Point[]): string[] {
  return points.flatMap((point) => {
    if (point.kind === 'statement') return point.sources.map((citation) => citation.source);
    if (point.kind === 'argument') return [context.index.argument(point.argument).source.source];
    return eventSources(context, context.index.event(point.event));
  });
}

/** The events a list of points shows, for the record lines in the notes. */
export function pointEvents(context: RenderContext, points: readonly Point[]): TimelineEvent[] {
  return points.flatMap((point) => (point.kind === 'event' ? [context.index.event(point.event)] : []));
}
