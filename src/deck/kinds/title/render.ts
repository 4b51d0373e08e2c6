import { citeMarker } from '../../context.ts';
import { bdi, html } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import { singlePage } from '../../slide-kind.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

export const titleSlideRenderer: SlideKindRenderer<'title'> = {
  kind: 'title',
  render(spec, context) {
    const { talk, words } = context.index;
    const main = talk.mainSource;
    // Only a talk given at several lengths says which one this is.
    const cut = talk.presenting !== undefined && (talk.cuts?.all.length ?? 0) > 1 ? talk.presenting : null;
    // Centred by an inner column: the section's own display is reveal.js's to set (it hides slides off stage with it).
    const body = html`<div class="title-layout"><h1 class="talk-title">${bdi(spec.title)}</h1>
<p class="talk-subtitle">${bdi(spec.subtitle)}</p>
<p class="talk-byline">${bdi(spec.byline)}</p>${
      cut === null
        ? null
        : html`
<p class="talk-cut" data-cut="${cut.id}">${words.cut(cut.minutes)}</p>`
    }
<p class="talk-keys">${words.keysHint}</p></div>${notesAside(context, spec.notes, [], html`<p>${bdi(spec.byline)}${citeMarker(context, main)}</p>`)}`;
    return singlePage(spec).map((page) => ({ id: page.id, body, sources: [main], seconds: page.seconds }));
  },
};
