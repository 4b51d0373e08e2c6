import { groupLooks, type Look, toneVar, UNCLAIMED_LOOK } from '../../look/group-looks.ts';
import { markPath } from '../../look/marks.ts';
import { isoDate } from '../../model/dates.ts';
import { headlineFigure } from '../../model/magnitude.ts';
import type { TimelineEvent } from '../../model/types.ts';
import type { RenderContext } from '../context.ts';
import { bdi, html, type SafeHtml } from '../html.ts';

/**
 * An event as the stage shows it: what the audience must see while the speaker talks —
 * the date, a short title, the place, the one figure that matters, and the mark of the
 * name it was claimed in. Claim chains, the record and citations are in the notes and
 * the handout (`eventItem`), never here.
 */

/** Whose name a claim mark shows: the latest claim's, or null when nobody claimed it. */
function claimantOf(event: TimelineEvent): string | null {
  return event.responsibility?.claims.at(-1)?.madeIn ?? null;
}

/** The look of an event's claim: its claimant's, the unclaimed look, or none for an event that is not an attack. */
export function claimLook(context: RenderContext, event: TimelineEvent): Look | null {
  if (!event.responsibility) return null;
  const claimant = claimantOf(event);
  if (claimant === null) return UNCLAIMED_LOOK;
  return groupLooks(context.index.talk.groups).get(claimant) ?? UNCLAIMED_LOOK;
}

/** The claim's mark, named in words for assistive technology (the shape alone says nothing to a screen reader). */
export function claimMark(context: RenderContext, event: TimelineEvent): SafeHtml | null {
  const look = claimLook(context, event);
  if (!look) return null;
  const claimant = claimantOf(event);
  const { diagrams } = context.index.words;
  const name = claimant === null ? diagrams.unclaimed : context.index.group(claimant).name;
  return html`<svg class="claim-mark" viewBox="-10 -10 20 20" role="img" aria-label="${diagrams.claimedInName}: ${name}"><path d="${markPath(look.mark, 0, 0, 8.5)}" style="fill:${toneVar(look)}"></path></svg>`;
}

/** The place as a card says it: its short name and its country. */
function cardPlace(event: TimelineEvent): SafeHtml | null {
  if (!event.place) return null;
  const parts = [...new Set([event.place.short ?? event.place.name, event.place.country])];
  return html`${parts.map((part, position) => html`${position > 0 ? ', ' : ''}${bdi(part)}`)}`;
}

/** The card's one number, with its hedge and what it counts. */
function cardFigure(context: RenderContext, event: TimelineEvent): SafeHtml | null {
  const figure = headlineFigure(event, context.index.words.stage.deathTerms);
  if (!figure) return null;
  return html`${context.index.formats.amount(figure)} ${bdi(figure.label)}`;
}

/** True when other reporting corrects the event: its card says the rest is in the handout. */
export function hasMoreInHandout(event: TimelineEvent): boolean {
  return event.record.some((note) => note.differs);
}

/**
 * One event as a stage card. `step` adds the step class (`fragment`) and its index, so
 * the card comes on with its step and its mark on the strip brightens with it;
 * `stepNotes` are the speaker's notes for that step (`stepNotesAside`).
 */
export function eventCard(
  context: RenderContext,
  event: TimelineEvent,
  step: number | null,
  form: 'full' | 'point' = 'full',
  stepNotes: SafeHtml | null = null,
): SafeHtml {
  const { words, formats } = context.index;
  // A point among an argument's lines shows what it adds to the argument, its title and number; the rest is on the page.
  const place = form === 'full' ? cardPlace(event) : null;
  const figure = cardFigure(context, event);
  const stepAttributes = step === null ? null : html` data-fragment-index="${step}"`;
  return html`<li class="${step === null ? '' : 'fragment '}event-card event--${event.origin}" data-event="${event.id}"${stepAttributes}>
  <p class="card-head">${form === 'full' ? html`<time datetime="${isoDate(event.date)}">${formats.span(event.date, event.until)}</time>` : null}${claimMark(context, event)} <strong class="card-title">${bdi(event.shortTitle)}</strong></p>
  <p class="card-body">${place ? html`<span class="card-place">${place}</span>` : null}${figure ? html`<span class="card-figure">${figure}</span>` : null}${form === 'full' && hasMoreInHandout(event) ? html`<span class="more-in-handout">${words.stage.moreInHandout}</span>` : null}</p>
${stepNotes}</li>`;
}
