#!/usr/bin/env node
// @ts-check
/**
 * Which Node the project runs on, honestly. package.json's `engines` is what every package
 * that runs in Node accepts (Vite and Rolldown: ^20.19 or >=22.12; Vitest: 20, 22 or >=24).
 * A few packages declare Node >= 22 but never run in Node here: they are Mermaid and what
 * Mermaid bundles, loaded as one prebuilt script into Chromium to draw the diagrams
 * (src/pipeline/render-diagrams.ts). On Node 20 npm warns about them (EBADENGINE); those
 * warnings are expected and harmless, and must never become install failures.
 *
 * Run after `npm install` (postinstall), it prints that note on a Node the browser-only
 * packages do not list. It only ever prints: it exits 0 whatever happens.
 */

/** Packages whose declared Node range is narrower than the project's, and why that is fine. */
export const BROWSER_ONLY = Object.freeze({
  mermaid: 'runs in Chromium only, as its prebuilt dist/mermaid.min.js',
  '@mermaid-js/parser': 'part of Mermaid, bundled into its browser script',
  chevrotain: 'part of Mermaid’s parser, bundled into its browser script',
  commander: 'a command-line dependency of KaTeX (pulled in by Mermaid), never run',
});

/** @param {string} version e.g. process.version @returns {string | null} the note, or null when none is needed */
export function nodeNote(version) {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  if (major >= 22) return null;
  return [
    `Node ${version}: npm may have warned "EBADENGINE" for ${Object.keys(BROWSER_ONLY).join(', ')}.`,
    'They declare Node >= 22 but only ever run inside Chromium (Mermaid draws the diagrams there), so Node 20.19+ works.',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const note = nodeNote(process.version);
    if (note) console.log(note);
  } catch {
    // A note is never worth a failed install.
  }
}
