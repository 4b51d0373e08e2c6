import type { RuleContext } from '../model/check-context.ts';
import type { SlideKinds, SlideSpec, Statement, Talk } from '../model/types.ts';
import type { RenderContext, RenderedSlide } from './context.ts';
import { closingSlide } from './kinds/closing.ts';
import { diagramSlide } from './kinds/diagram.ts';
import { groupsSlide } from './kinds/groups.ts';
import { pointsSlide } from './kinds/points.ts';
import { recordSlide } from './kinds/record.ts';
import { sourcesSlide } from './kinds/sources.ts';
import { titleSlide } from './kinds/title.ts';
import { yearSlide } from './kinds/year.ts';
import {
  type SlideKind,
  type SlideKindRegistry,
  type SlideOf,
  type SlidePage,
  type SlideText,
  singlePage,
} from './slide-kind.ts';

/** Every slide kind the engine renders. A new kind: one module in `kinds/`, one line here. */
export const SLIDE_KINDS: SlideKindRegistry = {
  title: titleSlide,
  points: pointsSlide,
  groups: groupsSlide,
  diagram: diagramSlide,
  year: yearSlide,
  record: recordSlide,
  sources: sourcesSlide,
  closing: closingSlide,
};

type Spec<K extends keyof SlideKinds> = SlideOf<K> & { readonly kind: K };

function kindOf<K extends keyof SlideKinds>(spec: Spec<K>): SlideKind<K> | undefined {
  return SLIDE_KINDS[spec.kind];
}

/** Runs the kind's own content rules; reports a kind the engine does not have. */
export function checkSlide<K extends keyof SlideKinds>(spec: Spec<K>, context: RuleContext, item: string): void {
  const kind = kindOf(spec);
  if (kind === undefined) {
    context.report(
      item,
      'kind',
      `'${String(spec.kind)}' is not a slide kind; use one of ${Object.keys(SLIDE_KINDS).join(', ')}`,
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

/** The rendered pages of one slide of a validated talk. */
export function renderSlide<K extends keyof SlideKinds>(spec: Spec<K>, context: RenderContext): RenderedSlide[] {
  const kind: SlideKind<K> = SLIDE_KINDS[spec.kind];
  return kind.render(spec, context);
}

/** All pages of a talk in order, for checks that span slides. */
export function allPages(talk: Talk, slides: readonly SlideSpec[]): Array<SlidePage & { readonly spec: SlideSpec }> {
  return slides.flatMap((spec) => pagesOf(spec, talk).map((page) => ({ ...page, spec })));
}
