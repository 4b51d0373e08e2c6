/**
 * reveal.js marks the deck `role="application"`, which makes screen readers hand every key
 * to the page and stop reading a slide line by line (reveal.js issue #3772). Without the
 * role a slide reads as a document; reveal.js's keys still reach it, and its own polite
 * live region (`.aria-status`) still announces each slide as it comes.
 */
export function readableByScreenReaders(revealElement: HTMLElement | null): void {
  if (revealElement?.getAttribute('role') === 'application') revealElement.removeAttribute('role');
}
