import type { Plugin } from 'vite';
import { paletteCss } from '../look/theme-css.ts';

/**
 * Puts the palette's custom properties in the page's head, before any stylesheet, so
 * the slides and the drawn diagrams read their colours from one place (`src/look/`).
 */
export function palettePlugin(): Plugin {
  return {
    name: 'deck:palette',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'style', attrs: { id: 'deck-palette' }, children: paletteCss(), injectTo: 'head-prepend' },
      ],
    },
  };
}
