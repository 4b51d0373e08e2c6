import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import './deck.css';
import { deckConfig } from './config.ts';
import { followDeepLinks, normaliseInitialHash } from './deep-links.ts';
import { layOutHandout } from './handout.ts';
import { exposePrintedSlides } from './print-view.ts';
import { lazySpeakerView } from './speaker-view.ts';
import { readView } from './view.ts';

const view = readView(window.location.search);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const slideTimings = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((slide) => Number(slide.dataset['timing'] ?? 0));
const totalTime = slideTimings.reduce((sum, seconds) => sum + seconds, 0);
const deck = new Reveal({ ...deckConfig(view, reducedMotion, totalTime), plugins: [lazySpeakerView()] });

// The PDF export waits for this flag, so it never prints a half-laid-out page.
deck.on('pdf-ready', () => {
  exposePrintedSlides(document);
  if (view.layout === 'handout') layOutHandout(document);
  document.documentElement.dataset['printReady'] = 'true';
});

normaliseInitialHash(window);
void deck.initialize().then(() => {
  followDeepLinks(deck, window);
  document.documentElement.dataset['deckReady'] = 'true';
});
