import type { Credit, Source } from '../../../model/types.ts';
import type { RenderContext } from '../../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS, trusted } from '../../html.ts';
import { printableAddress } from '../../parts/address.ts';
import { notesAside } from '../../parts/notes.ts';
import { publishedFigure } from '../../parts/published.ts';
import type { SlideKindRenderer } from '../../slide-renderer.ts';
import { type Entry, entries, SOURCES_PER_SLIDE, sourceEntryId, sourcePages } from './spec.ts';

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

export const sourcesSlideRenderer: SlideKindRenderer<'sources'> = {
  kind: 'sources',
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
