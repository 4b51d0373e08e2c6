import type { DiagramKindRenderer } from '../../diagram-kind.ts';
import {
  flowchartOpening,
  groupFlowchart,
  groupNode,
  relationEdge,
  relationSentence,
  unique,
} from '../../graph-parts.ts';
import { accessibilityLines, toText } from '../../mermaid-syntax.ts';

export const formationDiagramRenderer: DiagramKindRenderer<'formation'> = {
  kind: 'formation',
  generate(spec, index, slide) {
    const subject = index.group(spec.group);
    const ties = index.talk.relations.filter(
      (relation) =>
        relation.from === spec.group && (relation.kind === 'split-from' || relation.kind === 'affiliate-of'),
    );
    const groups = unique([subject.id, ...ties.map((relation) => relation.to)]).map((id) => index.group(id));
    const description = `${subject.name}: ${ties.map((relation) => relationSentence(index, relation)).join('; ')}.`;
    const text = toText([
      ...flowchartOpening(slide),
      ...accessibilityLines(slide.title, description),
      ...groups.map((group) => groupNode(group, true)),
      ...ties.map((relation) => relationEdge(index, relation)),
    ]);
    const sources = unique([subject.source.source, ...ties.map((relation) => relation.source.source)]);
    return groupFlowchart(index, slide, { description, text, groups, sources: sources });
  },
};
