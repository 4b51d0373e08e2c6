/**
 * reveal.js's print view lays every slide out as a page but leaves all but the
 * first marked `hidden` and `aria-hidden`. The pages still show, yet Chromium leaves
 * hidden content out of a PDF's tag tree, so bookmarks and screen readers would see
 * only the first slide — in our export and when someone prints from the browser.
 */
export function exposePrintedSlides(doc: Document): void {
  for (const slide of doc.querySelectorAll('.reveal .slides section')) {
    slide.removeAttribute('hidden');
    slide.removeAttribute('aria-hidden');
  }
}
