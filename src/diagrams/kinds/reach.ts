import { formatDate } from '../../model/dates.ts';
import type { Talk, TimelineEvent } from '../../model/types.ts';
import { CLASS_DEFINITIONS, classLines, groupById, groupClass, groupNode, unique } from '../graph-parts.ts';
import { accessibilityLines, label, nodeId, toText } from '../mermaid-syntax.ts';
import type { DiagramDefinition } from '../types.ts';

interface Link {
  readonly group: string;
  readonly event: TimelineEvent;
  readonly how: string;
}

/**
 * Events beyond the group's home countries, each tied to whoever claimed it or is
 * held responsible. The group's parent organisation is drawn too, so that its
 * claims stand visibly apart from the group's own.
 */
export function reachDiagram(talk: Talk, groupId: string, home: readonly string[], slideId: string): DiagramDefinition {
  const subject = groupById(talk, groupId);
  const parents = talk.relations.filter((relation) => relation.from === groupId && relation.kind === 'affiliate-of').map((relation) => relation.to);
  const family = new Set([groupId, ...parents]);
  const abroad = talk.events.filter((event) => event.place !== null && !home.includes(event.place.country));
  const links = abroad.flatMap((event) => linksOf(event).filter((link) => family.has(link.group)));
  const groups = unique(links.map((link) => link.group)).map((id) => groupById(talk, id));
  const countries = unique(links.map((link) => link.event.place?.country ?? ''));
  const title = `Reach beyond ${home.join(' and ')}: ${subject.shortName} and ${parents.map((id) => groupById(talk, id).shortName).join(', ')}`;
  const description = links.map((link) => `${link.event.title} (${link.event.place?.name ?? ''}, ${formatDate(link.event.date)}): ${link.how} ${groupById(talk, link.group).name}`).join('; ');
  const eventIds = unique(links.map((link) => link.event.id));
  const source = toText([
    // Top to bottom: the groups above, the countries side by side beneath, which suits a wide slide.
    'flowchart TB',
    ...accessibilityLines(title, description),
    ...groups.map((group) => groupNode(group, false)),
    ...countries.flatMap((country, index) => [
      `  subgraph c${index}["${label(country)}"]`,
      ...eventIds
        .map((id) => abroad.find((event) => event.id === id))
        .filter((event): event is TimelineEvent => event?.place?.country === country)
        .map((event) => `    ${nodeId(event.id)}["${[`${event.place?.name ?? ''}, ${formatDate(event.date)}`, event.shortTitle].map(label).join('\n')}"]`),
      '  end',
    ]),
    ...links.map((link) => `  ${nodeId(link.group)} -- "${label(link.how)}" --> ${nodeId(link.event.id)}`),
    ...CLASS_DEFINITIONS,
    ...classLines(groups, (group) => groupClass(group, subject.id)),
    ...(eventIds.length > 0 ? [`  class ${eventIds.map(nodeId).join(',')} event`] : []),
  ]);
  const cited = links.flatMap((link) => [link.event.source.source, ...(link.event.attribution ? [link.event.attribution.source.source] : [])]);
  return { id: `diagram-${slideId}`, slideId, title, description, source, sources: unique(cited) };
}

/** Who an event is tied to: the claimant, the group others hold responsible, or else its actors. */
function linksOf(event: TimelineEvent): Link[] {
  const attribution = event.attribution;
  const links: Link[] = [];
  if (attribution?.claimedBy) links.push({ group: attribution.claimedBy, event, how: 'claimed' });
  if (attribution?.attributedTo && attribution.attributedTo.group !== attribution.claimedBy) links.push({ group: attribution.attributedTo.group, event, how: 'held responsible' });
  if (links.length === 0) links.push(...event.actors.map((group) => ({ group, event, how: 'involved' })));
  return links;
}
