import { PREVIEW_PARAM, PRINT_PARAM } from '../contract.ts';
import { type LinkableSlide, linkableSlides, resolveDeepLink, slideAt } from './deep-links.ts';
import { readingLink } from './reading-key.ts';

/**
 * The widest screen treated as a phone: reveal.js switches itself to its scroll view at this width and below
 * (`scrollActivationWidth`), where a 1280×720 slide would shrink to a third of its size. A phone's reader gets
 * the reading edition instead, the talk as one document made for a narrow screen, at the slide they were sent.
 */
export const PHONE_MAX_WIDTH = 435;

/** `?deck` keeps the slides on a phone (reveal.js's scroll view), for a reader who asks for them. */
export const KEEP_DECK_PARAM = 'deck';

/** Where a phone goes instead of the deck: the reading edition at the linked slide's part, or null to stay. */
export function phoneAddress(
  width: number,
  address: { readonly search: string; readonly hash: string },
  readingHref: string | null,
  slides: readonly LinkableSlide[],
): string | null {
  if (width > PHONE_MAX_WIDTH || !readingHref) return null;
  const params = new URLSearchParams(address.search);
  // The speaker view's previews are the deck in narrow frames: they stay the deck.
  if ([KEEP_DECK_PARAM, PRINT_PARAM, PREVIEW_PARAM].some((name) => params.has(name))) return null;
  const target = resolveDeepLink(address.hash, slides);
  const slideId = target ? slideAt(slides, target)?.id : undefined;
  return slideId ? `${readingHref}#slide-${slideId}` : readingHref;
}

/** On a phone, replaces the deck with the reading edition (no history entry, so Back leaves as it came). True if it did. */
export function sendPhoneToReading(win: Window): boolean {
  const href = readingLink(win.document)?.getAttribute('href') ?? null;
  const target = phoneAddress(win.innerWidth, win.location, href, linkableSlides(win.document));
  if (target === null) return false;
  win.location.replace(target);
  return true;
}
