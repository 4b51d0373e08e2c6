import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { escapeHtml } from '../deck/html.ts';
import type { Talk } from '../model/types.ts';
import { wordsFor } from '../words/index.ts';
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
const FAVICON = /<link rel="icon" href="\.\/([\w.-]+\.svg)" type="image\/svg\+xml">/;

/** Fills index.html with the slides drawn from the talk's data, and sets the page's title, language and security policy. */
export function deckPlugin(options: DeckPluginOptions): Plugin[] {
  let publicDir = resolve('public');
  const slidesPlugin: Plugin = {
    name: 'deck:slides',
    configResolved(config) {
      publicDir = config.publicDir || publicDir;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(page) {
        if (!page.includes(SLIDES_MARK)) throw new Error(`index.html must contain ${SLIDES_MARK} where the slides go.`);
        const talk = await options.loadTalk();
        const started = performance.now();
        const deck = await buildDeck(talk, {
          cacheDir: options.cacheDir,
          log: (line) => console.info(`[deck] ${line}`),
        });
        console.info(
          `[deck] ${deck.slides.length} slides, ${deck.drawn} diagram(s) drawn, ${deck.fromCache} from cache, ${Math.round(performance.now() - started)} ms`,
        );
        // The one-file deck must not point at a file beside it: the icon goes inline too.
        const withIcon = options.singleFile
          ? page.replace(
              FAVICON,
              (_tag, file: string) =>
                `<link rel="icon" href="${svgDataUri(readFileSync(join(publicDir, file), 'utf8'))}" type="image/svg+xml">`,
            )
          : page;
        // Replacer functions, never replacement strings: a title holding "$&" or "$'" must reach the page as typed.
        return withIcon
          .replace(SLIDES_MARK, () => deck.slides.map((slide) => slide.html).join('\n'))
          .replace('<title></title>', () => `<title>${escapeHtml(talk.title)}</title>`)
          .replace('<html lang="en">', () => `<html lang="${escapeHtml(talk.lang)}">`)
          .replace(
            '<meta name="description" content="">',
            () => `<meta name="description" content="${escapeHtml(talk.subtitle)}">`,
          )
          .replace('<meta name="author" content="">', () => `<meta name="author" content="${escapeHtml(talk.author)}">`)
          .replace('<div class="reveal">', () => `<div class="reveal"${handoutWordAttributes(talk)}>`);
      },
    },
  };
  const policyPlugin: Plugin = {
    name: 'deck:content-security-policy',
    apply: 'build',
    enforce: 'post',
    // On the written files, after every plugin: the one-file build inlines its script in a generateBundle hook
    // that may run after any of ours (same `enforce` and `order`, so config order decides), and the policy must
    // hash that script exactly as it ships, or the browser refuses to run it.
    writeBundle: {
      order: 'post',
      handler(output, bundle) {
        if (!output.dir) throw new Error('deck:content-security-policy needs an output directory.');
        for (const fileName of Object.keys(bundle)) {
          if (!fileName.endsWith('.html')) continue;
          const path = join(output.dir, fileName);
          writeFileSync(path, withPolicy(readFileSync(path, 'utf8'), options.singleFile));
        }
      },
    },
  };
  return [slidesPlugin, policyPlugin];
}

/** The handout's captions in the talk's words, for its layout in the browser (which carries no word lists of its own). */
function handoutWordAttributes(talk: Talk): string {
  const { handout } = wordsFor(talk.lang, talk.words);
  return ` data-handout-notes="${escapeHtml(handout.notes)}" data-handout-sources="${escapeHtml(handout.sources)}" data-handout-slide-of="${escapeHtml(handout.slideOf)}"`;
}

function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** Adds the Content-Security-Policy meta tag; inline scripts (the one-file build) are allowed by hash only. */
export function withPolicy(page: string, singleFile: boolean): string {
  const inlineScripts = [...page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) =>
    sha256Source(match[1] ?? ''),
  );
  const policy = contentSecurityPolicy({
    scriptHashes: [...speakerViewScriptHashes(), ...inlineScripts],
    inlineAssets: singleFile,
  });
  return page.replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
