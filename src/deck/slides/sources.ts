import { formatDate } from '../../model/dates.ts';
import type { SpeakerNotes, Source } from '../../model/types.ts';
import { sourceNumber, type RenderContext, type RenderedSlide } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { SOURCES_PER_SLIDE, sourcesSlideId } from '../source-pages.ts';
import { notesAside } from './notes.ts';


const KIND_LABEL = { reporting: 'reporting', opinion: 'opinion', official: 'official record', research: 'research' } as const;

function sourceEntry(context: RenderContext, source: Source): SafeHtml {
  const number = sourceNumber(context.talk, source.id);
  return html`<li id="source-${number}" value="${number}" data-source-id="${source.id}"><span class="publisher">${source.publisher}</span>, <cite>${source.title}</cite>, ${formatDate(source.date)} <span class="source-kind">(${KIND_LABEL[source.kind]})</span>${source.url ? html` <a href="${source.url}">${source.url}</a>` : null}</li>`;
}

/** The Sources slide, continued over as many slides as the list needs; numbers match the footnote markers. */
export function sourcesSlides(context: RenderContext, spec: { id: string; title: string; notes: SpeakerNotes }): RenderedSlide[] {
  const sources = context.talk.sources;
  const slides: RenderedSlide[] = [];
  for (let start = 0; start < sources.length; start += SOURCES_PER_SLIDE) {
    const chunk = sources.slice(start, start + SOURCES_PER_SLIDE);
    const first = start === 0;
    const notes: SpeakerNotes = first
      ? spec.notes
      : { say: `The list of sources continues here, numbered as on the slides: ${chunk.map((source) => `${source.publisher} (${formatDate(source.date)})`).join('; ')}. Every figure in the talk carries one of these numbers, so anyone can trace it back after the talk.`, stress: 'Every figure is traceable to a numbered source.', transition: spec.notes.transition };
    slides.push({
      id: sourcesSlideId(context.talk, start + 1),
      body: html`<h2>${first ? spec.title : `${spec.title} (continued)`}</h2>
<ol class="sources">${chunk.map((source) => sourceEntry(context, source))}</ol>
${notesAside(context, notes)}`,
      sources: [],
    });
  }
  return slides;
}
