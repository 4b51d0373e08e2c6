import type { TalkIndex } from '../model/talk-index.ts';
import type { Group, Relation, RelationKind } from '../model/types.ts';
import { label, nodeId } from './mermaid-syntax.ts';

/** How each kind of tie is drawn; the wording comes from the talk's words. */
const ARROWS: Record<RelationKind, { readonly arrow: (text: string) => string; readonly reversed: boolean }> = {
  // Drawn from the parent to the group that broke away, so formation reads left to right.
  'split-from': { arrow: (text) => `-- "${text}" -->`, reversed: true },
  'affiliate-of': { arrow: (text) => `-. "${text}" .->`, reversed: false },
  'province-of': { arrow: (text) => `-. "${text}" .->`, reversed: false },
  'rival-of': { arrow: (text) => `<-- "${text}" -->`, reversed: false },
  hunts: { arrow: (text) => `== "${text}" ==>`, reversed: false },
  attacks: { arrow: (text) => `== "${text}" ==>`, reversed: false },
  'linked-to': { arrow: (text) => `-. "${text}" .-`, reversed: false },
};

/** Colours chosen for AA contrast of dark text on light fills, on screen and on paper. */
export const CLASS_DEFINITIONS = [
  '  classDef group fill:#f4f1ea,stroke:#5b4b2a,color:#1b1b1b',
  '  classDef focus fill:#fbe3d6,stroke:#8a2b0f,stroke-width:3px,color:#1b1b1b',
  '  classDef state fill:#e3ebf6,stroke:#1f3b63,color:#1b1b1b',
  '  classDef fresh fill:#fff3c4,stroke:#7a5a00,stroke-width:3px,color:#1b1b1b',
  '  classDef event fill:#ffffff,stroke:#555555,color:#1b1b1b',
];

/** A node statement for a group: short name on top and, when asked, its aim below. */
export function groupNode(group: Group, withAim: boolean): string {
  const lines = withAim && group.aim !== undefined ? [group.shortName, group.aim] : [group.shortName];
  return `  ${nodeId(group.id)}["${lines.map(label).join('\n')}"]`;
}

/** The class a group is drawn with: the state apart from the others, the diagram's subject highlighted. */
export function groupClass(group: Group, focusId: string | null): string {
  if (group.id === focusId) return 'focus';
  return group.kind === 'state' ? 'state' : 'group';
}

/** A tie's label: its own, or the words for its kind; with its year or month when dated. */
export function relationText(index: TalkIndex, relation: Relation): string {
  const wording = relation.label ?? index.words.relations[relation.kind];
  if (!relation.since) return wording;
  return `${wording}, ${relation.since.month ? index.formats.date(relation.since) : relation.since.year}`;
}

/** An edge statement for a relation, with an optional prefix such as "new: ". */
export function relationEdge(index: TalkIndex, relation: Relation, prefix = ''): string {
  const style = ARROWS[relation.kind];
  const [start, end] = style.reversed ? [relation.to, relation.from] : [relation.from, relation.to];
  return `  ${nodeId(start)} ${style.arrow(label(prefix + relationText(index, relation)))} ${nodeId(end)}`;
}

/** A sentence for the accessible description, e.g. "ISKP – affiliate of – IS (core)". */
export function relationSentence(index: TalkIndex, relation: Relation): string {
  const from = index.group(relation.from).shortName;
  const to = index.group(relation.to).shortName;
  return `${from} – ${relationText(index, relation)} – ${to}`;
}

/** Class assignments, one line per class, for the groups drawn. */
export function classLines(groups: readonly Group[], classOf: (group: Group) => string): string[] {
  const byClass = new Map<string, string[]>();
  for (const group of groups) byClass.set(classOf(group), [...(byClass.get(classOf(group)) ?? []), nodeId(group.id)]);
  return [...byClass].map(([name, ids]) => `  class ${ids.join(',')} ${name}`);
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
