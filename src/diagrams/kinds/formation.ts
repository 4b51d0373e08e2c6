import { needGroup } from '../../model/check-context.ts';
import type { DiagramKind } from '../diagram-kind.ts';
import { groupFlowchart, groupNode, relationEdge, relationSentence, unique } from '../graph-parts.ts';
import { accessibilityLines, toText } from '../mermaid-syntax.ts';

declare module '../../model/types.ts' {
  interface DiagramKinds {
    /** How a group formed: the groups its members left and the organisation it joined, each with its aim. */
    formation: {
      /** Id of the group whose formation is drawn. */
      readonly group: string;
    };
  }
}

export const formationDiagram: DiagramKind<'formation'> = {
  kind: 'formation',
  check: (spec, context, item) => void needGroup(context, spec.group, item, 'diagram.group'),
  generate(spec, index, slide) {
    const subject = index.group(spec.group);
    const ties = index.talk.relations.filter(
      (relation) =>
        relation.from === spec.group && (relation.kind === 'split-from' || relation.kind === 'affiliate-of'),
    );
    const groups = unique([subject.id, ...ties.map((relation) => relation.to)]).map((id) => index.group(id));
    const description = `${subject.name}: ${ties.map((relation) => relationSentence(index, relation)).join('; ')}.`;
    const text = toText([
      'flowchart LR',
      ...accessibilityLines(slide.title, description),
      ...groups.map((group) => groupNode(group, true)),
      ...ties.map((relation) => relationEdge(index, relation)),
    ]);
    const sources = unique([subject.source.source, ...ties.map((relation) => relation.source.source)]);
    return groupFlowchart(index, slide, { description, text, groups, sources: sources });
  },
};
