import type { RuleContext } from '../model/check-context.ts';
import type { SlideKinds, SlideSpec, Statement, Talk } from '../model/types.ts';
import { closingSlideSpec } from './kinds/closing/spec.ts';
import { diagramSlideSpec } from './kinds/diagram/spec.ts';
import { groupsSlideSpec } from './kinds/groups/spec.ts';
import { pointsSlideSpec } from './kinds/points/spec.ts';
import { recordSlideSpec } from './kinds/record/spec.ts';
import { sourcesSlideSpec } from './kinds/sources/spec.ts';
import { titleSlideSpec } from './kinds/title/spec.ts';
import { yearSlideSpec } from './kinds/year/spec.ts';
import {
  isSpoken,
  type SlideKindSpec,
  type SlideOf,
  type SlidePage,
  type SlideSpecRegistry,
  type SlideText,
  type SpokenPage,
  singlePage,
} from './slide-kind.ts';

/**
 * Every slide kind's spec: its checks, texts, statements and pages. The rules load this and no
 * renderer (those are in `renderers.ts`). A new kind: a folder in `kinds/`, one line here and one there.
 */
export const SLIDE_SPECS: SlideSpecRegistry = {
  title: titleSlideSpec,
  points: pointsSlideSpec,
  groups: groupsSlideSpec,
  diagram: diagramSlideSpec,
  year: yearSlideSpec,
  record: recordSlideSpec,
  sources: sourcesSlideSpec,
  closing: closingSlideSpec,
};

type Spec<K extends keyof SlideKinds> = SlideOf<K> & { readonly kind: K };

function kindOf<K extends keyof SlideKinds>(spec: Spec<K>): SlideKindSpec<K> | undefined {
  return SLIDE_SPECS[spec.kind];
}

/** Runs the kind's own content rules; reports a kind the engine does not have. */
export function checkSlide<K extends keyof SlideKinds>(spec: Spec<K>, context: RuleContext, item: string): void {
  const kind = kindOf(spec);
  if (kind === undefined) {
    context.report(
      item,
      'kind',
      `'${String(spec.kind)}' is not a slide kind; use one of ${Object.keys(SLIDE_SPECS).join(', ')}`,
    );
    return;
  }
  kind.check?.(spec, context, item);
}

/** The pages a slide becomes on stage, with their ids, notes and seconds. */
export function pagesOf<K extends keyof SlideKinds>(spec: Spec<K>, talk: Talk): SlidePage[] {
  return kindOf(spec)?.pages?.(spec, { talk }) ?? singlePage(spec);
}

/** Every sentence a slide says in the deck's own voice, with its field: its kind's statements and its stress line. */
export function statementsOf<K extends keyof SlideKinds>(
  spec: Spec<K>,
): Array<{ field: string; statement: Statement }> {
  return [...(kindOf(spec)?.statements?.(spec) ?? []), { field: 'notes.stress', statement: spec.notes.stress }];
}

/** A slide's own text fields, with their limits (see `SlideKind.texts`). */
export function textsOf<K extends keyof SlideKinds>(spec: Spec<K>): SlideText[] {
  return kindOf(spec)?.texts?.(spec) ?? [];
}

/** All pages of a talk in order, the reference pages off its path too, for checks that span slides. */
export function allPages(talk: Talk, slides: readonly SlideSpec[]): Array<SlidePage & { readonly spec: SlideSpec }> {
  return slides.flatMap((spec) => pagesOf(spec, talk).map((page) => ({ ...page, spec })));
}

/** The pages the speaker presents, in order: what the speech and timing rules check. */
export function spokenPages(
  talk: Talk,
  slides: readonly SlideSpec[],
): Array<SpokenPage & { readonly spec: SlideSpec }> {
  return slides.flatMap((spec) => pagesOf(spec, talk).flatMap((page) => (isSpoken(page) ? [{ ...page, spec }] : [])));
}
