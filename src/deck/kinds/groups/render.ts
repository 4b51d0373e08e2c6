import { groupLooks, type Look, toneVar } from '../../../look/group-looks.ts';
import { markPath } from '../../../look/marks.ts';
import { citeMarker } from '../../context.ts';
import { bdi, html } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

/** A group's mark in its tone, before its name: the cue that finds it again on the diagrams and the maps. */
function groupMark(look: Look | undefined) {
  if (!look) return null;
  return html`<svg class="group-mark" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false"><path d="${markPath(look.mark, 0, 0, 8.5)}" style="fill:${toneVar(look)}"></path></svg>`;
}

export const groupsSlideRenderer: SlideKindRenderer<'groups'> = {
  kind: 'groups',
  render(spec, context) {
    const { index } = context;
    const headings = index.words.groupsTable;
    const groups = spec.groups.map((id) => index.group(id));
    const looks = groupLooks(index.talk.groups);
    // On stage each group's mark, short name and aim; its full name, founding and who they are, with the source, on the page.
    const body = html`<table class="groups">
<thead><tr><th scope="col">${headings.group}</th><th scope="col">${headings.aim}</th></tr></thead>
<tbody>${groups.map(
      (group) =>
        html`<tr data-group="${group.id}"><th scope="row"><span class="short-name">${groupMark(looks.get(group.id))}${bdi(group.shortName)}</span></th><td>${group.aim === undefined ? '—' : bdi(group.aim)}</td></tr>`,
    )}</tbody>
</table>${notesAside(
      context,
      spec.notes,
      [],
      html`<ul class="notes-points">${groups.map(
        (group) =>
          html`<li><strong>${bdi(group.shortName)}</strong>, ${bdi(group.name)}${group.founded ? html` (${headings.formed}: ${index.formats.date(group.founded)})` : null}: ${bdi(group.summary)}${citeMarker(context, group.source)}</li>`,
      )}</ul>`,
    )}`;
    return [
      {
        id: spec.id,
        title: spec.title,
        body,
        sources: groups.map((group) => group.source.source),
        seconds: spec.seconds,
      },
    ];
  },
};
