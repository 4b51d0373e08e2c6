import type { Claim, TimelineEvent } from '../../model/types.ts';
import { citeMarker, citeMarkers, type RenderContext } from '../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS } from '../html.ts';

const [NAME_SLOT, OUTLET_SLOT, COUNTRY_SLOT, CLAIMED_AS_SLOT] = SLOTS;

/** The claimant, emphasised and isolated for direction. */
function claimant(name: string): SafeHtml {
  return html`<strong class="claimant">${bdi(name)}</strong>`;
}

/** One claim in plain words: who, in whose name, through which outlet, when; each part with its source's marker. */
export function claimText(context: RenderContext, event: TimelineEvent, claim: Claim): SafeHtml {
  const { index } = context;
  const { claims } = index.words;
  const outletName = claim.outlet ? index.outlet(claim.outlet.outlet).shortName : null;
  const outlet = outletName === null ? null : claims.viaOutlet(OUTLET_SLOT);
  const when = claim.date ? index.formats.date(claim.date) : null;
  const naming = index.namingOf(event, claim);
  // One marker per source, in the order the parts are read: the claim, its outlet, the naming of the period.
  const markers = citeMarkers(context, [
    claim.source,
    ...(claim.outlet ? [claim.outlet.source] : []),
    ...(naming ? [naming.source] : []),
  ]);
  if (naming) {
    const claimedAs = index.formats.list(
      naming.claimedAs.map((id) => index.group(id).name),
      'disjunction',
    );
    const phrase = claims.claimedInName(NAME_SLOT, outlet, when, COUNTRY_SLOT, CLAIMED_AS_SLOT);
    const filled = [claimant(naming.nameInClaims), bdi(outletName ?? ''), bdi(naming.country), bdi(claimedAs)];
    return html`${fillSlots(phrase, filled)}${markers}`;
  }
  const filled = [claimant(index.group(claim.madeIn).name), bdi(outletName ?? '')];
  return html`${fillSlots(claims.claimedBy(NAME_SLOT, outlet, when), filled)}${markers}`;
}

/** Who claimed an event and whom reporting holds responsible, or null for an event that is not an attack. */
export function responsibilityText(context: RenderContext, event: TimelineEvent): SafeHtml | null {
  const responsibility = event.responsibility;
  if (!responsibility) return null;
  const { index } = context;
  const { claims } = index.words;
  const parts: SafeHtml[] = responsibility.claims.map((claim) => claimText(context, event, claim));
  if (parts.length === 0 && responsibility.unclaimed)
    parts.push(html`${claims.unclaimed}${citeMarker(context, responsibility.unclaimed)}`);
  for (const attribution of responsibility.attributions ?? []) {
    parts.push(
      html`${fillSlots(claims.attributedTo(NAME_SLOT), [claimant(index.group(attribution.group).name)])}${citeMarker(context, attribution.source)}`,
    );
  }
  return html`<span class="attribution">${parts.map((part, position) => html`${position > 0 ? claims.separator : ''}${part}`)}</span>`;
}

/** Every source a responsibility cites. */
export function responsibilitySources(context: RenderContext, event: TimelineEvent): string[] {
  const responsibility = event.responsibility;
  if (!responsibility) return [];
  return [
    ...responsibility.claims.flatMap((claim) => {
      const naming = context.index.namingOf(event, claim);
      return [
        claim.source.source,
        ...(claim.outlet ? [claim.outlet.source.source] : []),
        ...(naming ? [naming.source.source] : []),
      ];
    }),
    ...(responsibility.unclaimed ? [responsibility.unclaimed.source] : []),
    ...(responsibility.attributions ?? []).map((attribution) => attribution.source.source),
  ];
}
