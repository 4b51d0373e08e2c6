import { formatDate } from '../model/dates.ts';
import type { Group, Relation, RelationKind, Talk } from '../model/types.ts';
import { label, nodeId } from './mermaid-syntax.ts';

/** How each kind of tie reads on an edge, and how it is drawn. */
const RELATION_STYLE: Record<RelationKind, { readonly wording: string; readonly arrow: (text: string) => string; readonly reversed: boolean }> = {
  // Drawn from the parent to the group that broke away, so formation reads left to right.
  'split-from': { wording: 'members broke away', arrow: (text) => `-- "${text}" -->`, reversed: true },
  'affiliate-of': { wording: 'affiliate of', arrow: (text) => `-. "${text}" .->`, reversed: false },
  'province-of': { wording: 'province of', arrow: (text) => `-. "${text}" .->`, reversed: false },
  'rival-of': { wording: 'rivals', arrow: (text) => `<-- "${text}" -->`, reversed: false },
  hunts: { wording: 'hunts', arrow: (text) => `== "${text}" ==>`, reversed: false },
  attacks: { wording: 'attacks', arrow: (text) => `== "${text}" ==>`, reversed: false },
  'linked-to': { wording: 'linked to', arrow: (text) => `-. "${text}" .-`, reversed: false },
};

const AIM_WORDING = { national: 'aim: one country', regional: 'aim: a regional caliphate', global: 'aim: a global caliphate' } as const;

/** Colours chosen for AA contrast of dark text on light fills, on screen and on paper. */
export const CLASS_DEFINITIONS = [
  '  classDef group fill:#f4f1ea,stroke:#5b4b2a,color:#1b1b1b',
  '  classDef focus fill:#fbe3d6,stroke:#8a2b0f,stroke-width:3px,color:#1b1b1b',
  '  classDef state fill:#e3ebf6,stroke:#1f3b63,color:#1b1b1b',
  '  classDef fresh fill:#fff3c4,stroke:#7a5a00,stroke-width:3px,color:#1b1b1b',
  '  classDef event fill:#ffffff,stroke:#555555,color:#1b1b1b',
];

export function groupById(talk: Talk, id: string): Group {
  const group = talk.groups.find((candidate) => candidate.id === id);
  // Validation runs before any generator, so this only fires on a programming error.
  if (!group) throw new Error(`Unknown group '${id}': validate the talk before generating diagrams.`);
  return group;
}

/** A node statement for a group: short name on top, its aim below. */
export function groupNode(group: Group, withAim: boolean): string {
  const lines = withAim ? [group.shortName, AIM_WORDING[group.aims]] : [group.shortName];
  return `  ${nodeId(group.id)}["${lines.map(label).join('\n')}"]`;
}

/** The class a group is drawn with: the state apart from armed groups, the diagram's subject highlighted. */
export function groupClass(group: Group, focusId: string | null): string {
  if (group.id === focusId) return 'focus';
  return group.kind === 'state' ? 'state' : 'group';
}

export function relationText(relation: Relation): string {
  const wording = relation.label ?? RELATION_STYLE[relation.kind].wording;
  return relation.since ? `${wording}, ${relation.since.month ? formatDate(relation.since) : relation.since.year}` : wording;
}

/** An edge statement for a relation, with an optional prefix such as "new: ". */
export function relationEdge(relation: Relation, prefix = ''): string {
  const style = RELATION_STYLE[relation.kind];
  const [start, end] = style.reversed ? [relation.to, relation.from] : [relation.from, relation.to];
  return `  ${nodeId(start)} ${style.arrow(label(prefix + relationText(relation)))} ${nodeId(end)}`;
}

/** A sentence for the accessible description, e.g. "ISKP affiliate of IS (core), 2015". */
export function relationSentence(talk: Talk, relation: Relation): string {
  const from = groupById(talk, relation.from).shortName;
  const to = groupById(talk, relation.to).shortName;
  if (relation.kind === 'split-from') return `members of ${to} broke away to form ${from}${relation.since ? ` (${formatDate(relation.since)})` : ''}`;
  return `${from} ${relationText(relation)} ${to}`;
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
