import { compareDates } from '../../model/dates.ts';
import { claimStatus } from '../../model/responsibility.ts';
import type { TalkIndex } from '../../model/talk-index.ts';
import type { Claim, Responsibility, TimelineEvent } from '../../model/types.ts';
import { citeMarker, citeMarkers, type RenderContext } from '../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS } from '../html.ts';

const [NAME_SLOT, OUTLET_SLOT, COUNTRY_SLOT, CLAIMED_AS_SLOT] = SLOTS;

/** The claimant, emphasised and isolated for direction. */
function claimant(name: string): SafeHtml {
  return html`<strong class="claimant">${bdi(name)}</strong>`;
}

/** The sources of one claim, in the order its parts are read: the claim, its outlet, the naming of the period, the doubt. */
function claimSources(context: RenderContext, event: TimelineEvent, claim: Claim) {
  const naming = context.index.namingOf(event, claim);
  return [
    claim.source,
    ...(claim.outlet ? [claim.outlet.source] : []),
    ...(naming ? [naming.source] : []),
    ...(claim.doubt ? [claim.doubt] : []),
  ];
}

/**
 * For each outlet, the first event in date order whose claims came through it: where the deck says what the
 * outlet is ("Amaq (the Islamic State's propaganda outlet)"), so a reader meets the name with its meaning once.
 */
const firstMentions = new WeakMap<TalkIndex, ReadonlyMap<string, string>>();
function firstMentionOf(index: TalkIndex, outlet: string): string | undefined {
  let mentions = firstMentions.get(index);
  if (!mentions) {
    const found = new Map<string, string>();
    const byDate = [...index.talk.events].sort((a, b) => compareDates(a.date, b.date));
    for (const event of byDate)
      for (const claim of event.responsibility?.claims ?? [])
        if (claim.outlet && !found.has(claim.outlet.outlet)) found.set(claim.outlet.outlet, event.id);
    mentions = found;
    firstMentions.set(index, mentions);
  }
  return mentions.get(outlet);
}

/** The outlet's name, with what it is at its first mention (the description its own source gives). */
function outletWords(context: RenderContext, event: TimelineEvent, claim: Claim): SafeHtml {
  if (!claim.outlet) return html``;
  const outlet = context.index.outlet(claim.outlet.outlet);
  if (firstMentionOf(context.index, outlet.id) !== event.id) return bdi(outlet.shortName);
  return html`${bdi(outlet.shortName)} (${bdi(outlet.description)})`;
}

/** The claim's words, without markers: in the name its source states, or saying that the source states none. */
function claimWords(context: RenderContext, event: TimelineEvent, claim: Claim): SafeHtml {
  const { index } = context;
  const { claims } = index.words;
  const outletName = claim.outlet ? index.outlet(claim.outlet.outlet).shortName : null;
  const outlet = outletName === null ? null : claims.viaOutlet(OUTLET_SLOT);
  const when = claim.date ? index.formats.date(claim.date) : null;
  const naming = index.namingOf(event, claim);
  const claimedAs = naming
    ? index.formats.list(
        naming.claimedAs.map((id) => index.group(id).name),
        'disjunction',
      )
    : '';
  if (claim.madeIn === null) {
    const organisation = claim.organisation === undefined ? null : index.group(claim.organisation).name;
    const who = outlet ?? (organisation === null ? null : claims.byOrganisation(OUTLET_SLOT));
    const stated = fillSlots(claims.nameNotStated(who, when), [
      html``,
      outletName === null ? bdi(organisation ?? '') : outletWords(context, event, claim),
    ]);
    if (!naming) return stated;
    const context_ = fillSlots(claims.namingContext(NAME_SLOT, COUNTRY_SLOT, CLAIMED_AS_SLOT), [
      bdi(naming.nameInClaims),
      html``,
      bdi(naming.country),
      bdi(claimedAs),
    ]);
    return html`${stated}${claims.separator}${context_}`;
  }
  if (naming) {
    const phrase = claims.claimedInName(NAME_SLOT, outlet, when, COUNTRY_SLOT, CLAIMED_AS_SLOT);
    return fillSlots(phrase, [
      claimant(naming.nameInClaims),
      outletWords(context, event, claim),
      bdi(naming.country),
      bdi(claimedAs),
    ]);
  }
  return fillSlots(claims.claimedBy(NAME_SLOT, outlet, when), [
    claimant(index.group(claim.madeIn).name),
    outletWords(context, event, claim),
  ]);
}

/** One claim in plain words: who, in whose name (or that the source does not say), through which outlet, when, any doubt; each part with its source's marker. */
export function claimText(context: RenderContext, event: TimelineEvent, claim: Claim): SafeHtml {
  const doubt = claim.doubt ? html` ${context.index.words.claims.doubted(claim.doubt.excerpt)}` : html``;
  return html`${claimWords(context, event, claim)}${doubt}${citeMarkers(context, claimSources(context, event, claim))}`;
}

/** The claims' part: one claim, competing claims side by side, or "claimed by no group". */
function claimsPart(context: RenderContext, event: TimelineEvent, responsibility: Responsibility): SafeHtml[] {
  const { claims } = context.index.words;
  const status = claimStatus(responsibility);
  if (status === 'unclaimed')
    return responsibility.unclaimed ? [html`${claims.unclaimed}${citeMarker(context, responsibility.unclaimed)}`] : [];
  const texts = responsibility.claims.map((claim) => claimText(context, event, claim));
  if (status === 'claimed') return texts;
  const settled = responsibility.settled;
  const settledClaim = settled ? responsibility.claims[settled.claim] : undefined;
  const settledName = settledClaim?.madeIn ? context.index.group(settledClaim.madeIn).name : null;
  return [
    html`${claims.competing} ${texts[0] ?? ''}`,
    ...texts.slice(1),
    ...(settled && settledName
      ? [html`${fillSlots(claims.settledOn(NAME_SLOT), [claimant(settledName)])}${citeMarker(context, settled.source)}`]
      : []),
  ];
}

/** Who claimed an event and whom reporting holds responsible, or null for an event that is not an attack. */
export function responsibilityText(context: RenderContext, event: TimelineEvent): SafeHtml | null {
  const responsibility = event.responsibility;
  if (!responsibility) return null;
  const { index } = context;
  const { claims } = index.words;
  const parts = claimsPart(context, event, responsibility);
  for (const attribution of responsibility.attributions ?? []) {
    const phrase = claims.attributedTo(NAME_SLOT, attribution.by, attribution.strength);
    parts.push(
      html`${fillSlots(phrase, [claimant(index.group(attribution.group).name)])}${citeMarker(context, attribution.source)}`,
    );
  }
  return html`<span class="attribution">${parts.map((part, position) => html`${position > 0 ? claims.separator : ''}${part}`)}</span>`;
}

/** Every source a responsibility cites. */
export function responsibilitySources(context: RenderContext, event: TimelineEvent): string[] {
  const responsibility = event.responsibility;
  if (!responsibility) return [];
  return [
    ...responsibility.claims.flatMap((claim) => claimSources(context, event, claim).map((citation) => citation.source)),
    ...(responsibility.unclaimed ? [responsibility.unclaimed.source] : []),
    ...(responsibility.settled ? [responsibility.settled.source.source] : []),
    ...(responsibility.attributions ?? []).map((attribution) => attribution.source.source),
  ];
}
