import type { Bibliography } from '../citations/bibliography.ts';
import { loadCitationStyle } from '../citations/csl-files.ts';
import { talkCslItems } from '../citations/talk-bibliography.ts';
import { type DeckSlide, renderDeck } from '../deck/render-deck.ts';
import type { SlideKindSpec } from '../deck/slide-kind.ts';
import { SLIDE_SPECS } from '../deck/specs.ts';
import type { DiagramDefinition } from '../diagrams/diagram-kind.ts';
import { generateDiagram } from '../diagrams/renderers.ts';
import { presentedTalk } from '../model/cuts.ts';
import { indexTalk, type TalkIndex } from '../model/talk-index.ts';
import type { Talk } from '../model/types.ts';
import { publishedQr } from '../reading/qr.ts';
import { cachedBibliography } from './bibliography-cache.ts';
import { assertValidTalkKept } from './checked-talks.ts';
import { withKeptMeasurements } from './measurement-cache.ts';
import { type RenderOptions, renderDiagrams } from './render-diagrams.ts';
import { rulesInForce } from './rules-in-force.ts';

export interface BuiltDeck {
  readonly slides: DeckSlide[];
  readonly drawn: number;
  readonly fromCache: number;
  /** The sources as the CSL processor formatted them, for the reading edition and the data package. */
  readonly bibliography: Bibliography;
  /** The talk as the deck presents it: the cut built (see src/model/cuts.ts), or the talk as written when it has no cuts. */
  readonly presented: Talk;
  /** The presented talk's index, its diagrams and their drawings: the reading edition shows the same ones. */
  readonly index: TalkIndex;
  readonly diagrams: readonly DiagramDefinition[];
  readonly svgs: ReadonlyMap<string, string>;
}

/** Every diagram of a validated talk, in slide order. */
export function generateAllDiagrams(index: TalkIndex): DiagramDefinition[] {
  return index.slides.flatMap((slide) => {
    const kind = SLIDE_SPECS[slide.kind] as SlideKindSpec<typeof slide.kind>;
    const diagram = kind.diagram?.(slide as never);
    // The diagram is named by its slide's title; only kinds with a title draw one.
    const title = 'title' in slide ? slide.title : slide.id;
    return diagram ? [generateDiagram(diagram, index, { id: slide.id, title })] : [];
  });
}

export interface BuildOptions extends RenderOptions {
  /** A hash of the talk's module as loaded, by which its checks' pass is remembered (src/pipeline/checked-talks.ts). */
  readonly talkModuleHash?: string;
}

/**
 * Validate, draw the diagrams, render the slides: the whole way from data to deck markup. For a
 * talk with cuts, of cut `cut` (default: the talk's default cut), checked as that cut.
 */
export async function buildDeck(written: Talk, options: BuildOptions, cut?: string): Promise<BuiltDeck> {
  const talk = presentedTalk(written, cut);
  // Checked once per change of the talk, the rules in force or the engine; a pass is remembered in the cache.
  assertValidTalkKept(written, rulesInForce(), talk.presenting === undefined ? undefined : [talk.presenting.id], {
    cacheDir: options.cacheDir,
    ...(options.talkModuleHash === undefined ? {} : { talkModuleHash: options.talkModuleHash }),
  });
  const index = indexTalk(talk);
  const diagrams = withKeptMeasurements(options.cacheDir, () => generateAllDiagrams(index));
  // Formatted by citeproc once per change of the sources or the style, then taken from the build's cache;
  // on a first build, while Chromium draws.
  let formatted: Bibliography | undefined;
  const formatSources = (): Bibliography =>
    (formatted ??= cachedBibliography(
      talkCslItems(talk),
      loadCitationStyle(talk.lang, talk.citationStyle),
      options.cacheDir,
    ));
  const { svgs, drawn, fromCache } = await renderDiagrams(diagrams, { ...options, whileDrawing: formatSources });
  const bibliography = formatSources();
  const published = talk.publishedAt ? await publishedQr(talk.publishedAt) : null;
  return {
    slides: renderDeck(index, diagrams, svgs, bibliography, published),
    drawn,
    fromCache,
    bibliography,
    presented: talk,
    index,
    diagrams,
    svgs,
  };
}
