import QRCode from 'qrcode';
import { escapeHtml } from '../deck/html.ts';

/** Where the talk is published, with its QR code drawn as SVG: what the closing and Sources slides show. */
export interface Published {
  readonly url: string;
  /** The QR code as SVG markup, dark on white in both looks, so any phone reads it off a projector. */
  readonly qrSvg: string;
}

/**
 * Draws the published address as a QR code at build time (the `qrcode` package), with the
 * address as its accessible name. Error correction M and the standard four-module quiet zone.
 */
export async function publishedQr(url: string): Promise<Published> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  return { url, qrSvg: svg.replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeHtml(url)}" `) };
}
