import { isoDate } from '../../model/dates.ts';
import type { Figure, TimelineEvent } from '../../model/types.ts';
import { citeMarker, type RenderContext } from '../context.ts';
import { bdi, html, type SafeHtml } from '../html.ts';
import { responsibilitySources, responsibilityText } from './responsibility.ts';

export function originBadge(context: RenderContext, event: TimelineEvent): SafeHtml {
  const { badges } = context.index.words;
  const badge = event.origin === 'article' ? badges.article : badges.context;
  return html`<span class="badge badge--${event.origin}" title="${badge.title}">${badge.label}</span>`;
}

function figureText(context: RenderContext, event: TimelineEvent, figure: Figure): SafeHtml {
  // A figure from another source than the event's gets its own marker, so each number can be traced.
  const marker = figure.source.source === event.source.source ? null : citeMarker(context, figure.source);
  const upTo = figure.upTo ? citeMarker(context, figure.upTo.source) : null;
  return html`<span class="figure">${context.index.formats.figure(figure)} ${bdi(figure.label)}${marker}${upTo}</span>`;
}

/** "Old Town, Eastport, France": the place's parts, each once and each isolated for direction. */
export function placeText(event: TimelineEvent): SafeHtml | null {
  if (!event.place) return null;
  const parts = [
    ...new Set([event.place.name, event.place.region, event.place.country].filter((part): part is string => !!part)),
  ];
  return html`${parts.map((part, position) => html`${position > 0 ? ', ' : ''}${bdi(part)}`)}`;
}

/** One event in full, for the notes and the handout: date, origin, title, place, figures, who claimed it (the record follows in the notes). */
export function eventItem(context: RenderContext, event: TimelineEvent, className: string): SafeHtml {
  const place = placeText(event);
  const facts = event.figures.map((figure) => figureText(context, event, figure));
  const responsibility = responsibilityText(context, event);
  const parts = responsibility ? [...facts, responsibility] : facts;
  return html`<li class="${className} event event--${event.origin}" data-event="${event.id}">
  <p class="event-head"><time datetime="${isoDate(event.date)}">${context.index.formats.span(event.date, event.until)}</time> ${originBadge(context, event)} <strong class="event-title">${bdi(event.title)}</strong>${place ? html` <span class="place">— ${place}</span>` : null}${citeMarker(context, event.source)}</p>
  ${parts.length > 0 ? html`<p class="event-facts">${parts.map((part, position) => html`${position > 0 ? ' · ' : ''}${part}`)}</p>` : null}
</li>`;
}

/** Every source an event's slide cites. */
export function eventSources(context: RenderContext, event: TimelineEvent): string[] {
  return [
    event.source.source,
    ...event.figures.flatMap((figure) => [figure.source.source, ...(figure.upTo ? [figure.upTo.source.source] : [])]),
    ...responsibilitySources(context, event),
    ...event.record.map((note) => note.source.source),
  ];
}
