import type { Plugin } from 'vite';

/**
 * Asks the browser for the deck's fonts with the page, not after its styles are
 * parsed and laid out: the first slide waits for its font (font-display: block),
 * so this takes the font fetch off the path to the first slide.
 */
export function fontPreloadPlugin(): Plugin {
  return {
    name: 'deck:font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(page, context) {
        // The one-file build inlines its fonts, so there is nothing to preload there. The italic and the Arabic
        // face are left to load when a quote or a title in Arabic script needs them: a preloaded font the first
        // slide does not use only earns a console warning.
        const fonts = Object.keys(context.bundle ?? {}).filter(
          (fileName) => /\/source-sans-3-[^/]*\.woff2$/.test(fileName) && !fileName.includes('italic'),
        );
        const links = fonts.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
        return { html: page, tags: links };
      },
    },
  };
}
