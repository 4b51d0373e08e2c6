import { compareDates, isByDate, isoDate } from '../../../model/dates.ts';
import type { TalkIndex } from '../../../model/talk-index.ts';
import type { PartialDate, Relation } from '../../../model/types.ts';
import type { DiagramKindRenderer, DiagramStep } from '../../diagram-kind.ts';
import {
  edgeId,
  flowchartOpening,
  groupFlowchart,
  groupNode,
  lineKeyOf,
  relationEdge,
  relationSentence,
  unique,
} from '../../graph-parts.ts';
import { accessibilityLines, nodeId, toText } from '../../mermaid-syntax.ts';

/** One step of the whole chronology: the ties of one date (or the undated ones) and the groups they bring in. */
interface NetworkStep {
  readonly date: PartialDate | null;
  readonly relations: readonly Relation[];
  readonly groups: readonly string[];
}

/** Every step of the network, in date order, the undated ties last; each group comes in with its first tie. */
export function networkSteps(relations: readonly Relation[]): NetworkStep[] {
  const chunks = new Map<string, { date: PartialDate | null; relations: Relation[] }>();
  const dated = relations.flatMap((relation) => (relation.since === null ? [] : [{ relation, since: relation.since }]));
  for (const { relation, since } of dated.sort((a, b) => compareDates(a.since, b.since))) {
    const key = isoDate(since);
    const chunk = chunks.get(key) ?? { date: since, relations: [] };
    chunk.relations.push(relation);
    chunks.set(key, chunk);
  }
  const undated = relations.filter((relation) => relation.since === null);
  if (undated.length > 0) chunks.set('undated', { date: null, relations: undated });
  const seen = new Set<string>();
  return [...chunks.values()].map(({ date, relations: chunk }) => {
    const groups = unique(chunk.flatMap((relation) => [relation.from, relation.to])).filter((id) => !seen.has(id));
    for (const id of groups) seen.add(id);
    return { date, relations: chunk, groups };
  });
}

/** Where a step stands against a slide's dates: shown from the start, revealed on this slide, or left for later. */
function placeOf(
  index: TalkIndex,
  step: NetworkStep,
  at: PartialDate,
  previous: PartialDate | null,
): 'before' | 'now' | 'later' {
  // Undated ties are described as they stood at the end: they come with the period's last year.
  if (step.date === null) return at.year >= index.talk.period.to ? 'now' : 'later';
  if (previous !== null && isByDate(step.date, previous)) return 'before';
  return isByDate(step.date, at) ? 'now' : 'later';
}

function stepKeys(step: NetworkStep): string[] {
  return [...step.groups.map((id) => nodeId(id)), ...step.relations.map((relation) => edgeId(relation.id))];
}

export const networkDiagramRenderer: DiagramKindRenderer<'network'> = {
  kind: 'network',
  generate(spec, index, slide) {
    const { relations } = index.talk;
    const steps = networkSteps(relations);
    const placed = steps.map((step) => ({ step, place: placeOf(index, step, spec.at, spec.previous) }));
    const label = (step: NetworkStep): string =>
      step.date === null ? index.words.diagrams.undated : index.formats.date(step.date);
    const shown = placed.filter(({ place }) => place !== 'later').flatMap(({ step }) => step.relations);
    const groups = unique(relations.flatMap((relation) => [relation.from, relation.to])).map((id) => index.group(id));
    const description = `${shown.map((relation) => relationSentence(index, relation)).join('; ')}.`;
    const text = toText([
      ...flowchartOpening(slide),
      ...accessibilityLines(slide.title, description),
      ...groups.map((group) => groupNode(group, false)),
      ...relations.map((relation) => relationEdge(index, relation)),
    ]);
    // The first network slide opens on its first date's groups and ties, never on an empty canvas.
    const first = placed.findIndex(({ place }) => place === 'now');
    if (spec.previous === null && first >= 0) placed[first] = { ...placed[first]!, place: 'before' };
    const now: DiagramStep[] = placed
      .filter(({ place }) => place === 'now')
      .map(({ step }) => ({ label: label(step), keys: stepKeys(step), undated: step.date === null }));
    return {
      ...groupFlowchart(index, slide, {
        description,
        text,
        groups,
        sources: unique(shown.map((relation) => relation.source.source)),
      }),
      lineKey: lineKeyOf(index, shown),
      growth: {
        before: placed.filter(({ place }) => place === 'before').map(({ step }) => label(step)),
        steps: now,
        later: placed.filter(({ place }) => place === 'later').flatMap(({ step }) => stepKeys(step)),
      },
    };
  },
};
