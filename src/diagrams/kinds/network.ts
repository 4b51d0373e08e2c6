import { formatDate, isByDate } from '../../model/dates.ts';
import type { PartialDate, Relation, Talk } from '../../model/types.ts';
import { CLASS_DEFINITIONS, classLines, groupById, groupClass, groupNode, relationEdge, relationSentence, unique } from '../graph-parts.ts';
import { accessibilityLines, toText } from '../mermaid-syntax.ts';
import type { DiagramDefinition } from '../types.ts';

/**
 * Whether a relation holds at `at`. Undated relations are described by the
 * sources as they stood at the end, so they appear only in the last year's snapshot.
 */
export function relationShownAt(talk: Talk, relation: Relation, at: PartialDate): boolean {
  if (relation.since === null) return at.year === talk.period.to;
  return isByDate(relation.since, at);
}

/** The network of groups as it stood at one date, with ties new since the previous snapshot marked. */
export function networkDiagram(talk: Talk, at: PartialDate, previous: PartialDate | null, slideId: string): DiagramDefinition {
  const shown = talk.relations.filter((relation) => relationShownAt(talk, relation, at));
  // An undated tie is not "new": the sources only say it holds by the end, not since when.
  const isNew = (relation: Relation): boolean => previous !== null && relation.since !== null && !relationShownAt(talk, relation, previous);
  const prefix = (relation: Relation): string => (isNew(relation) ? 'new: ' : relation.since === null ? 'undated: ' : '');
  const groups = unique(shown.flatMap((relation) => [relation.from, relation.to])).map((id) => groupById(talk, id));
  const freshGroups = new Set(previous === null ? [] : unique(shown.filter(isNew).flatMap((relation) => [relation.from, relation.to])).filter((id) => !shownGroupsAt(talk, previous).has(id)));
  const title = `The network as of ${formatDate(at)}`;
  const newTies = shown.filter(isNew);
  const description = `${groups.length} groups and ${shown.length} ties: ${shown.map((relation) => relationSentence(talk, relation)).join('; ')}.${newTies.length > 0 ? ` New since ${formatDate(previous ?? at)}: ${newTies.map((relation) => relationSentence(talk, relation)).join('; ')}.` : ''}`;
  const newEdgeIndexes = shown.flatMap((relation, index) => (isNew(relation) ? [index] : []));
  const source = toText([
    'flowchart LR',
    ...accessibilityLines(title, description),
    ...groups.map((group) => groupNode(group, false)),
    ...shown.map((relation) => relationEdge(relation, prefix(relation))),
    ...CLASS_DEFINITIONS,
    ...classLines(groups, (group) => (freshGroups.has(group.id) ? 'fresh' : groupClass(group, null))),
    ...(newEdgeIndexes.length > 0 ? [`  linkStyle ${newEdgeIndexes.join(',')} stroke:#8a2b0f,stroke-width:4px,color:#8a2b0f`] : []),
  ]);
  return { id: `diagram-${slideId}`, slideId, title, description, source, sources: unique(shown.map((relation) => relation.source.source)) };
}

function shownGroupsAt(talk: Talk, at: PartialDate): Set<string> {
  return new Set(talk.relations.filter((relation) => relationShownAt(talk, relation, at)).flatMap((relation) => [relation.from, relation.to]));
}
