import type { SlideKinds } from '../model/types.ts';
import type { RenderContext, RenderedSlide } from './context.ts';
import type { SlideOf } from './slide-kind.ts';

/** How a slide kind renders: the pipeline loads it, the rules never do. */
export interface SlideKindRenderer<K extends keyof SlideKinds> {
  readonly kind: K;
  /** The rendered pages, in order, one per entry of its spec's `pages`. */
  readonly render: (spec: SlideOf<K>, context: RenderContext) => RenderedSlide[];
}

/** The renderers registry's shape, likewise one per member of `SlideKinds`. */
export type SlideRendererRegistry = { readonly [K in keyof SlideKinds]: SlideKindRenderer<K> };
