import type { Talk, TimelineEvent } from '../../model/types.ts';
import { hedgedAmount } from '../../diagrams/kinds/toll.ts';
import { citeMarker, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

export function eventsWhereRecordDiffers(talk: Talk): TimelineEvent[] {
  return talk.events.filter((event) => event.origin === 'article' && event.record.some((note) => note.differs));
}

/** What the record adds: for each article claim that other reporting corrects, the claim beside the record. */
export function recordTable(context: RenderContext): SafeHtml {
  const { talk } = context;
  return html`<table class="record">
<thead><tr><th scope="col">The article</th><th scope="col">The record</th></tr></thead>
<tbody>${eventsWhereRecordDiffers(talk).map((event) => {
    const figures = event.figures.filter((figure) => figure.source.source === talk.mainSource && figure.role !== 'part');
    return html`<tr data-event="${event.id}"><td>${event.title}${figures.length > 0 ? `: ${figures.map((figure) => `${hedgedAmount(figure)} ${figure.label}`).join(', ')}` : ''}${citeMarker(talk, event.source)}</td><td>${event.record
      .filter((note) => note.differs)
      .map((note) => html`<span class="record-summary">${note.summary}${citeMarker(talk, note.source)}</span>`)}</td></tr>`;
  })}</tbody>
</table>`;
}

export function recordSources(talk: Talk): string[] {
  return eventsWhereRecordDiffers(talk).flatMap((event) => [event.source.source, ...event.record.filter((note) => note.differs).map((note) => note.source.source)]);
}
