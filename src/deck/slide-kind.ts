import type { RuleContext } from '../model/check-context.ts';
import { LIMITS, type TextLimit } from '../model/lengths.ts';
import type { DiagramSpec, SlideKinds, SlideSpec, SpeakerNotes, Statement } from '../model/types.ts';

/** The spec of one slide kind. */
export type SlideOf<K extends keyof SlideKinds> = Extract<SlideSpec, { readonly kind: K }>;

/** One page of the talk's path: the speaker shows it and says its notes, in its seconds. */
export interface SpokenPage {
  /** The page's id and deep link: the spec's id for the first page, then `id-2`, `id-3`… */
  readonly id: string;
  /** What the speaker says on this page. */
  readonly notes: SpeakerNotes;
  /** Seconds for this page. */
  readonly seconds: number;
  readonly offPath?: undefined;
}

/**
 * A page kept in the deck for reference but off the talk's path (the full list of sources): the
 * deck stacks it under the page before it, so → passes it and ↓ reads it. It has no time in the
 * plan and no notes to say; the speech and timing rules skip it.
 */
export interface ReferencePage {
  /** The page's id and deep link, as a spoken page's. */
  readonly id: string;
  readonly offPath: true;
}

/** One page a slide spec becomes: most kinds have one spoken page, lists that run long have more. */
export type SlidePage = SpokenPage | ReferencePage;

/** True for a page the speaker presents (`SpokenPage`), false for a reference page off the path. */
export function isSpoken(page: SlidePage): page is SpokenPage {
  return page.offPath !== true;
}

/**
 * A slide kind's spec: its content rules, what it says in the deck's own voice, and its pages.
 * The rules load it; it draws nothing, so checking a talk loads no rendering code.
 */
export interface SlideKindSpec<K extends keyof SlideKinds> {
  readonly kind: K;
  /** Content rules for this kind's own fields; the item is "slide 'id'". */
  readonly check?: (spec: SlideOf<K>, context: RuleContext, item: string) => void;
  /**
   * The kind's own text fields (headings, further pages' notes) with their limits; the length
   * rule checks them. Sentences come from `statements`, the slide's own notes are checked for every kind.
   */
  readonly texts?: (spec: SlideOf<K>) => SlideText[];
  /** Sentences this kind shows in the deck's own voice, with the field they sit in (besides the stress line). */
  readonly statements?: (spec: SlideOf<K>) => Array<{ field: string; statement: Statement }>;
  /** The pages the slide becomes; default one page with the spec's id, notes and seconds. */
  readonly pages?: (spec: SlideOf<K>, context: Pick<RuleContext, 'talk'>) => SlidePage[];
  /** The diagram the slide draws, if any: the build draws it under the slide's id. Default none. */
  readonly diagram?: (spec: SlideOf<K>) => DiagramSpec | undefined;
}

/** A text field of a slide: its name, the object holding it and its key, and its limit. */
export type SlideText = readonly [field: string, holder: object, key: string | number, limit: TextLimit];

/** The texts of speaker notes at `prefix` (the stress line is a statement, checked with the slide's statements). */
export function notesTexts(prefix: string, notes: SpeakerNotes): SlideText[] {
  return [
    [`${prefix}.say`, notes, 'say', LIMITS.notesSay],
    [`${prefix}.transition`, notes, 'transition', LIMITS.notesTransition],
  ];
}

/** The heading of a kind that shows one, at the slide-title limit. */
export function titleText(spec: { readonly title: string }, limit: TextLimit): SlideText[] {
  return [['title', spec, 'title', limit]];
}

/** The specs registry's shape: one kind per member of `SlideKinds`, so the compiler proves each is registered. */
export type SlideSpecRegistry = { readonly [K in keyof SlideKinds]: SlideKindSpec<K> };

/** The id of a slide's page `index` (0-based): the spec's own id, then `id-2`, `id-3`… */
export function pageId(specId: string, index: number): string {
  return index === 0 ? specId : `${specId}-${index + 1}`;
}

/** The one page of a kind that never splits. */
export function singlePage(spec: SlideSpec): SpokenPage[] {
  return [{ id: spec.id, notes: spec.notes, seconds: spec.seconds }];
}
