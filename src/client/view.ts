/** How the page was opened: presenting, or the print view in one of the two PDF layouts. */
export interface PageView {
  /** True under reveal.js's print view (`?print-pdf`). */
  readonly print: boolean;
  /** `handout`: A4 portrait with notes and sources; `slides`: one slide per page. */
  readonly layout: 'slides' | 'handout';
}

export function readView(search: string): PageView {
  const params = new URLSearchParams(search);
  return { print: params.has('print-pdf'), layout: params.get('layout') === 'handout' ? 'handout' : 'slides' };
}
