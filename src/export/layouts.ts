/** The two page layouts of the PDF: A4 handout with notes and sources, or one slide per page. */
export type PdfLayout = 'handout' | 'slides';

export const LAYOUTS: readonly PdfLayout[] = ['handout', 'slides'];

export function isLayout(value: string): value is PdfLayout {
  return (LAYOUTS as readonly string[]).includes(value);
}
