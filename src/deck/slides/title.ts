import type { RenderContext } from '../context.ts';
import { citeMarker } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

export function titleBody(context: RenderContext, spec: { title: string; subtitle: string; byline: string }): SafeHtml {
  const main = context.talk.sources.find((source) => source.id === context.talk.mainSource);
  // Centred by an inner column: the section's own display is reveal.js's to set (it hides slides off stage with it).
  return html`<div class="title-layout"><h1 class="talk-title">${spec.title}</h1>
<p class="talk-subtitle">${spec.subtitle}</p>
<p class="talk-byline">${spec.byline}${main ? citeMarker(context.talk, main.id) : null}</p>
<p class="talk-keys">→ next step · S speaker view · O overview · F full screen</p></div>`;
}


