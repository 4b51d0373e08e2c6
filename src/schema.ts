/**
 * What a talk may say, whole: the types a talk's files import (`slides/`, a folder in `talks/`). The
 * schema is `src/model/types.ts`, less the fields of each slide and diagram kind, which each
 * kind's `spec.ts` adds to `SlideKinds` or `DiagramKinds` by declaration merging. Importing the
 * two spec registries here brings every kind in, so a talk type-checks on its own
 * (`tsconfig.content.json`) with no renderer in its program; and, being types only, this
 * module loads nothing when a talk is run.
 */
import type {} from './deck/specs.ts';
import type {} from './diagrams/specs.ts';

export type * from './model/types.ts';
