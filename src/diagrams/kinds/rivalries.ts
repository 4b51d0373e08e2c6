import type { Talk } from '../../model/types.ts';
import { CLASS_DEFINITIONS, classLines, groupById, groupClass, groupNode, relationEdge, relationSentence, unique } from '../graph-parts.ts';
import { accessibilityLines, label, nodeId, toText } from '../mermaid-syntax.ts';
import type { DiagramDefinition } from '../types.ts';

const HOSTILE_KINDS = new Set(['rival-of', 'hunts', 'attacks']);

/**
 * Who fights whom, and the state's dilemma as an author argues it: for each pair
 * of rivals, striking one helps the other. The dilemma is drawn apart and labelled
 * as the author's argument, because it is one.
 */
export function rivalriesDiagram(talk: Talk, stateId: string, argumentId: string, slideId: string): DiagramDefinition {
  const state = groupById(talk, stateId);
  const argument = talk.arguments.find((candidate) => candidate.id === argumentId);
  if (!argument) throw new Error(`Unknown argument '${argumentId}': validate the talk before generating diagrams.`);
  const hostile = talk.relations.filter((relation) => HOSTILE_KINDS.has(relation.kind));
  const rivalPairs = hostile.filter((relation) => relation.kind === 'rival-of' && relation.from !== stateId && relation.to !== stateId);
  const groups = unique([state.id, ...hostile.flatMap((relation) => [relation.from, relation.to])]).map((id) => groupById(talk, id));
  const dilemma = rivalPairs.flatMap((pair) => [
    [pair.from, pair.to],
    [pair.to, pair.from],
  ]);
  const dilemmaText = (struck: string, helped: string): string => `the author: striking ${groupById(talk, struck).shortName} helps ${groupById(talk, helped).shortName}`;
  const title = `Rivalries, and ${state.shortName}'s trap as the author argues it`;
  const description = `${hostile.map((relation) => relationSentence(talk, relation)).join('; ')}. The author argues: ${argument.paraphrase}`;
  const source = toText([
    'flowchart TB',
    ...accessibilityLines(title, description),
    ...groups.map((group) => groupNode(group, false)),
    ...hostile.map((relation) => relationEdge(relation)),
    ...dilemma.map(([struck = '', helped = '']) => `  ${nodeId(state.id)} -. "${label(dilemmaText(struck, helped))}" .-> ${nodeId(struck)}`),
    ...CLASS_DEFINITIONS,
    ...classLines(groups, (group) => groupClass(group, null)),
  ]);
  return { id: `diagram-${slideId}`, slideId, title, description, source, sources: unique([...hostile.map((relation) => relation.source.source), argument.source.source]) };
}
