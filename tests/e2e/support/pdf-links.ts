import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** Every link target of a PDF: the URI of each link annotation, page by page. */
export async function pdfLinks(file: string): Promise<string[]> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return document.getPages().flatMap((page) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annotations) return [];
    return annotations.asArray().flatMap((reference) => {
      const annotation = document.context.lookupMaybe(reference, PDFDict);
      const action = annotation?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      return uri ? [uri.decodeText()] : [];
    });
  });
}

/** Links a reader must never be sent to: anything but an absolute web address, or the export's own loopback server. */
export function badLinks(links: readonly string[]): string[] {
  return links.filter((link) => {
    try {
      const url = new URL(link);
      const loopback = /^(127\.|localhost$|\[::1\]$|0\.0\.0\.0$)/.test(url.hostname);
      return !['https:', 'http:'].includes(url.protocol) || loopback;
    } catch {
      return true;
    }
  });
}
