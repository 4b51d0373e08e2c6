import type { Credit, Source } from '../../../model/types.ts';
import type { RenderContext } from '../../context.ts';
import { bdi, fillSlots, html, type SafeHtml, SLOTS, trusted } from '../../html.ts';
import { printableAddress } from '../../parts/address.ts';
import { notesAside } from '../../parts/notes.ts';
import { publishedFigure } from '../../parts/published.ts';
import type { SlideOf } from '../../slide-kind.ts';
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

/** The slide on the talk's path: how many sources, and where to read them (the list is one key down). */
function stageBody(context: RenderContext, spec: SlideOf<'sources'>): SafeHtml {
  const { words, formats, talk } = context.index;
  const stage = words.sourcesStage;
  const amount = talk.sources.length;
  // The reading edition's line is linked in the browser (src/client/reading-key.ts), from the address the build wrote.
  return html`<h2>${bdi(spec.title)}</h2>
<p class="sources-count">${stage.count(formats.number(amount), amount)}</p>
<ul class="sources-where">
<li>${stage.inHandout}</li>
<li data-reading-slot>${stage.inReading}</li>
<li class="sources-below">${stage.below}</li>
</ul>${publishedFigure(context)}
${notesAside(context, spec.notes)}`;
}

/** One page of the list, off the talk's path: its notes only say so, for the speaker view and the handout. */
function listBody(
  context: RenderContext,
  spec: SlideOf<'sources'>,
  chunk: readonly Entry[],
  position: number,
): SafeHtml {
  const { words } = context.index;
  const title = position === 0 ? bdi(spec.title) : fillSlots(words.continued(SLOTS[0]), [bdi(spec.title)]);
  return html`<h2>${title}</h2>\n${pageBody(context, chunk)}\n<aside class="notes"><p class="notes-say">${words.sourcesStage.reference}</p></aside>`;
}

export const sourcesSlideRenderer: SlideKindRenderer<'sources'> = {
  kind: 'sources',
  render(spec, context) {
    const all = entries(context.index.talk);
    const [stage, ...list] = sourcePages(spec, context.index.talk);
    const listPages = list.map((page, position) => ({
      id: page.id,
      body: listBody(
        context,
        spec,
        all.slice(position * SOURCES_PER_SLIDE, (position + 1) * SOURCES_PER_SLIDE),
        position,
      ),
      sources: [],
      seconds: 0,
      offPath: true,
    }));
    return [
      { id: stage?.id ?? spec.id, body: stageBody(context, spec), sources: [], seconds: spec.seconds },
      ...listPages,
    ];
  },
};
