import { PDF_LAYOUTS, type PdfLayout } from '../contract.ts';

/** The two page layouts of the PDF (contract.ts): A4 handout with notes and sources, or one slide per page. */
export type { PdfLayout };

export const LAYOUTS: readonly PdfLayout[] = PDF_LAYOUTS;

export function isLayout(value: string): value is PdfLayout {
  return (LAYOUTS as readonly string[]).includes(value);
}
