import { checkDate } from '../../model/check-context.ts';
import { isByDate } from '../../model/dates.ts';
import type { TalkIndex } from '../../model/talk-index.ts';
import type { PartialDate, Relation } from '../../model/types.ts';
import { type DiagramKind, diagramId } from '../diagram-kind.ts';
import {
  CLASS_DEFINITIONS,
  classLines,
  groupClass,
  groupNode,
  relationEdge,
  relationSentence,
  unique,
} from '../graph-parts.ts';
import { accessibilityLines, toText } from '../mermaid-syntax.ts';

declare module '../../model/types.ts' {
  interface DiagramKinds {
    /** The network of groups as it stood at one date, with ties new since an earlier date marked. */
    network: {
      /** The date the network is drawn at. */
      readonly at: PartialDate;
      /** The date of the previous snapshot, whose ties are not marked new; null for the first. */
      readonly previous: PartialDate | null;
    };
  }
}

/**
 * Whether a relation holds at `at`. Undated relations are described by the
 * sources as they stood at the end, so they appear only in the last year's snapshot.
 */
export function relationShownAt(index: TalkIndex, relation: Relation, at: PartialDate): boolean {
  if (relation.since === null) return at.year === index.talk.period.to;
  return isByDate(relation.since, at);
}

export const networkDiagram: DiagramKind<'network'> = {
  kind: 'network',
  check(spec, context, item) {
    checkDate(context.talk, spec.at, item, 'diagram.at', context.report);
    if (spec.previous) checkDate(context.talk, spec.previous, item, 'diagram.previous', context.report);
  },
  generate(spec, index, slide) {
    const { at, previous } = spec;
    const shown = index.talk.relations.filter((relation) => relationShownAt(index, relation, at));
    // An undated tie is not "new": the sources only say it holds by the end, not since when.
    const isNew = (relation: Relation): boolean =>
      previous !== null && relation.since !== null && !relationShownAt(index, relation, previous);
    const prefix = (relation: Relation): string =>
      isNew(relation) ? 'new: ' : relation.since === null ? 'undated: ' : '';
    const groups = unique(shown.flatMap((relation) => [relation.from, relation.to])).map((id) => index.group(id));
    const earlier =
      previous === null
        ? new Set<string>()
        : new Set(
            index.talk.relations
              .filter((relation) => relationShownAt(index, relation, previous))
              .flatMap((relation) => [relation.from, relation.to]),
          );
    const freshGroups = new Set(
      previous === null
        ? []
        : unique(shown.filter(isNew).flatMap((relation) => [relation.from, relation.to])).filter(
            (id) => !earlier.has(id),
          ),
    );
    const description = `${shown.map((relation) => relationSentence(index, relation)).join('; ')}.`;
    const newEdgeIndexes = shown.flatMap((relation, position) => (isNew(relation) ? [position] : []));
    const text = toText([
      'flowchart LR',
      ...accessibilityLines(slide.title, description),
      ...groups.map((group) => groupNode(group, false)),
      ...shown.map((relation) => relationEdge(index, relation, prefix(relation))),
      ...CLASS_DEFINITIONS,
      ...classLines(groups, (group) => (freshGroups.has(group.id) ? 'fresh' : groupClass(group, null))),
      ...(newEdgeIndexes.length > 0
        ? [`  linkStyle ${newEdgeIndexes.join(',')} stroke:#8a2b0f,stroke-width:4px,color:#8a2b0f`]
        : []),
    ]);
    return {
      id: diagramId(slide),
      slideId: slide.id,
      title: slide.title,
      description,
      drawing: { engine: 'mermaid', text },
      nodes: groups.map((group) => `group '${group.id}'`),
      sources: unique(shown.map((relation) => relation.source.source)),
    };
  },
};
