import type { RenderContext } from '../context.ts';
import { html, type SafeHtml, trusted } from '../html.ts';
import { shortAddress } from '../kinds/sources/render.ts';

/** The talk's published address as a QR code a room can scan, with the address written under it; nothing when none is declared. */
export function publishedFigure(context: RenderContext): SafeHtml | null {
  const published = context.published;
  if (!published) return null;
  return html`<figure class="published"><a href="${published.url}">${trusted(published.qrSvg)}</a><figcaption>${shortAddress(published.url)}</figcaption></figure>`;
}
