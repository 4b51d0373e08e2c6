import { replaceScript } from 'vite-plugin-singlefile';
import { sha256Source } from './csp.ts';

/** The rule's name, first in every message it gives. */
export const OWN_SCRIPTS_RULE = 'own-scripts-only';

/** A script the build wrote itself: a JavaScript chunk of its bundle. */
export interface EmittedScript {
  readonly fileName: string;
  readonly code: string;
}

/**
 * The texts an emitted chunk can have once the one-file build puts it inline: the one-file
 * plugin's own `replaceScript` does the inlining (escapes, preload markers, module loader), so
 * asking it, rather than copying its rules, keeps the hash exact across its versions.
 */
export function inlineTexts(script: EmittedScript): string[] {
  const texts = [false, true].map((removeLoader) => {
    const tag = `<script type="module" crossorigin src="./${script.fileName}"></script>`;
    const inlined = replaceScript(tag, script.fileName, script.code, removeLoader);
    return /^<script[^>]*>([\s\S]*)<\/script>$/.exec(inlined)?.[1] ?? '';
  });
  return [...new Set(texts)];
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The policy's script hashes for a written page: those of the scripts the build emitted, and only
 * those. A page that holds any other inline script (text that came through the talk's data or a
 * diagram read from the cache) is refused, naming the script and the slide it sits in, rather than
 * listed: a hash taken from the page would trust whatever the page contains.
 */
export function ownScriptHashes(page: string, emitted: readonly EmittedScript[], fileName: string): string[] {
  const trusted = new Set(emitted.flatMap(inlineTexts));
  const hashes: string[] = [];
  for (const match of page.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? '';
    if (!trusted.has(text)) throw new Error(foreignScriptMessage(page, match.index, text, fileName));
    hashes.push(sha256Source(text));
  }
  return [...new Set(hashes)];
}

function foreignScriptMessage(page: string, at: number, text: string, fileName: string): string {
  const slide = [...page.slice(0, at).matchAll(/<section\b[^>]*\bid="([^"]+)"/g)].at(-1)?.[1];
  const where = slide ? `slide '${slide}'` : 'outside the slides';
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  return (
    `${OWN_SCRIPTS_RULE}: ${fileName}, ${where}: holds an inline script the build did not write: <script>${shown}. ` +
    'The policy trusts only the scripts the build emits, so this page is refused. Fix: remove the script from the ' +
    "talk's data; if the slide has a diagram, delete the diagram cache (node_modules/.cache/deck-diagrams) and build again."
  );
}
