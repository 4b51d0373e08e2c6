/**
 * One event of the chronology, in full: date, place, figures with their hedges, claims and
 * attributions kept apart, the record, and every source, under its own permalink (`#<event-id>`).
 */
import { bdi, html, type SafeHtml } from '../deck/html.ts';
import type { Claim, Figure, Responsibility, TimelineEvent } from '../model/types.ts';
import { cited, type ReadingContext, sourceLink } from './context.ts';

function figureLine(context: ReadingContext, figure: Figure): SafeHtml {
  return html`<li>${context.index.formats.amount(figure)} ${bdi(figure.label)}${sourceLink(context, figure.source)}</li>`;
}

/** "claimed by X through Y (claim of …)" in the deck's words, then the sources of the claim and of its outlet. */
function claimLine(context: ReadingContext, claim: Claim): SafeHtml {
  const { index } = context;
  const outlet = claim.outlet ? index.words.claims.viaOutlet(index.outlet(claim.outlet.outlet).name) : null;
  const when = claim.date ? index.formats.date(claim.date) : null;
  const text =
    claim.madeIn === null
      ? index.words.claims.nameNotStated(outlet, when)
      : index.words.claims.claimedBy(index.group(claim.madeIn).name, outlet, when);
  const outletSource =
    claim.outlet && claim.outlet.source.source !== claim.source.source
      ? sourceLink(context, claim.outlet.source)
      : null;
  return html`<li class="claim">${bdi(text)}${sourceLink(context, claim.source)}${outletSource}</li>`;
}

function responsibilityList(context: ReadingContext, responsibility: Responsibility): SafeHtml {
  const { index, words } = context;
  const claims = responsibility.claims.map((claim) => claimLine(context, claim));
  const unclaimed = responsibility.unclaimed
    ? html`<li>${index.words.claims.unclaimed}${sourceLink(context, responsibility.unclaimed)}</li>`
    : null;
  const attributions = (responsibility.attributions ?? []).map(
    (attribution) =>
      html`<li class="attribution">${index.words.claims.attributedTo(index.group(attribution.group).name, attribution.by, attribution.strength)}${sourceLink(context, attribution.source)}</li>`,
  );
  return html`<h5>${words.responsibility}</h5><ul>${claims}${unclaimed}${attributions}</ul>`;
}

function recordList(context: ReadingContext, event: TimelineEvent): SafeHtml | null {
  if (event.record.length === 0) return null;
  const notes = event.record.map(
    (note) =>
      html`<li><span class="record-kind">${note.differs ? context.words.differs : context.words.adds}:</span> ${cited(context, note.detail, [note.source])}</li>`,
  );
  return html`<h5>${context.words.record}</h5><ul>${notes}</ul>`;
}

/** Every source the event's data cites, once, in the deck's numbering. */
function eventSources(context: ReadingContext, sourceIds: readonly string[]): SafeHtml {
  const sorted = [...sourceIds].sort((a, b) => context.index.sourceNumber(a) - context.index.sourceNumber(b));
  return html`<p class="event-sources">${context.words.sources}: ${sorted.map((id) => sourceLink(context, id))}</p>`;
}

/** The event's entry; `sourceIds` are every source its data cites (see the data package's `sources` column). */
export function eventEntry(context: ReadingContext, event: TimelineEvent, sourceIds: readonly string[]): SafeHtml {
  const { index, words } = context;
  const badge = index.words.badges[event.origin];
  const place = event.place
    ? html`<dt>${words.place}</dt><dd>${bdi(event.place.name)}${event.place.region ? html`, ${bdi(event.place.region)}` : null}, ${bdi(event.place.country)}</dd>`
    : null;
  const figures =
    event.figures.length > 0
      ? html`<h5>${words.figures}</h5><ul>${event.figures.map((f) => figureLine(context, f))}</ul>`
      : null;
  return html`<article class="event event--${event.origin}" id="${event.id}" aria-labelledby="${event.id}-title">
<h4 id="${event.id}-title"><a class="permalink" href="#${event.id}" aria-label="${words.permalink}: ${event.title}">#</a> ${bdi(event.title)}</h4>
<dl><dt>${words.date}</dt><dd><time datetime="${isoOf(event)}">${index.formats.span(event.date, event.until)}</time></dd>${place}<dt>${badge.label}</dt><dd>${cited(context, badge.title, [event.source])}</dd></dl>
${figures}${event.responsibility ? responsibilityList(context, event.responsibility) : null}${recordList(context, event)}${eventSources(context, sourceIds)}
</article>`;
}

function isoOf(event: TimelineEvent): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  const { year, month, day } = event.date;
  return [String(year), month && pad(month), day && pad(day)].filter(Boolean).join('-');
}
