/** A diagram ready for Mermaid: its text, and what a screen reader and the captions say about it. */
export interface DiagramDefinition {
  /** Unique in the deck; also the id of the rendered SVG. */
  readonly id: string;
  /** Id of the slide that shows it, for error messages. */
  readonly slideId: string;
  /** Accessible title (`accTitle`). */
  readonly title: string;
  /** Accessible description (`accDescr`): what the diagram shows, in one or two sentences. */
  readonly description: string;
  /** The Mermaid source. */
  readonly source: string;
  /** Ids of the sources whose facts the diagram draws, for the slide's citations. */
  readonly sources: readonly string[];
}
