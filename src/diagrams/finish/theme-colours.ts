import { allColours, type InterfaceColour } from '../../look/palette.ts';
import { addStyle, type Document, elementsOf } from './svg-dom.ts';

/**
 * The palette colours a Mermaid drawing may carry, by their light value. Mermaid takes its
 * colours at drawing time and cannot read CSS custom properties, so it draws in the light
 * look and every one of these colours is then swapped for its `var(--…)`: the drawing
 * follows the theme with no second drawing. Colours Mermaid derives itself stay as drawn.
 */
const INTERFACE_TOKENS: readonly InterfaceColour[] = ['ink', 'muted', 'paper', 'panel', 'accent', 'rule', 'line'];

/** Custom property by colour, as "r,g,b". Fails loudly if two tokens share a light value, which would make the swap ambiguous. */
export function tokensByColour(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [name, colour] of allColours()) {
    const isTone = name.startsWith('tone-') || name.startsWith('tint-');
    if (!isTone && !(INTERFACE_TOKENS as readonly string[]).includes(name)) continue;
    const key = rgbKey(colour.light);
    const taken = table.get(key);
    if (taken !== undefined)
      throw new Error(`Palette colours '${taken}' and '${name}' are both ${colour.light} in the light look.`);
    table.set(key, name);
  }
  return table;
}

const COLOUR = /#[0-9a-fA-F]{6}\b|rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)/g;

function rgbKey(text: string): string {
  if (text.startsWith('#'))
    return [1, 3, 5].map((start) => Number.parseInt(text.slice(start, start + 2), 16)).join(',');
  return (text.match(/\d+/g) ?? []).join(',');
}

/** `text` with every palette colour written as its custom property. */
export function withColourTokens(text: string, table: ReadonlyMap<string, string>): string {
  return text.replace(COLOUR, (colour) => {
    const name = table.get(rgbKey(colour));
    return name === undefined ? colour : `var(--${name})`;
  });
}

/** Presentation attributes that may hold a colour; moved into `style`, where every browser reads `var()`. */
const COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stop-color', 'flood-color', 'color'] as const;

/** Swaps the palette's colours for custom properties in a drawing's styles, style attributes and colour attributes. */
export function themeColours(document: Document): void {
  const table = tokensByColour();
  const root = document.documentElement;
  if (!root) return;
  for (const element of elementsOf(root)) {
    if (element.localName === 'style') {
      element.textContent = withColourTokens(element.textContent ?? '', table);
      continue;
    }
    const style = element.getAttribute('style');
    if (style !== null) element.setAttribute('style', withColourTokens(style, table));
    for (const attribute of COLOUR_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const themed = withColourTokens(value, table);
      if (themed === value) continue;
      element.removeAttribute(attribute);
      addStyle(element, `${attribute}:${themed}`);
    }
  }
}
