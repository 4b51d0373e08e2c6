import type { Bibliography } from '../citations/bibliography.ts';
import { bdi, html, type SafeHtml } from '../deck/html.ts';
import type { DiagramDefinition } from '../diagrams/diagram-kind.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { Citation } from '../model/types.ts';
import type { ReadingWords } from './words.ts';

/** What the reading edition's parts read: the indexed talk, its words, its bibliography and its drawn diagrams. */
export interface ReadingContext {
  readonly index: TalkIndex;
  readonly words: ReadingWords;
  readonly bibliography: Bibliography;
  /** Diagram definitions by the id of the slide that shows them. */
  readonly diagrams: ReadonlyMap<string, DiagramDefinition>;
  /** Drawn SVG by diagram id. */
  readonly svgs: ReadonlyMap<string, string>;
}

/** The element id of a source's entry in the bibliography. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** A numbered link to a source's bibliography entry, the number as the deck's markers give it. */
export function sourceLink(context: ReadingContext, citation: Citation | string): SafeHtml {
  const id = typeof citation === 'string' ? citation : citation.source;
  const source = context.index.source(id);
  return html`<a class="cite" href="#${sourceAnchor(id)}" title="${source.publisher}: ${source.title}">[${context.index.sourceNumber(id)}]</a>`;
}

/** A statement with its source excerpts: the text, then each citation's marker. */
export function cited(context: ReadingContext, text: string, citations: readonly Citation[]): SafeHtml {
  const ids = [...new Set(citations.map((citation) => citation.source))];
  return html`${bdi(text)}${ids.map((id) => sourceLink(context, id))}`;
}
