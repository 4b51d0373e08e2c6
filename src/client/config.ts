import type { RevealConfig } from 'reveal.js';
import type { PageView } from './view.ts';

/** The slide size everything is designed and checked at; reveal.js scales it to any screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/**
 * reveal.js settings for the stage, and for the print view that the PDF export drives.
 * `totalTime` (the sum of the slides' `data-timing`) switches on the speaker view's
 * pacing timer; reveal.js reads it but its typings do not list it, hence the intersection.
 */
export function deckConfig(
  view: PageView,
  reducedMotion: boolean,
  totalTime: number,
): RevealConfig & { totalTime: number } {
  return {
    totalTime,
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    // No margin in print, so a PDF page is exactly one slide.
    margin: view.print ? 0 : 0.04,
    center: false,
    hash: true,
    // Year slides have numeric ids (#/2016), which reveal.js would read as indexes; deep-links.ts follows links instead.
    respondToHashChanges: false,
    // Flat order: → alone walks every step of every slide, from the first year to the last.
    navigationMode: 'linear',
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
