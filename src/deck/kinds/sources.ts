import { LIMITS } from '../../model/lengths.ts';
import type { Credit, Source, Talk } from '../../model/types.ts';
import type { RenderContext } from '../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS, trusted } from '../html.ts';
import { printableAddress } from '../parts/address.ts';
import { notesAside } from '../parts/notes.ts';
import { publishedFigure } from '../parts/published.ts';
import { notesTexts, pageId, type SlideKind, type SlideOf, type SlidePage, titleText } from '../slide-kind.ts';

declare module '../../model/types.ts' {
  interface SlideKinds {
    /** Every source, numbered as the footnote markers, over as many slides as the list needs; credits at the end. */
    sources: {
      /** The heading of the first slide; further slides add the words for "continued". */
      readonly title: string;
      /** Notes and seconds for each further slide of the list. */
      readonly continued: { readonly notes: SpeakerNotes; readonly seconds: number } & PerCut;
    };
  }
}

/** The element id of source number `number`'s entry on the Sources slides; the handout finds entries by it. */
export function sourceEntryId(number: number): string {
  return `source-${number}`;
}

/** The ids `sourceEntryId` makes: an author's slide id must not look like one. */
export const SOURCE_ENTRY_ID = /^source-\d+$/;

/** Entries per Sources slide, so the list stays legible on a projector. */
export const SOURCES_PER_SLIDE = 6;

type Entry =
  | { readonly kind: 'source'; readonly source: Source; readonly number: number }
  | { readonly kind: 'credit'; readonly credit: Credit };

function entries(talk: Talk): Entry[] {
  return [
    ...talk.sources.map((source, position) => ({ kind: 'source' as const, source, number: position + 1 })),
    ...(talk.credits ?? []).map((credit) => ({ kind: 'credit' as const, credit })),
  ];
}

function sourcePages(spec: SlideOf<'sources'>, talk: Talk): SlidePage[] {
  const count = Math.max(1, Math.ceil(entries(talk).length / SOURCES_PER_SLIDE));
  return Array.from({ length: count }, (_, page) => ({
    id: pageId(spec.id, page),
    notes: page === 0 ? spec.notes : spec.continued.notes,
    seconds: page === 0 ? spec.seconds : spec.continued.seconds,
  }));
}

/** Id of the Sources slide that lists source number `number` (1-based). */
export function sourcesPageOf(spec: SlideOf<'sources'>, number: number): string {
  return pageId(spec.id, Math.floor((number - 1) / SOURCES_PER_SLIDE));
}

/** "dawn.com/news/1802262/…": host and the start of the path, short enough for a slide. */
export function shortAddress(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/$/, '');
  const shown = `${host}${path}`;
  return shown.length <= 48 ? shown : `${shown.slice(0, 46)}…`;
}

/** An address as a link: short on a slide, in full where the handout lists it (the stylesheet picks one). */
function addressLink(typed: string): SafeHtml {
  // Left to right even in a right-to-left talk, and with no hidden character that could reorder it.
  const url = printableAddress(typed);
  return html`<a class="source-address" dir="ltr" href="${url}"><span class="address-short">${shortAddress(url)}</span><span class="address-full">${url}</span></a>`;
}

/**
 * A source as the CSL processor formatted it (its markup is escaped by citeproc, addresses
 * canonical), with what is uncertain about the citation after it in the talk's words.
 */
function sourceEntry(context: RenderContext, source: Source, number: number): SafeHtml {
  const entry = context.bibliography.entries.get(source.id);
  if (!entry) throw new Error(`Source '${source.id}' has no bibliography entry: format the talk's own sources.`);
  const caveat = source.caveat ? html` <span class="source-caveat">(${bdi(source.caveat)})</span>` : null;
  return html`<li id="${sourceEntryId(number)}" value="${number}" data-source-id="${source.id}"><span class="csl-entry">${trusted(entry.html)}</span>${caveat}</li>`;
}

function creditEntry(context: RenderContext, credit: Credit): SafeHtml {
  const [material, holder, licence] = SLOTS;
  const line = fillSlots(context.index.words.creditLine(material, holder, licence), [
    bdi(credit.material),
    bdi(credit.holder),
    bdi(credit.licence),
  ]);
  return html`<li class="credit" data-credit-id="${credit.id}">${line} ${addressLink(credit.url)}</li>`;
}

function pageBody(context: RenderContext, chunk: readonly Entry[]): SafeHtml {
  const sources = chunk.flatMap((entry) =>
    entry.kind === 'source' ? [sourceEntry(context, entry.source, entry.number)] : [],
  );
  const credits = chunk.flatMap((entry) => (entry.kind === 'credit' ? [creditEntry(context, entry.credit)] : []));
  return html`${sources.length > 0 ? html`<ol class="sources">${sources}</ol>` : null}${credits.length > 0 ? html`<p class="credits-title">${context.index.words.credits}</p><ul class="credits">${credits}</ul>` : null}`;
}

export const sourcesSlide: SlideKind<'sources'> = {
  kind: 'sources',
  texts: (spec) => [...titleText(spec, LIMITS.slideTitle), ...notesTexts('continued.notes', spec.continued.notes)],
  pages: (spec, context) => sourcePages(spec, context.talk),
  render(spec, context) {
    const all = entries(context.index.talk);
    return sourcePages(spec, context.index.talk).map((page, position) => {
      const chunk = all.slice(position * SOURCES_PER_SLIDE, (position + 1) * SOURCES_PER_SLIDE);
      const title =
        position === 0 ? bdi(spec.title) : fillSlots(context.index.words.continued(SLOTS[0]), [bdi(spec.title)]);
      return {
        id: page.id,
        body: html`<h2>${title}</h2>\n${pageBody(context, chunk)}${position === 0 ? publishedFigure(context) : null}\n${notesAside(context, page.notes)}`,
        sources: [],
        seconds: page.seconds,
      };
    });
  },
};
