import { createHash } from 'node:crypto';

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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
    // The speaker view (an about:blank window under this same policy, src/client/speaker-page.ts) shows the deck itself in frames.
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
