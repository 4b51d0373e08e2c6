import { formatDate } from '../../model/dates.ts';
import type { Talk } from '../../model/types.ts';
import { citeMarker, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

const AIMS = { national: 'National', regional: 'Regional', global: 'Global' } as const;

/** Who is who: one row per group with its short name, founding, aim and a one-line summary. */
export function groupsTable(context: RenderContext, ids: readonly string[]): SafeHtml {
  const groups = ids.flatMap((id) => context.talk.groups.filter((group) => group.id === id));
  return html`<table class="groups">
<thead><tr><th scope="col">Group</th><th scope="col">Formed</th><th scope="col">Aim</th><th scope="col">Who they are</th></tr></thead>
<tbody>${groups.map(
    (group) => html`<tr data-group="${group.id}"><th scope="row"><span class="short-name">${group.shortName}</span> <span class="full-name">${group.name}</span></th><td>${group.founded ? formatDate(group.founded) : '—'}</td><td>${AIMS[group.aims]}</td><td>${group.summary}${citeMarker(context.talk, group.source)}</td></tr>`,
  )}</tbody>
</table>`;
}

export function groupSources(talk: Talk, ids: readonly string[]): string[] {
  return talk.groups.filter((group) => ids.includes(group.id)).map((group) => group.source.source);
}
