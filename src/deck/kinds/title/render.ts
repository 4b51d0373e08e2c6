import { citeMarker } from '../../context.ts';
import { bdi, html } from '../../html.ts';
import { notesAside } from '../../parts/notes.ts';
import { singlePage } from '../../slide-kind.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';

export const titleSlideRenderer: SlideKindRenderer<'title'> = {
  kind: 'title',
  render(spec, context) {
    const main = context.index.talk.mainSource;
    // Centred by an inner column: the section's own display is reveal.js's to set (it hides slides off stage with it).
    const body = html`<div class="title-layout"><h1 class="talk-title">${bdi(spec.title)}</h1>
<p class="talk-subtitle">${bdi(spec.subtitle)}</p>
<p class="talk-byline">${bdi(spec.byline)}</p>
<p class="talk-keys">${context.index.words.keysHint}</p></div>${notesAside(context, spec.notes, [], html`<p>${bdi(spec.byline)}${citeMarker(context, main)}</p>`)}`;
    return singlePage(spec).map((page) => ({ id: page.id, body, sources: [main], seconds: page.seconds }));
  },
};
