import { compareDates } from '../model/dates.ts';
import type { Citation, Group } from '../model/types.ts';
import { groupNames, namesGroupInRole, wordOccurrences } from './naming.ts';
import type { ContentRule, RuleContext } from './rule.ts';

function namesInRole(context: RuleContext, citation: Citation, group: Group, terms: readonly string[]): boolean {
  return namesGroupInRole(citation.excerpt, group, context.groups.values(), terms);
}

/**
 * A claim is credited to the name its source gives the claimant, never to a name read into
 * it: the excerpt must name the group in a sentence that speaks of claiming. This keeps a
 * claim published through an outlet from becoming the outlet's owner's, and a parent
 * organisation's claim from becoming its branch's. Where the source states no name, the
 * claim's `madeIn` is null and the slides say so.
 */
const claimants: ContentRule = {
  name: 'claimant-named',
  check(context) {
    const terms = context.words.roleTerms.claim;
    for (const event of context.talk.events) {
      const item = `event '${event.id}'`;
      event.responsibility?.claims.forEach((claim, position) => {
        const group = claim.madeIn === null ? undefined : context.groups.get(claim.madeIn);
        if (group && !namesInRole(context, claim.source, group, terms)) {
          context.report(
            item,
            `responsibility.claims[${position}].madeIn`,
            `credits the claim to '${group.name}', but the cited excerpt ("${claim.source.excerpt}") does not name it as the claimant; cite the passage that does, credit the name it gives, or set madeIn to null: the name is not stated`,
          );
        }
        if (claim.date && compareDates(claim.date, event.date) < 0)
          context.report(item, `responsibility.claims[${position}].date`, 'the claim is dated before the event');
      });
    }
  },
};

/**
 * A claim whose name is not stated must say where it was published, so the slides can say
 * "claimed through Amaq" rather than nothing; and its own source must not state a name the
 * data leaves out (then the name is stated: give it).
 */
const nameNotStated: ContentRule = {
  name: 'claim-name-not-stated',
  check(context) {
    const terms = context.words.roleTerms.claim;
    for (const event of context.talk.events) {
      event.responsibility?.claims.forEach((claim, position) => {
        if (claim.madeIn !== null) return;
        const item = `event '${event.id}'`;
        if (!claim.outlet && claim.organisation === undefined)
          context.report(
            item,
            `responsibility.claims[${position}].outlet`,
            'the claim states no name (madeIn is null), so say who made it: add its outlet, or its organisation, with the source that names it',
          );
        const organisation = claim.organisation === undefined ? undefined : context.groups.get(claim.organisation);
        if (organisation && !namesInRole(context, claim.source, organisation, terms))
          context.report(
            item,
            `responsibility.claims[${position}].organisation`,
            `the excerpt ("${claim.source.excerpt}") does not name '${organisation.name}' as making the claim; cite the passage that does`,
          );
        const owner =
          claim.organisation ?? (claim.outlet ? context.outlets.get(claim.outlet.outlet)?.owner : undefined);
        const named = [...context.groups.values()].find(
          (group) => group.id !== owner && namesInRole(context, claim.source, group, terms),
        );
        if (named)
          context.report(
            item,
            `responsibility.claims[${position}].madeIn`,
            `the excerpt ("${claim.source.excerpt}") names '${named.name}' as the claimant; set madeIn to '${named.id}'`,
          );
      });
    }
  },
};

/**
 * Competing claims stand side by side, so each needs its own source: two claims resting on
 * one excerpt would be one report read twice. A source that settles them must point to one
 * of them and be cited.
 */
const competing: ContentRule = {
  name: 'competing-claims-sourced',
  check({ talk, report }) {
    for (const event of talk.events) {
      const responsibility = event.responsibility;
      if (!responsibility) continue;
      const item = `event '${event.id}'`;
      const seen = new Map<string, number>();
      responsibility.claims.forEach((claim, position) => {
        const key = `${claim.source.source}\n${claim.source.excerpt.trim().toLowerCase()}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
          report(
            item,
            `responsibility.claims[${position}].source`,
            `rests on the same excerpt as claims[${earlier}]; each competing claim needs the excerpt that reports it`,
          );
        seen.set(key, position);
      });
      const settled = responsibility.settled;
      if (settled && (responsibility.claims.length < 2 || !responsibility.claims[settled.claim]))
        report(
          item,
          'responsibility.settled.claim',
          `points to claim ${settled.claim}, but a source can only settle between two or more listed claims`,
        );
    }
  },
};

/** An outlet is named by its own source, and no outlet shares a name with a group: an outlet publishes claims, it never makes them. */
const outlets: ContentRule = {
  name: 'outlet-named',
  check(context) {
    const groupNameOwners = new Map(
      [...context.groups.values()].flatMap((group) =>
        groupNames(group).map((name) => [name.toLowerCase(), group.id] as const),
      ),
    );
    for (const outlet of context.talk.outlets ?? []) {
      for (const name of [outlet.name, outlet.shortName]) {
        const owner = groupNameOwners.get(name.toLowerCase());
        if (owner)
          context.report(
            `outlet '${outlet.id}'`,
            'name',
            `'${name}' is also a name of group '${owner}'; an outlet is not a claimant, so keep the two apart`,
          );
      }
    }
    for (const event of context.talk.events) {
      event.responsibility?.claims.forEach((claim, position) => {
        const outlet = claim.outlet ? context.outlets.get(claim.outlet.outlet) : undefined;
        if (!claim.outlet || !outlet) return;
        const excerpt = claim.outlet.source.excerpt.toLowerCase();
        const named = [outlet.name, outlet.shortName].some(
          (name) => wordOccurrences(excerpt, name.toLowerCase()).length > 0,
        );
        if (!named)
          context.report(
            `event '${event.id}'`,
            `responsibility.claims[${position}].outlet.source`,
            `does not name the outlet '${outlet.name}' ("${claim.outlet.source.excerpt}"); cite the passage that says where the claim appeared`,
          );
      });
    }
  },
};

const attributions: ContentRule = {
  name: 'attribution-named',
  check(context) {
    const terms = context.words.roleTerms.attribution;
    for (const event of context.talk.events) {
      (event.responsibility?.attributions ?? []).forEach((attribution, position) => {
        const group = context.groups.get(attribution.group);
        if (group && !namesInRole(context, attribution.source, group, terms)) {
          context.report(
            `event '${event.id}'`,
            `responsibility.attributions[${position}].group`,
            `holds '${group.name}' responsible, but the cited excerpt ("${attribution.source.excerpt}") does not; cite the reporting that does`,
          );
        }
        if (attribution.by.trim() === '') {
          context.report(
            `event '${event.id}'`,
            `responsibility.attributions[${position}].by`,
            'say who holds the group responsible ("officials", "the Associated Press")',
          );
        }
      });
    }
  },
};

const unclaimed: ContentRule = {
  name: 'unclaimed-sourced',
  check({ talk, report }) {
    for (const event of talk.events) {
      const responsibility = event.responsibility;
      if (!responsibility) continue;
      const item = `event '${event.id}'`;
      if (responsibility.claims.length === 0 && !responsibility.unclaimed)
        report(item, 'responsibility.unclaimed', 'nobody claimed it: cite the source that says so, or add the claims');
      if (responsibility.claims.length > 0 && responsibility.unclaimed)
        report(item, 'responsibility.unclaimed', 'the event has claims; drop "unclaimed" or the claims');
    }
  },
};

/** A name shared by two groups would let a claim by one pass for the other (a parent organisation and its branch). */
const namesUnique: ContentRule = {
  name: 'group-names-unique',
  check({ talk, report }) {
    const owners = new Map<string, string>();
    for (const group of talk.groups) {
      for (const name of groupNames(group)) {
        const key = name.trim().toLowerCase();
        const owner = owners.get(key);
        if (owner !== undefined && owner !== group.id)
          report(
            `group '${group.id}'`,
            'aliases',
            `'${name}' also names group '${owner}'; every name must point to one group`,
          );
        owners.set(key, group.id);
      }
    }
  },
};

/** Rules on who claimed what: the claimant, the outlet and the attribution each named by its own source. */
export const CLAIM_RULES: readonly ContentRule[] = [
  namesUnique,
  claimants,
  nameNotStated,
  competing,
  outlets,
  attributions,
  unclaimed,
];
