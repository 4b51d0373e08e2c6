import { needGroup } from '../../model/check-context.ts';
import { LIMITS } from '../../model/lengths.ts';
import { citeMarker } from '../context.ts';
import { bdi, html } from '../html.ts';
import { notesAside } from '../parts/notes.ts';
import { type SlideKind, titleText } from '../slide-kind.ts';

declare module '../../model/types.ts' {
  interface SlideKinds {
    /** Who is who: one row per group with its short and full name, founding, aim and a one-line summary. */
    groups: {
      /** The slide's heading. */
      readonly title: string;
      /** Ids of the groups, in the order of the rows. */
      readonly groups: readonly string[];
    };
  }
}

export const groupsSlide: SlideKind<'groups'> = {
  kind: 'groups',
  texts: (spec) => titleText(spec, LIMITS.slideTitle),
  check: (spec, context, item) =>
    spec.groups.forEach((id, position) => void needGroup(context, id, item, `groups[${position}]`)),
  render(spec, context) {
    const { index } = context;
    const headings = index.words.groupsTable;
    const groups = spec.groups.map((id) => index.group(id));
    const body = html`<table class="groups">
<thead><tr><th scope="col">${headings.group}</th><th scope="col">${headings.formed}</th><th scope="col">${headings.aim}</th><th scope="col">${headings.who}</th></tr></thead>
<tbody>${groups.map(
      (group) =>
        html`<tr data-group="${group.id}"><th scope="row"><span class="short-name">${bdi(group.shortName)}</span> <span class="full-name">${bdi(group.name)}</span></th><td>${group.founded ? index.formats.date(group.founded) : '—'}</td><td>${group.aim === undefined ? '—' : bdi(group.aim)}</td><td>${bdi(group.summary)}${citeMarker(context, group.source)}</td></tr>`,
    )}</tbody>
</table>${notesAside(context, spec.notes)}`;
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
