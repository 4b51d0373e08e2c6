import type { SlideKinds } from '../model/types.ts';
import type { RenderContext, RenderedSlide } from './context.ts';
import { closingSlideRenderer } from './kinds/closing/render.ts';
import { diagramSlideRenderer } from './kinds/diagram/render.ts';
import { groupsSlideRenderer } from './kinds/groups/render.ts';
import { pointsSlideRenderer } from './kinds/points/render.ts';
import { recordSlideRenderer } from './kinds/record/render.ts';
import { sourcesSlideRenderer } from './kinds/sources/render.ts';
import { titleSlideRenderer } from './kinds/title/render.ts';
import { yearSlideRenderer } from './kinds/year/render.ts';
import type { SlideOf } from './slide-kind.ts';
import type { SlideKindRenderer, SlideRendererRegistry } from './slide-renderer.ts';

/**
 * How every slide kind renders, loaded by the pipeline only (the rules load `specs.ts`).
 * A new kind: a folder in `kinds/` with its `spec.ts` and `render.ts`, one line here and one in `specs.ts`.
 */
export const SLIDE_RENDERERS: SlideRendererRegistry = {
  title: titleSlideRenderer,
  points: pointsSlideRenderer,
  groups: groupsSlideRenderer,
  diagram: diagramSlideRenderer,
  year: yearSlideRenderer,
  record: recordSlideRenderer,
  sources: sourcesSlideRenderer,
  closing: closingSlideRenderer,
};

/** The rendered pages of one slide of a validated talk. */
export function renderSlide<K extends keyof SlideKinds>(
  spec: SlideOf<K> & { readonly kind: K },
  context: RenderContext,
): RenderedSlide[] {
  const kind: SlideKindRenderer<K> = SLIDE_RENDERERS[spec.kind];
  return kind.render(spec, context);
}
