import type { Plugin } from 'vite';
import { escapeHtml } from '../deck/html.ts';
import type { Talk } from '../model/types.ts';
import { buildDeck } from './build-deck.ts';
import { contentSecurityPolicy, sha256Source, speakerViewScriptHashes } from './csp.ts';

export interface DeckPluginOptions {
  /** Loads the talk; called on every page request in dev, once per build. */
  readonly loadTalk: () => Talk | Promise<Talk>;
  /** Where drawn diagrams are cached between builds. */
  readonly cacheDir: string;
  /** True for the one-file build, whose scripts and fonts are inline. */
  readonly singleFile: boolean;
}

const SLIDES_MARK = '<!--deck:slides-->';

/** Fills index.html with the slides drawn from the talk's data, and sets the page's title, language and security policy. */
export function deckPlugin(options: DeckPluginOptions): Plugin[] {
  const slidesPlugin: Plugin = {
    name: 'deck:slides',
    transformIndexHtml: {
      order: 'pre',
      async handler(page) {
        if (!page.includes(SLIDES_MARK)) throw new Error(`index.html must contain ${SLIDES_MARK} where the slides go.`);
        const talk = await options.loadTalk();
        const started = performance.now();
        const deck = await buildDeck(talk, { cacheDir: options.cacheDir, log: (line) => console.info(`[deck] ${line}`) });
        console.info(`[deck] ${deck.slides.length} slides, ${deck.drawn} diagram(s) drawn, ${deck.fromCache} from cache, ${Math.round(performance.now() - started)} ms`);
        return page
          .replace(SLIDES_MARK, deck.slides.map((slide) => slide.html).join('\n'))
          .replace('<title></title>', `<title>${escapeHtml(talk.title)}</title>`)
          .replace('<html lang="">', `<html lang="${escapeHtml(talk.lang)}">`)
          .replace('<meta name="description" content="">', `<meta name="description" content="${escapeHtml(talk.subtitle)}">`);
      },
    },
  };
  const policyPlugin: Plugin = {
    name: 'deck:content-security-policy',
    apply: 'build',
    enforce: 'post',
    // After every other plugin (the one-file build inlines its scripts in generateBundle), so the hashes match what ships.
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          asset.source = withPolicy(String(asset.source), options.singleFile);
        }
      },
    },
  };
  return [slidesPlugin, policyPlugin];
}

/** Adds the Content-Security-Policy meta tag; inline scripts (the one-file build) are allowed by hash only. */
export function withPolicy(page: string, singleFile: boolean): string {
  const inlineScripts = [...page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256Source(match[1] ?? ''));
  const policy = contentSecurityPolicy({ scriptHashes: [...speakerViewScriptHashes(), ...inlineScripts], inlineAssets: singleFile });
  return page.replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
