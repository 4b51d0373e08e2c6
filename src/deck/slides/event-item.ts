import { formatSpan } from '../../model/dates.ts';
import type { Figure, PartialDate, TimelineEvent } from '../../model/types.ts';
import { hedgedAmount } from '../../diagrams/kinds/toll.ts';
import { citeMarker, groupName, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

/** ISO form for `<time datetime>`, as precise as the date. */
export function isoDate(date: PartialDate): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

export function originBadge(event: TimelineEvent): SafeHtml {
  return event.origin === 'article'
    ? html`<span class="badge badge--article" title="Stated in the article">Article</span>`
    : html`<span class="badge badge--context" title="Not in the article: other reporting, with its own source">Context</span>`;
}

function figureText(context: RenderContext, event: TimelineEvent, figure: Figure): SafeHtml {
  // A figure from another source than the event's gets its own marker, so each number can be traced.
  const marker = figure.source.source === event.source.source ? null : citeMarker(context.talk, figure.source);
  return html`<span class="figure">${hedgedAmount(figure)} ${figure.label}${marker}</span>`;
}

function attributionText(context: RenderContext, event: TimelineEvent): SafeHtml | null {
  const attribution = event.attribution;
  if (!attribution) return null;
  const { talk } = context;
  const claim = attribution.claimedBy
    ? html`claimed by <strong class="claimant">${groupName(talk, attribution.claimedBy)}</strong>${attribution.channel ? ` ${attribution.channel}` : ''}${citeMarker(talk, attribution.source)}`
    : html`claimed by no group${citeMarker(talk, attribution.source)}`;
  const held = attribution.attributedTo
    ? html`; reported as the work of <strong class="claimant">${groupName(talk, attribution.attributedTo.group)}</strong>${citeMarker(talk, attribution.attributedTo.source)}`
    : null;
  return html`<span class="attribution">${claim}${held}</span>`;
}

/** One event: date, origin, title, place, figures, who claimed it, and a line where the record differs. */
export function eventItem(context: RenderContext, event: TimelineEvent, className: string): SafeHtml {
  const { talk } = context;
  const place = event.place ? [...new Set([event.place.name, event.place.region, event.place.country].filter(Boolean))].join(', ') : null;
  const facts = event.figures.map((figure) => figureText(context, event, figure));
  const attribution = attributionText(context, event);
  const records = event.record.filter((note) => note.differs);
  return html`<li class="${className} event event--${event.origin}" data-event="${event.id}">
  <p class="event-head"><time datetime="${isoDate(event.date)}">${formatSpan(event.date, event.until)}</time> ${originBadge(event)} <strong class="event-title">${event.title}</strong>${place ? html` <span class="place">— ${place}</span>` : null}${citeMarker(talk, event.source)}</p>
  ${facts.length > 0 || attribution ? html`<p class="event-facts">${facts.map((fact, index) => html`${index > 0 ? ' · ' : ''}${fact}`)}${facts.length > 0 && attribution ? ' · ' : ''}${attribution}</p>` : null}
  ${records.map((note) => html`<p class="event-record"><span class="record-label">The record:</span> ${note.summary}${citeMarker(talk, note.source)}</p>`)}
</li>`;
}

/** Every source an event's slide cites. */
export function eventSources(event: TimelineEvent): string[] {
  return [
    event.source.source,
    ...event.figures.map((figure) => figure.source.source),
    ...(event.attribution ? [event.attribution.source.source, ...(event.attribution.attributedTo ? [event.attribution.attributedTo.source.source] : [])] : []),
    ...event.record.map((note) => note.source.source),
  ];
}
