import type { RelationKind } from '../../../model/types.ts';
import type { DiagramKindRenderer } from '../../diagram-kind.ts';
import {
  flowchartOpening,
  groupFlowchart,
  groupNode,
  relationEdge,
  relationSentence,
  unique,
  wrapLines,
} from '../../graph-parts.ts';
import { accessibilityLines, label, nodeId, toText } from '../../mermaid-syntax.ts';

const HOSTILE_KINDS: ReadonlySet<RelationKind> = new Set(['rival-of', 'hunts', 'attacks']);

export const rivalriesDiagramRenderer: DiagramKindRenderer<'rivalries'> = {
  kind: 'rivalries',
  generate(spec, index, slide) {
    const state = index.group(spec.state);
    const argument = index.argument(spec.argument);
    const drawn = spec.between ? new Set([state.id, ...spec.between]) : null;
    const hostile = index.talk.relations.filter(
      (relation) =>
        HOSTILE_KINDS.has(relation.kind) && (drawn === null || (drawn.has(relation.from) && drawn.has(relation.to))),
    );
    const rivalPairs = hostile.filter(
      (relation) => relation.kind === 'rival-of' && relation.from !== state.id && relation.to !== state.id,
    );
    const groups = unique([state.id, ...hostile.flatMap((relation) => [relation.from, relation.to])]).map((id) =>
      index.group(id),
    );
    const dilemma = rivalPairs.flatMap((pair) => [
      [pair.from, pair.to],
      [pair.to, pair.from],
    ]);
    const dilemmaText = (struck: string, helped: string): string =>
      index.words.authorDilemma(index.group(struck).shortName, index.group(helped).shortName);
    const description = `${hostile.map((relation) => relationSentence(index, relation)).join('; ')}. ${index.words.authorArgues} ${argument.paraphrase}`;
    const text = toText([
      // Rivals face each other across the slide, on either layout.
      ...flowchartOpening(slide, 'LR'),
      ...accessibilityLines(slide.title, description),
      ...groups.map((group) => groupNode(group, false)),
      ...hostile.map((relation) => relationEdge(index, relation)),
      ...dilemma.map(
        ([struck = '', helped = '']) =>
          `  ${nodeId(state.id)} -. "${wrapLines(dilemmaText(struck, helped)).map(label).join('\n')}" .-> ${nodeId(struck)}`,
      ),
    ]);
    const sources = unique([...hostile.map((relation) => relation.source.source), argument.source.source]);
    return groupFlowchart(index, slide, { description, text, groups, sources: sources });
  },
};
