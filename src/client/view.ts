import { HANDOUT_LAYOUT, LAYOUT_PARAM, type PdfLayout, PREVIEW_PARAM, PRINT_PARAM } from '../contract.ts';

/** How the page was opened: presenting, or the print view in one of the two PDF layouts. */
export interface PageView {
  /** True under reveal.js's print view (`?print-pdf`). */
  readonly print: boolean;
  /** `handout`: A4 portrait with notes and sources; `slides`: one slide per page. */
  readonly layout: PdfLayout;
  /** True in a preview framed by the speaker view (`?receiver`, reveal.js's own name for it). */
  readonly preview: boolean;
}

export function readView(search: string): PageView {
  const params = new URLSearchParams(search);
  return {
    print: params.has(PRINT_PARAM),
    layout: params.get(LAYOUT_PARAM) === HANDOUT_LAYOUT ? HANDOUT_LAYOUT : 'slides',
    preview: params.has(PREVIEW_PARAM),
  };
}
