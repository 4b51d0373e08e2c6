import { needGroup } from '../../model/check-context.ts';
import type { TalkIndex } from '../../model/talk-index.ts';
import type { TimelineEvent } from '../../model/types.ts';
import { type DiagramKind, diagramId } from '../diagram-kind.ts';
import { CLASS_DEFINITIONS, classLines, groupClass, groupNode, unique } from '../graph-parts.ts';
import { accessibilityLines, label, nodeId, toText } from '../mermaid-syntax.ts';

declare module '../../model/types.ts' {
  interface DiagramKinds {
    /** Events beyond a group's home countries, each tied to whoever claimed it or is held responsible, with the group's parent drawn apart. */
    reach: {
      /** Id of the group whose reach is drawn. */
      readonly group: string;
      /** The countries that count as home (as in `Place.country`). */
      readonly home: readonly string[];
    };
  }
}

interface Link {
  readonly group: string;
  readonly event: TimelineEvent;
  readonly how: 'claimed' | 'attributed';
}

/** Who an event is tied to: the names its claims were made in, the groups reporting holds responsible, or else its actors. */
function linksOf(event: TimelineEvent): Link[] {
  const responsibility = event.responsibility;
  const links: Link[] = [
    ...(responsibility?.claims ?? []).map((claim) => ({ group: claim.madeIn, event, how: 'claimed' as const })),
    ...(responsibility?.attributions ?? []).map((attribution) => ({
      group: attribution.group,
      event,
      how: 'attributed' as const,
    })),
  ];
  return links.length > 0 ? links : event.actors.map((group) => ({ group, event, how: 'attributed' as const }));
}

function linkLabel(index: TalkIndex, how: Link['how']): string {
  const { claims } = index.words;
  // The phrasings carry a slot for a name; on an arrow the name is the arrow's end.
  return (how === 'claimed' ? claims.claimedBy('', null, null) : claims.attributedTo('')).trim();
}

export const reachDiagram: DiagramKind<'reach'> = {
  kind: 'reach',
  check: (spec, context, item) => void needGroup(context, spec.group, item, 'diagram.group'),
  generate(spec, index, slide) {
    const parents = index.talk.relations
      .filter((relation) => relation.from === spec.group && relation.kind === 'affiliate-of')
      .map((relation) => relation.to);
    const family = new Set([spec.group, ...parents]);
    const abroad = index.talk.events.filter(
      (event) => event.place !== null && !spec.home.includes(event.place.country),
    );
    const links = abroad.flatMap((event) => linksOf(event).filter((link) => family.has(link.group)));
    const groups = unique(links.map((link) => link.group)).map((id) => index.group(id));
    const countries = unique(links.map((link) => link.event.place?.country ?? ''));
    const description = links
      .map(
        (link) =>
          `${link.event.title} (${link.event.place?.name ?? ''}, ${index.formats.date(link.event.date)}): ${linkLabel(index, link.how)} ${index.group(link.group).name}`,
      )
      .join('; ');
    const eventIds = unique(links.map((link) => link.event.id));
    const text = toText([
      // Top to bottom: the groups above, the countries side by side beneath, which suits a wide slide.
      'flowchart TB',
      ...accessibilityLines(slide.title, description),
      ...groups.map((group) => groupNode(group, false)),
      ...countries.flatMap((country, position) => [
        `  subgraph c${position}["${label(country)}"]`,
        ...eventIds
          .map((id) => index.event(id))
          .filter((event) => event.place?.country === country)
          .map(
            (event) =>
              `    ${nodeId(event.id, 'event')}["${[`${event.place?.name ?? ''}, ${index.formats.date(event.date)}`, event.shortTitle].map(label).join('\n')}"]`,
          ),
        '  end',
      ]),
      ...links.map(
        (link) =>
          `  ${nodeId(link.group)} -- "${label(linkLabel(index, link.how))}" --> ${nodeId(link.event.id, 'event')}`,
      ),
      ...CLASS_DEFINITIONS,
      ...classLines(groups, (group) => groupClass(group, spec.group)),
      ...(eventIds.length > 0 ? [`  class ${eventIds.map((id) => nodeId(id, 'event')).join(',')} event`] : []),
    ]);
    const cited = links.flatMap((link) => [
      link.event.source.source,
      ...(link.event.responsibility?.claims ?? []).map((claim) => claim.source.source),
    ]);
    return {
      id: diagramId(slide),
      slideId: slide.id,
      title: slide.title,
      description,
      drawing: { engine: 'mermaid', text },
      sources: unique(cited),
      nodes: [...groups.map((group) => `group '${group.id}'`), ...eventIds.map((id) => `event '${id}'`)],
    };
  },
};
