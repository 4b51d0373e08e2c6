import type { Claim, TimelineEvent } from '../../model/types.ts';
import { citeMarker, citeMarkers, type RenderContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';

/** Stands in for a name inside a phrasing from the words, so the name can be emphasised after escaping. */
const NAME_SLOT = '\uE000';

/** A phrasing with its name slot filled by the emphasised claimant. */
function withClaimant(phrase: string, claimant: string): SafeHtml {
  const [before = '', after = ''] = phrase.split(NAME_SLOT);
  return html`${before}<strong class="claimant">${claimant}</strong>${after}`;
}

/** One claim in plain words: who, in whose name, through which outlet, when; each part with its source's marker. */
export function claimText(context: RenderContext, event: TimelineEvent, claim: Claim): SafeHtml {
  const { index } = context;
  const { claims } = index.words;
  const outlet = claim.outlet ? claims.viaOutlet(index.outlet(claim.outlet.outlet).shortName) : null;
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
    const phrase = claims.claimedInName(NAME_SLOT, outlet, when, naming.country, claimedAs);
    return html`${withClaimant(phrase, naming.nameInClaims)}${markers}`;
  }
  return html`${withClaimant(claims.claimedBy(NAME_SLOT, outlet, when), index.group(claim.madeIn).name)}${markers}`;
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
      html`${withClaimant(claims.attributedTo(NAME_SLOT), index.group(attribution.group).name)}${citeMarker(context, attribution.source)}`,
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
