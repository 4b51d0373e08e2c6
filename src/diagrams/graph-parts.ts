import { groupLooks } from '../look/group-looks.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { Group, Relation, RelationKind } from '../model/types.ts';
import {
  type DiagramDefinition,
  type DiagramLook,
  type DiagramSlide,
  diagramId,
  frameOf,
  LINE_STYLES,
  type LineKeyEntry,
  type LineStyle,
} from './diagram-kind.ts';
import { label, nodeId } from './mermaid-syntax.ts';

/**
 * How each kind of tie is drawn; the wording comes from the talk's words. `direction`
 * says which end the layout starts from: `reversed` draws from the parent to the group
 * that broke away, so formation reads left to right; a `symmetric` tie reads the same
 * both ways, so it starts from the group listed first, which keeps the layout's columns few.
 */
const ARROWS: Record<
  RelationKind,
  {
    readonly arrow: (text: string) => string;
    readonly direction: 'forward' | 'reversed' | 'symmetric';
    /** The line it is drawn with, which the slide's key explains: the arrow's `--`, `-.` or `==`. */
    readonly line: LineStyle;
  }
> = {
  'split-from': { arrow: (text) => `-- "${text}" -->`, direction: 'reversed', line: 'plain' },
  'affiliate-of': { arrow: (text) => `-. "${text}" .->`, direction: 'forward', line: 'dotted' },
  'province-of': { arrow: (text) => `-. "${text}" .->`, direction: 'forward', line: 'dotted' },
  'rival-of': { arrow: (text) => `<-- "${text}" -->`, direction: 'symmetric', line: 'plain' },
  hunts: { arrow: (text) => `== "${text}" ==>`, direction: 'forward', line: 'thick' },
  attacks: { arrow: (text) => `== "${text}" ==>`, direction: 'forward', line: 'thick' },
  'linked-to': { arrow: (text) => `-. "${text}" .-`, direction: 'symmetric', line: 'dotted' },
};

/** The key to a diagram's line styles: each style it draws, with the kinds of tie drawn in it, in the talk's words. */
export function lineKeyOf(index: TalkIndex, relations: readonly Relation[]): LineKeyEntry[] {
  return LINE_STYLES.flatMap((line) => {
    const kinds = unique(relations.map((relation) => relation.kind)).filter((kind) => ARROWS[kind].line === line);
    return kinds.length === 0 ? [] : [{ line, text: kinds.map((kind) => index.words.relations[kind]).join(', ') }];
  });
}

/** Characters per line of a tie's label: about 150 px at 18 px, so labels stay narrow and the layout's columns fit a slide. */
export const LABEL_LINE_CHARACTERS = 18;

/** Breaks a label into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrapLines(text: string, width = LABEL_LINE_CHARACTERS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A node statement for a group: short name on top and, when asked, its aim below. */
export function groupNode(group: Group, withAim: boolean): string {
  const lines = withAim && group.aim !== undefined ? [group.shortName, group.aim] : [group.shortName];
  return `  ${nodeId(group.id)}["${lines.map(label).join('\n')}"]`;
}

/** A tie's label: its own, or the words for its kind; with its year or month when dated. */
export function relationText(index: TalkIndex, relation: Relation): string {
  const wording = relation.label ?? index.words.relations[relation.kind];
  if (!relation.since) return wording;
  const when = relation.sinceUntil
    ? index.formats.span(relation.since, relation.sinceUntil)
    : index.formats.shortDate(relation.since);
  return `${wording}, ${when}`;
}

/** The Mermaid id of a relation's edge: `e_` and the relation's id, encoded as node ids are. */
export function edgeId(relationId: string): string {
  return `e${nodeId(relationId).slice(1)}`;
}

/** An edge statement for a relation, with its own edge id so that later steps can find the drawn edge. */
export function relationEdge(index: TalkIndex, relation: Relation): string {
  const style = ARROWS[relation.kind];
  const order = (id: string): number => index.talk.groups.findIndex((group) => group.id === id);
  const reversed =
    style.direction === 'reversed' || (style.direction === 'symmetric' && order(relation.to) < order(relation.from));
  const [start, end] = reversed ? [relation.to, relation.from] : [relation.from, relation.to];
  const text = wrapLines(relationText(index, relation)).map(label).join('\n');
  return `  ${nodeId(start)} ${edgeId(relation.id)}@${style.arrow(text)} ${nodeId(end)}`;
}

/** Each group's node in the group's look (tone and mark), the same on every slide. */
export function groupLooksOf(index: TalkIndex, groups: readonly Group[]): DiagramLook[] {
  const looks = groupLooks(index.talk.groups);
  return groups.flatMap((group) => {
    const look = looks.get(group.id);
    return look ? [{ key: nodeId(group.id), look }] : [];
  });
}

/**
 * Settings for a flowchart drawn in the standard (4:3) frame, written into its text as Mermaid front matter (over
 * the build's config): tighter boxes at 21 px, so it keeps its labels at 20 px or more where the wide slide's
 * drawing would shrink to fit the narrower slide.
 */
const STANDARD_FLOWCHART_CONFIG = [
  '---',
  'config:',
  '  themeVariables:',
  '    fontSize: 21px',
  '  flowchart:',
  '    wrappingWidth: 300',
  '    nodeSpacing: 30',
  '    padding: 4',
  '    diagramPadding: 8',
  '---',
] as const;

/**
 * The opening lines of a flowchart of groups for its slide's frame: left to right on the wide slide; on the
 * standard one in `standard` direction (a chain runs top to bottom, down the taller, narrower slide).
 */
export function flowchartOpening(slide: DiagramSlide, standard: 'TB' | 'LR' = 'TB'): readonly string[] {
  return frameOf(slide).layout === 'standard'
    ? [...STANDARD_FLOWCHART_CONFIG, `flowchart ${standard}`]
    : ['flowchart LR'];
}

/** A sentence for the accessible description, e.g. "Carpenters – members broke away – Masons". */
export function relationSentence(index: TalkIndex, relation: Relation): string {
  const from = index.group(relation.from).shortName;
  const to = index.group(relation.to).shortName;
  return `${from} – ${relationText(index, relation)} – ${to}`;
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * A flowchart of groups as a diagram of its slide: the Mermaid text, one box per group (the
 * build checks Mermaid drew each apart), each group in its look, and the sources it draws on.
 */
export function groupFlowchart(
  index: TalkIndex,
  slide: DiagramSlide,
  parts: { description: string; text: string; groups: readonly Group[]; sources: readonly string[] },
): DiagramDefinition {
  return {
    id: diagramId(slide),
    slideId: slide.id,
    title: slide.title,
    description: parts.description,
    drawing: { engine: 'mermaid', text: parts.text },
    nodes: parts.groups.map((group) => `group '${group.id}'`),
    sources: unique(parts.sources),
    looks: groupLooksOf(index, parts.groups),
  };
}
