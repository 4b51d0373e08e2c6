import { statementsOf } from '../deck/specs.ts';
import { needGroup, needOne } from '../model/check-context.ts';
import type { Citation, Talk } from '../model/types.ts';
import type { ContentRule, RuleContext } from './rule.ts';

/** Every citation of the talk, with the item and field it sits in. */
export function* citationsOf(
  talk: Talk,
  slides: RuleContext['slides'],
): Generator<{ item: string; field: string; citation: Citation }> {
  for (const group of talk.groups) yield { item: `group '${group.id}'`, field: 'source', citation: group.source };
  for (const outlet of talk.outlets ?? [])
    yield { item: `outlet '${outlet.id}'`, field: 'source', citation: outlet.source };
  for (const naming of talk.claimNamings ?? [])
    yield { item: `claim naming '${naming.id}'`, field: 'source', citation: naming.source };
  for (const relation of talk.relations)
    yield { item: `relation '${relation.id}'`, field: 'source', citation: relation.source };
  for (const argument of talk.arguments)
    yield { item: `argument '${argument.id}'`, field: 'source', citation: argument.source };
  for (const event of talk.events) {
    const item = `event '${event.id}'`;
    yield { item, field: 'source', citation: event.source };
    for (const [index, figure] of event.figures.entries()) {
      yield { item, field: `figures[${index}].source`, citation: figure.source };
      if (figure.upTo) yield { item, field: `figures[${index}].upTo.source`, citation: figure.upTo.source };
    }
    for (const [index, note] of event.record.entries()) {
      yield { item, field: `record[${index}].source`, citation: note.source };
      for (const [position, figure] of (note.figures ?? []).entries())
        yield { item, field: `record[${index}].figures[${position}].source`, citation: figure.source };
    }
    const responsibility = event.responsibility;
    if (!responsibility) continue;
    for (const [index, claim] of responsibility.claims.entries()) {
      yield { item, field: `responsibility.claims[${index}].source`, citation: claim.source };
      if (claim.outlet)
        yield { item, field: `responsibility.claims[${index}].outlet.source`, citation: claim.outlet.source };
    }
    if (responsibility.unclaimed) yield { item, field: 'responsibility.unclaimed', citation: responsibility.unclaimed };
    for (const [index, attribution] of (responsibility.attributions ?? []).entries()) {
      yield { item, field: `responsibility.attributions[${index}].source`, citation: attribution.source };
    }
  }
  for (const slide of slides) {
    for (const { field, statement } of statementsOf(slide)) {
      for (const [index, citation] of statement.sources.entries())
        yield { item: `slide '${slide.id}'`, field: `${field}.sources[${index}]`, citation };
    }
  }
}

const citations: ContentRule = {
  name: 'citations',
  check(context) {
    for (const { item, field, citation } of citationsOf(context.talk, context.slides)) {
      if (!context.sources.has(citation.source)) {
        context.report(
          item,
          `${field}.source`,
          `cites '${citation.source}', which is not in the sources; add it to the sources or fix the id`,
        );
      }
      if (citation.excerpt.trim() === '')
        context.report(item, `${field}.excerpt`, 'is empty; say what the source states');
    }
  },
};

const groupReferences: ContentRule = {
  name: 'group-references',
  check(context) {
    const { talk } = context;
    if (!context.sources.has(talk.mainSource))
      context.report('talk', 'mainSource', `'${talk.mainSource}' is not in the sources`);
    for (const relation of talk.relations) {
      const item = `relation '${relation.id}'`;
      needGroup(context, relation.from, item, 'from');
      needGroup(context, relation.to, item, 'to');
      if (relation.from === relation.to) context.report(item, 'to', 'a group cannot relate to itself');
    }
    for (const outlet of talk.outlets ?? []) needGroup(context, outlet.owner, `outlet '${outlet.id}'`, 'owner');
    for (const naming of talk.claimNamings ?? []) {
      const item = `claim naming '${naming.id}'`;
      needGroup(context, naming.organisation, item, 'organisation');
      for (const [index, id] of naming.claimedAs.entries()) needGroup(context, id, item, `claimedAs[${index}]`);
    }
    for (const event of talk.events) {
      const item = `event '${event.id}'`;
      for (const [index, actor] of event.actors.entries()) needGroup(context, actor, item, `actors[${index}]`);
      const responsibility = event.responsibility;
      if (!responsibility) continue;
      responsibility.claims.forEach((claim, index) => {
        if (claim.madeIn !== null) needGroup(context, claim.madeIn, item, `responsibility.claims[${index}].madeIn`);
        if (claim.organisation !== undefined)
          needGroup(context, claim.organisation, item, `responsibility.claims[${index}].organisation`);
        if (claim.outlet)
          needOne(
            context.report,
            context.outlets,
            'outlet',
            claim.outlet.outlet,
            item,
            `responsibility.claims[${index}].outlet.outlet`,
          );
      });
      for (const [index, attribution] of (responsibility.attributions ?? []).entries()) {
        needGroup(context, attribution.group, item, `responsibility.attributions[${index}].group`);
      }
    }
  },
};

/** Rules that every id a talk uses points at something that exists. */
export const REFERENCE_RULES: readonly ContentRule[] = [citations, groupReferences];
