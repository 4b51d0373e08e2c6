import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The deck's typeface, the Latin subset only, in the weights the CSS uses. */
export const FONT_FILES = [
  { weight: 400, style: 'normal', file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2' },
  { weight: 400, style: 'italic', file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2' },
  { weight: 700, style: 'normal', file: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2' },
] as const;

/** @font-face rules with the fonts inlined, for the diagram renderer's page (which has no server to fetch from). */
export function inlineFontFaces(): string {
  return FONT_FILES.map(({ weight, style, file }) => {
    const data = readFileSync(require.resolve(file)).toString('base64');
    return `@font-face{font-family:"Source Sans 3";font-weight:${weight};font-style:${style};src:url(data:font/woff2;base64,${data}) format("woff2");}`;
  }).join('\n');
}
