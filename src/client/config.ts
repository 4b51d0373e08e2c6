import type { RevealConfig } from 'reveal.js';
import { PHONE_MAX_WIDTH } from './phone.ts';
import type { PageView } from './view.ts';

/** The slide size everything is designed and checked at; reveal.js scales it to any screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** The size a 4:3 screen (a 1024×768 projector) gets: the same type on a taller, narrower slide, never a letterbox. */
export const STANDARD_SLIDE = { width: 1024, height: 768 } as const;
export const WIDE_SLIDE = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT } as const;

/** Screens narrower than this aspect (3:2, between 4:3 and 16:10) get the 4:3 layout. */
const WIDE_FROM_ASPECT = 1.5;

export type SlideLayout = 'wide' | 'standard';

/** The layout for a screen: 16:9 and 16:10 get the wide slide, 4:3 and 5:4 the standard one; print is always wide. */
export function layoutFor(screenWidth: number, screenHeight: number, print: boolean): SlideLayout {
  if (print || screenHeight <= 0) return 'wide';
  return screenWidth / screenHeight >= WIDE_FROM_ASPECT ? 'wide' : 'standard';
}

export function slideSize(layout: SlideLayout): { readonly width: number; readonly height: number } {
  return layout === 'wide' ? WIDE_SLIDE : STANDARD_SLIDE;
}

/**
 * reveal.js settings for the stage, and for the print view that the PDF export drives.
 * `totalTime` (the sum of the slides' `data-timing`) switches on the speaker view's
 * pacing timer; reveal.js reads it but its typings do not list it, hence the intersection.
 */
export function deckConfig(
  view: PageView,
  reducedMotion: boolean,
  totalTime: number,
  layout: SlideLayout = 'wide',
): RevealConfig & { totalTime: number } {
  return {
    totalTime,
    ...slideSize(layout),
    // No margin in print, so a PDF page is exactly one slide.
    margin: view.print ? 0 : 0.04,
    center: false,
    hash: true,
    // Year slides have numeric ids (#/2016), which reveal.js would read as indexes; deep-links.ts follows links instead.
    respondToHashChanges: false,
    // → walks every step of every slide on the talk's path and passes a vertical stack's reference pages
    // (the Sources list), which ↓ reads; Space and Page Down walk those too.
    navigationMode: 'default',
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    keyboard: true,
    touch: true,
    overview: true,
    help: true,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    // On a phone (with `?deck`; otherwise phone.ts sends it to the reading edition) the slides scroll as one page.
    scrollActivationWidth: PHONE_MAX_WIDTH,
    // Only the neighbours of the present slide are kept laid out: every slide change re-lays out all shown slides.
    viewDistance: 1,
    // Each slide in its final state on one page: no page per step.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    showNotes: false,
    // reveal.js takes commands by message from any page that frames the deck; messages.ts takes them from the deck's origin only.
    postMessage: false,
  };
}
