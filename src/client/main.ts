import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import './deck.css';
import { HANDOUT_LAYOUT, PREVIEW_READY, READY_FLAGS, SLIDE_SELECTOR } from '../contract.ts';
import { deckConfig, layoutFor, type SlideLayout, slideSize } from './config.ts';
import { followDeepLinks, normaliseInitialHash } from './deep-links.ts';
import { layOutHandout } from './handout.ts';
import { showDrawingsFor } from './layout-drawings.ts';
import { acceptTrustedCommands, dropMessageOverride, previewTarget } from './messages.ts';
import { sendPhoneToReading } from './phone.ts';
import { exposePrintedSlides } from './print-view.ts';
import { readingKey } from './reading-key.ts';
import { rehearsal } from './rehearsal.ts';
import { readableByScreenReaders } from './screen-reader.ts';
import { lazySpeakerView } from './speaker-view.ts';
import { startTheme, themeSwitch } from './theme.ts';
import { readView } from './view.ts';

const view = readView(window.location.search);
// First, before anything paints: the look the address or this tab asked for.
const themeLink = startTheme(window, view.print);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const slideTimings = [...document.querySelectorAll<HTMLElement>(SLIDE_SELECTOR)].map((slide) =>
  Number(slide.dataset['timing'] ?? 0),
);
const totalTime = slideTimings.reduce((sum, seconds) => sum + seconds, 0);
const screenLayout = (): SlideLayout => layoutFor(window.innerWidth, window.innerHeight, view.print);
let layout = screenLayout();
// deck.css sizes the slide by this: 4:3 screens get a taller, narrower slide with the same type.
document.documentElement.dataset['layout'] = layout;
showDrawingsFor(document, layout);
const deck = new Reveal({
  ...deckConfig(view, reducedMotion, totalTime, layout),
  plugins: [
    lazySpeakerView(),
    themeSwitch(window, themeLink),
    readingKey(window, view.print),
    // Only the presented deck records a rehearsal: not the print view, nor the speaker view's previews of it.
    rehearsal(window, view.print || view.preview),
  ],
});
// A window moved to a projector of another shape takes that shape's layout.
window.addEventListener('resize', () => {
  const next = screenLayout();
  if (next === layout || !deck.isReady()) return;
  layout = next;
  document.documentElement.dataset['layout'] = layout;
  showDrawingsFor(document, layout);
  deck.configure(slideSize(layout));
  // The drawing now shown has its own copies of the slide's steps: going to where the talk is marks them as far as it has gone.
  const { h, v, f } = deck.getIndices();
  deck.slide(h, v, f);
});

// The PDF export waits for this flag, so it never prints a half-laid-out page.
deck.on('pdf-ready', async () => {
  exposePrintedSlides(document);
  if (view.layout === HANDOUT_LAYOUT) await layOutHandout(document);
  document.documentElement.dataset[READY_FLAGS.print] = 'true';
});

function markReady(): void {
  document.documentElement.dataset[READY_FLAGS.deck] = 'true';
  // A preview in the speaker view says it can take commands now; the message carries nothing else.
  if (view.preview && window.parent !== window.self) window.parent.postMessage(PREVIEW_READY, previewTarget(window));
}

/**
 * deck.css already shows the first slide where reveal.js will put it. Starting reveal.js
 * only once that slide has been painted with its fonts keeps reveal.js's start-up work
 * (tens of milliseconds of layout on a slow machine) from holding the first paint back.
 */
async function afterFirstPaint(): Promise<void> {
  await document.fonts.ready;
  await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}

// A phone reads the talk as the reading edition; the deck is not started for a page that is leaving.
const leaving = !view.print && sendPhoneToReading(window);
normaliseInitialHash(window);
dropMessageOverride(window);
followDeepLinks(deck, window);
acceptTrustedCommands(deck, window);
// The print view has no first paint to hold back, and waiting for one held the PDF command up: reveal.js starts
// at once there, and the handout waits for its fonts before measuring (handout.ts), the export before printing.
if (!leaving)
  void (view.print ? Promise.resolve() : afterFirstPaint())
    .then(() => deck.initialize())
    .then(() => readableByScreenReaders(deck.getRevealElement() as HTMLElement | null))
    .then(markReady);
