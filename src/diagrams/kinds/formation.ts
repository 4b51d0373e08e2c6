import { formatSpan } from '../../model/dates.ts';
import type { Talk } from '../../model/types.ts';
import { CLASS_DEFINITIONS, classLines, groupById, groupClass, groupNode, relationEdge, relationSentence, unique } from '../graph-parts.ts';
import { accessibilityLines, toText } from '../mermaid-syntax.ts';
import type { DiagramDefinition } from '../types.ts';

/** How a group formed: the groups its members left, and the organisation it joined. */
export function formationDiagram(talk: Talk, groupId: string, slideId: string): DiagramDefinition {
  const subject = groupById(talk, groupId);
  const ties = talk.relations.filter((relation) => relation.from === groupId && ['split-from', 'affiliate-of'].includes(relation.kind));
  const groups = unique([subject.id, ...ties.map((relation) => relation.to)]).map((id) => groupById(talk, id));
  const title = `How ${subject.shortName} formed`;
  const founded = subject.founded ? ` (${formatSpan(subject.founded)})` : '';
  const description = `${subject.name} (${subject.aims} aim) formed${founded}: ${ties.map((relation) => relationSentence(talk, relation)).join('; ')}.`;
  const source = toText([
    'flowchart LR',
    ...accessibilityLines(title, description),
    ...groups.map((group) => groupNode(group, true)),
    ...ties.map((relation) => relationEdge(relation)),
    ...CLASS_DEFINITIONS,
    ...classLines(groups, (group) => groupClass(group, subject.id)),
  ]);
  return { id: `diagram-${slideId}`, slideId, title, description, source, sources: unique([subject.source.source, ...ties.map((relation) => relation.source.source)]) };
}
