import { allColours } from './palette.ts';

/** The attribute on `<html>` that selects the dark look: `data-theme="dark"`. */
export const THEME_ATTRIBUTE = 'data-theme';

/**
 * The palette as CSS custom properties: the light look on `:root`, the dark one under
 * `html[data-theme="dark"]` and on screens only, so printing and the PDF stay light
 * whatever look the speaker chose.
 */
export function paletteCss(): string {
  const colours = [...allColours()];
  const light = colours.map(([name, colour]) => `--${name}:${colour.light}`).join(';');
  const dark = colours.map(([name, colour]) => `--${name}:${colour.dark}`).join(';');
  return `:root{${light};color-scheme:light}@media screen{html[${THEME_ATTRIBUTE}="dark"]{${dark};color-scheme:dark}}`;
}
