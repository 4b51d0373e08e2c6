import type { Look } from '../look/group-looks.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { DiagramKinds } from '../model/types.ts';
import type { DiagramOf } from './diagram-spec.ts';
import type { RegionMapInput } from './map/types.ts';

/**
 * How a diagram is drawn at build time: Mermaid text drawn in Chromium, an SVG the
 * generator wrote itself, or a map to be drawn by the build (from data files it reads,
 * under the one diagram cache, keyed by this input and the map data's version).
 */
export type Drawing =
  | { readonly engine: 'mermaid'; readonly text: string }
  | { readonly engine: 'svg'; readonly svg: string }
  | { readonly engine: 'map'; readonly map: MapDrawingInput };

/** A map's whole input, as plain data (it keys the cache): the text measurer is the build's. */
export type MapDrawingInput = Omit<RegionMapInput, 'measureText'>;

/** One step of a diagram that grows as the speaker presses →. */
export interface DiagramStep {
  /** What the step adds, shown under the diagram: its date, or the words for undated ties. */
  readonly label: string;
  /** Keys of the drawn elements it reveals: Mermaid node and edge ids, or `data-key` values of an SVG a generator wrote. */
  readonly keys: readonly string[];
  /** True for ties the sources give no date for: drawn in a neutral tone, never as the most certain step. */
  readonly undated?: boolean;
}

/**
 * How a diagram grows on its slide. The drawing is always the whole picture, laid out
 * once, so nothing already shown ever moves: earlier steps are shown from the start,
 * this slide's steps are revealed one by one, later ones are left out with their place kept.
 */
export interface DiagramGrowth {
  /** Labels of the steps earlier slides revealed, shown from the start. */
  readonly before: readonly string[];
  /** The steps this slide reveals, in order. */
  readonly steps: readonly DiagramStep[];
  /** Keys of drawn elements that belong to later slides: left out of this slide's drawing. */
  readonly later: readonly string[];
}

/** The line styles a flowchart draws ties with: Mermaid's `--`, `-.` and `==`, in the order a key lists them. */
export const LINE_STYLES = ['plain', 'dotted', 'thick'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

/** One line of a diagram's key: a line style and what it stands for, in the talk's words. */
export interface LineKeyEntry {
  readonly line: LineStyle;
  readonly text: string;
}

/** A drawn node that stands for a group, drawn in the group's tone with its mark. */
export interface DiagramLook {
  /** The node's key (its Mermaid id). */
  readonly key: string;
  readonly look: Look;
}

/** A diagram ready to draw: its drawing, and what a screen reader and the captions say about it. */
export interface DiagramDefinition {
  /** Unique in the deck; also the id of the drawn SVG. */
  readonly id: string;
  /** Id of the slide that shows it, for error messages. */
  readonly slideId: string;
  /** Accessible title. */
  readonly title: string;
  /** Accessible description: what the diagram shows, in one or two sentences. */
  readonly description: string;
  /** What to draw. */
  readonly drawing: Drawing;
  /** Ids of the sources whose facts the diagram draws, for the slide's citations. */
  readonly sources: readonly string[];
  /**
   * For flowcharts: the data items drawn as boxes, one each ("group 'tjp'", "event 'fair'").
   * The build counts the boxes Mermaid drew and fails when two items became one.
   */
  readonly nodes?: readonly string[];
  /** How it grows step by step on its slide; default: shown whole at once. */
  readonly growth?: DiagramGrowth;
  /** Nodes drawn in a group's look; default none. */
  readonly looks?: readonly DiagramLook[];
  /** What its line styles stand for, shown beside it on the slide; default none (a drawing with one kind of line). */
  readonly lineKey?: readonly LineKeyEntry[];
  /** The same diagram drawn for the standard (4:3) slide, when its drawing differs from this, the wide one. */
  readonly standard?: DiagramDefinition;
}

/**
 * The box a diagram is drawn for, in CSS px of its slide: drawn at scale 1 in it, so a 20 px label shows at 20 px.
 * The wide slide (1280×720, 16:9 screens and print) and the standard one (1024×768, 4:3 screens: narrower and
 * taller) each get their own drawing, so a 4:3 projector shows the same type rather than the wide drawing shrunk.
 */
export interface DiagramFrame {
  readonly layout: 'wide' | 'standard';
  readonly width: number;
  readonly height: number;
}

/** The frames every diagram is drawn for: the slide's width less its margins, and the height a diagram slide gives it. */
export const DIAGRAM_FRAMES = {
  wide: { layout: 'wide', width: 1184, height: 400 },
  standard: { layout: 'standard', width: 928, height: 460 },
} as const satisfies Record<DiagramFrame['layout'], DiagramFrame>;

/** Every drawing a diagram has: the wide one, then the standard (4:3) one where it has its own. */
export function drawingsOf(diagram: DiagramDefinition): DiagramDefinition[] {
  return diagram.standard ? [diagram, diagram.standard] : [diagram];
}

/** The slide a diagram is drawn for: its id (the diagram's id derives from it), title (the diagram's accessible title) and frame. */
export interface DiagramSlide {
  readonly id: string;
  readonly title: string;
  /** Default: the wide slide's. */
  readonly frame?: DiagramFrame;
}

/** The frame a slide's diagram is drawn in. */
export function frameOf(slide: DiagramSlide): DiagramFrame {
  return slide.frame ?? DIAGRAM_FRAMES.wide;
}

/** A diagram kind's generator: the pipeline loads it, the rules never do. */
export interface DiagramKindRenderer<K extends keyof DiagramKinds> {
  readonly kind: K;
  /** The diagram for a validated talk: a pure function of the data. */
  readonly generate: (spec: DiagramOf<K>, index: TalkIndex, slide: DiagramSlide) => DiagramDefinition;
}

/** The renderers registry's shape, likewise one per member of `DiagramKinds`. */
export type DiagramRendererRegistry = { readonly [K in keyof DiagramKinds]: DiagramKindRenderer<K> };

/**
 * The id of the diagram drawn for a slide. Mermaid derives the ids inside the drawing
 * from it (`diagram-net_-flowchart-…`, `diagram-net_-gradient`), and the deck adds
 * `-name` and `-about`. The closing `_`, which slide ids never hold, ends the slide's
 * part: without it slide `net` would own `diagram-net-gradient`, the very id of
 * slide `net-gradient`'s drawing.
 */
export function diagramId(slide: DiagramSlide): string {
  // The standard slide's drawing is another SVG on the same slide: its ids must differ from the wide one's.
  return frameOf(slide).layout === 'wide' ? `diagram-${slide.id}_` : `diagram-${slide.id}_standard`;
}

/** The definition of a drawing an SVG generator made for `slide`: its id and titles from the slide, its sources each once. */
export function svgDiagram(
  slide: DiagramSlide,
  drawn: { readonly svg: string; readonly description: string; readonly sources: readonly string[] },
): DiagramDefinition {
  return {
    id: diagramId(slide),
    slideId: slide.id,
    title: slide.title,
    description: drawn.description,
    drawing: { engine: 'svg', svg: drawn.svg },
    sources: [...new Set(drawn.sources)],
  };
}
