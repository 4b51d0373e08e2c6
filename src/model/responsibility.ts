import type { Claim, Outlet, Responsibility } from './types.ts';

/**
 * What reporting says of an attack's responsibility, reduced to what a mark can show.
 * Pure functions of the data, shared by the slides, the overviews and the maps, so that
 * all three say the same thing about every attack.
 */

/** Nobody claimed it; one claim; or several claims that compete. */
export type ClaimStatus = 'unclaimed' | 'claimed' | 'competing';

/** The status of a responsibility: by the number of its claims. */
export function claimStatus(responsibility: Responsibility): ClaimStatus {
  if (responsibility.claims.length === 0) return 'unclaimed';
  return responsibility.claims.length === 1 ? 'claimed' : 'competing';
}

/**
 * What an attack's mark stands for: the group whose name one claim (or the claim a source
 * settled on) was made in, or one of three cases that no group's mark may stand for.
 */
export type MarkedClaim =
  | { readonly kind: 'group'; readonly group: string }
  | { readonly kind: 'not-stated' }
  | { readonly kind: 'competing' }
  | { readonly kind: 'unclaimed' };

/** The mark an attack gets: a competition is never resolved by the deck, and a name nobody stated is never guessed. */
export function markedClaim(responsibility: Responsibility): MarkedClaim {
  const status = claimStatus(responsibility);
  if (status === 'unclaimed') return { kind: 'unclaimed' };
  const chosen =
    status === 'claimed' ? responsibility.claims[0] : responsibility.claims[responsibility.settled?.claim ?? -1];
  if (!chosen) return { kind: 'competing' };
  return chosen.madeIn === null ? { kind: 'not-stated' } : { kind: 'group', group: chosen.madeIn };
}

/** A key that tells marks apart: the group's id, or the case's name (which no id can be: ids have no colon). */
export function markKey(marked: MarkedClaim): string {
  return marked.kind === 'group' ? marked.group : `:${marked.kind}`;
}

/** The organisation a claim belongs to: the group it names, or, when the name is not stated, the organisation given or its outlet's owner. */
export function claimOrganisation(claim: Claim, outlets: ReadonlyMap<string, Outlet>): string | undefined {
  if (claim.madeIn !== null) return claim.madeIn;
  if (claim.organisation !== undefined) return claim.organisation;
  return claim.outlet ? outlets.get(claim.outlet.outlet)?.owner : undefined;
}
