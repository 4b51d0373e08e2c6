import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

const require = createRequire(import.meta.url);

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hashes of the inline script reveal.js writes into its speaker-view window.
 * That window is about:blank and inherits the deck's policy, so without these
 * hashes the speaker view would open blank under a strict Content-Security-Policy.
 */
export function speakerViewScriptHashes(): string[] {
  const plugin = readFileSync(require.resolve('reveal.js/plugin/notes').replace(/\.js$/, '.mjs'), 'utf8');
  const start = plugin.indexOf('.document.write("');
  if (start < 0)
    throw new Error(
      'reveal.js notes plugin: speaker view template not found; update src/pipeline/csp.ts for this reveal.js version.',
    );
  const literalStart = start + '.document.write('.length;
  let end = literalStart + 1;
  while (end < plugin.length && !(plugin[end] === '"' && plugin[end - 1] !== '\\')) end += 1;
  // The template is a plain JS string literal (tabs, \xA0 and <\/script> included); evaluating just that literal yields the exact text.
  const template = String(runInNewContext(plugin.slice(literalStart, end + 1)));
  return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => sha256Source(match[1] ?? ''));
}

/**
 * The policy: everything from the deck's own origin; inline scripts only when their hash is listed.
 * The one-file deck (`inlineAssets`) has no origin to load from: its script is allowed by hash, its
 * fonts and icon as data: URIs, and its speaker view's frames are the file itself.
 */
export function contentSecurityPolicy(options: { scriptHashes: readonly string[]; inlineAssets: boolean }): string {
  const own = options.inlineAssets ? [] : ["'self'"];
  return [
    directive('default-src', own),
    directive('script-src', [...own, ...options.scriptHashes]),
    // Mermaid's SVGs carry their own <style>, and reveal.js positions slides with inline styles.
    directive('style-src', [...own, "'unsafe-inline'"]),
    directive('font-src', options.inlineAssets ? ['data:'] : own),
    directive('img-src', [...own, 'data:']),
    directive('connect-src', own),
    // The speaker view shows the deck itself in frames.
    directive('frame-src', options.inlineAssets ? ["'self'", 'file:'] : own),
    directive('object-src', []),
    directive('base-uri', []),
    directive('form-action', []),
  ].join('; ');
}

/** `'none'` stands alone: browsers ignore it, and warn, when other sources share the directive. */
function directive(name: string, sources: readonly string[]): string {
  return `${name} ${sources.length > 0 ? sources.join(' ') : "'none'"}`;
}
