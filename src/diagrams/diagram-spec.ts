import type { RuleContext } from '../model/check-context.ts';
import type { DiagramKinds, DiagramSpec } from '../model/types.ts';

/** The spec of one diagram kind. */
export type DiagramOf<K extends keyof DiagramKinds> = Extract<DiagramSpec, { readonly kind: K }>;

/** A diagram kind's spec: its content rules. The rules load it; it draws nothing. */
export interface DiagramKindSpec<K extends keyof DiagramKinds> {
  readonly kind: K;
  /** Content rules for this kind's fields; the item is the slide, fields are reported under `diagram.`. */
  readonly check?: (spec: DiagramOf<K>, context: RuleContext, item: string) => void;
}

/** The specs registry's shape: one kind per member of `DiagramKinds`, so the compiler proves each is registered. */
export type DiagramSpecRegistry = { readonly [K in keyof DiagramKinds]: DiagramKindSpec<K> };
