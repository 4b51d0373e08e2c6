import type { Bibliography } from '../citations/bibliography.ts';
import type { DiagramDefinition } from '../diagrams/diagram-kind.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { Citation } from '../model/types.ts';
import type { Published } from '../reading/qr.ts';
import { html, type SafeHtml } from './html.ts';

/** What slide renderers need besides their own spec: the indexed talk, the drawn diagrams and where sources are listed. */
export interface RenderContext {
  readonly index: TalkIndex;
  /** Diagram definitions by the id of the slide that shows them. */
  readonly diagrams: ReadonlyMap<string, DiagramDefinition>;
  /** Drawn SVG by diagram id. */
  readonly svgs: ReadonlyMap<string, string>;
  /** Id of the page of the Sources list that holds source number `number` (1-based). */
  readonly sourcesPageOf: (number: number) => string;
  /** The sources formatted by the CSL processor in the talk's style and language. */
  readonly bibliography: Bibliography;
  /** Where the talk is published, with its QR code; null when the talk declares no address. */
  readonly published: Published | null;
}

/** A slide's markup plus the sources its facts cite, for the handout. */
export interface RenderedSlide {
  readonly id: string;
  /** The slide's title, when the deck should render it as its heading (some kinds render their own). */
  readonly title?: string;
  readonly body: SafeHtml;
  /** Ids of the sources the slide cites, in any order; the handout lists them under the slide. */
  readonly sources: readonly string[];
  /** Seconds for this page, for the speaker view's pacing (0 off the path). */
  readonly seconds: number;
  /** A reference page off the talk's path: the deck stacks it under the page before it (↓ reads it, → passes it). */
  readonly offPath?: boolean;
}

/** A footnote marker that links to the page of the Sources list that holds its entry. */
export function citeMarker(context: RenderContext, citation: Citation | string): SafeHtml {
  const id = typeof citation === 'string' ? citation : citation.source;
  const source = context.index.source(id);
  const number = context.index.sourceNumber(id);
  return html`<a class="cite" href="#/${context.sourcesPageOf(number)}" data-source="${number}" title="${source.publisher}: ${source.title}">[${number}]</a>`;
}

/** Markers for several citations, one per source. */
export function citeMarkers(context: RenderContext, citations: readonly Citation[]): SafeHtml[] {
  return [...new Set(citations.map((citation) => citation.source))].map((id) => citeMarker(context, id));
}
