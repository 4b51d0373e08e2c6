import type { Citation, Group, Source, Talk } from '../model/types.ts';
import type { DiagramDefinition } from '../diagrams/types.ts';
import { html, type SafeHtml } from './html.ts';
import { sourcesSlideId } from './source-pages.ts';

/** What slide renderers need besides their own spec: lookups over the talk and the drawn diagrams. */
export interface RenderContext {
  readonly talk: Talk;
  /** Diagram definitions by the id of the slide that shows them. */
  readonly diagrams: ReadonlyMap<string, DiagramDefinition>;
  /** Rendered SVG by diagram id. */
  readonly svgs: ReadonlyMap<string, string>;
}

/** A slide's markup plus the sources its facts cite, for the handout. */
export interface RenderedSlide {
  readonly id: string;
  /** The slide's title, when the deck should render it (year, title and sources slides render their own). */
  readonly title?: string;
  readonly body: SafeHtml;
  readonly sources: readonly string[];
}

export function sourceNumber(talk: Talk, id: string): number {
  return talk.sources.findIndex((source) => source.id === id) + 1;
}

export function sourceById(talk: Talk, id: string): Source {
  const source = talk.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`Unknown source '${id}': validate the talk before rendering.`);
  return source;
}

export function groupName(talk: Talk, id: string): string {
  const group: Group | undefined = talk.groups.find((candidate) => candidate.id === id);
  if (!group) throw new Error(`Unknown group '${id}': validate the talk before rendering.`);
  return group.name;
}

/** A footnote marker that links to the Sources slide listing its entry. */
export function citeMarker(talk: Talk, citation: Citation | string): SafeHtml {
  const id = typeof citation === 'string' ? citation : citation.source;
  const source = sourceById(talk, id);
  const number = sourceNumber(talk, id);
  return html`<a class="cite" href="#/${sourcesSlideId(talk, number)}" data-source="${number}" title="${source.publisher}: ${source.title}">[${number}]</a>`;
}
