/**
 * The deck's one palette: every colour the slides and the diagrams use, for the light
 * look (stage and paper) and the dark look (dim halls). Each colour becomes a CSS custom
 * property (`--ink`, `--tone-3`…), so the built SVGs follow the theme without a second
 * set of drawings. Text colours keep at least 7:1 against the paper in both looks.
 */

/** One colour in both looks, as #rrggbb. */
export interface ThemedColour {
  readonly light: string;
  readonly dark: string;
}

/** Interface colours, by the name of their custom property. */
export const INTERFACE_COLOURS = {
  /** Body text. */
  ink: { light: '#1b1b1b', dark: '#f2efe8' },
  /** Secondary text: captions, places, notes under a figure. */
  muted: { light: '#474747', dark: '#c9c4b8' },
  /** The slide's ground. */
  paper: { light: '#fbfaf7', dark: '#14161a' },
  /** A quiet panel on the paper: diagram boxes, the map's land, bars' track. */
  panel: { light: '#f1eee6', dark: '#262a31' },
  /** Emphasis: section titles, the current step, the record's label. */
  accent: { light: '#8a2b0f', dark: '#ffa17c' },
  /** Text on an accent or dark badge. */
  'on-accent': { light: '#ffffff', dark: '#14161a' },
  /** What the article states. */
  article: { light: '#1f3b63', dark: '#a9c8f5' },
  /** Context from other reporting. */
  context: { light: '#4d4020', dark: '#e3cd92' },
  /** The author's opinion. */
  opinion: { light: '#7d2710', dark: '#ff9f85' },
  /** Hairlines and axis rules. */
  rule: { light: '#c9c3b6', dark: '#4c5058' },
  /** Lines of diagrams: ties, arrows, outlines. */
  line: { light: '#3b3b3b', dark: '#c4c0b6' },
  /** The map's sea. */
  sea: { light: '#cfdfeb', dark: '#1c2a36' },
  /** Land outside the countries a map is about. */
  land: { light: '#e7e4dd', dark: '#2b2e33' },
  /** The countries a map is about. */
  focus: { light: '#fffdf7', dark: '#3b3f47' },
  /** Country borders on a map. */
  border: { light: '#8a8a8a', dark: '#8f949c' },
  /** Behind text drawn over a map or a line: the colour of the paper at full strength. */
  halo: { light: '#ffffff', dark: '#101216' },
} as const satisfies Record<string, ThemedColour>;

export type InterfaceColour = keyof typeof INTERFACE_COLOURS;

/**
 * Tones that tell groups apart: the Okabe–Ito colours (safe for the common kinds of
 * colour blindness), a little lighter for the dark look. Each group also gets a mark
 * shape, so colour is never the only cue. The last tone is neutral, for states.
 */
export const TONES = [
  { name: 'orange', light: '#e69f00', dark: '#f2b83a' },
  { name: 'sky', light: '#56b4e9', dark: '#7fc8f2' },
  { name: 'green', light: '#009e73', dark: '#35c99d' },
  { name: 'blue', light: '#0072b2', dark: '#58a9e6' },
  { name: 'vermillion', light: '#d55e00', dark: '#ff8c4a' },
  { name: 'purple', light: '#cc79a7', dark: '#e59cc5' },
  { name: 'yellow', light: '#f0e442', dark: '#f3e96b' },
  { name: 'neutral', light: '#7a7a7a', dark: '#a8a8a8' },
] as const satisfies ReadonlyArray<ThemedColour & { readonly name: string }>;

/** How much of a tone a group's box fill takes, over the paper (light) or the panel (dark). */
const TINT_SHARE = { light: 0.22, dark: 0.26 } as const;

/** A tone's light fill for boxes, under ink text. */
export function tint(tone: ThemedColour): ThemedColour {
  return {
    light: mix(tone.light, INTERFACE_COLOURS.halo.light, TINT_SHARE.light),
    dark: mix(tone.dark, INTERFACE_COLOURS.paper.dark, TINT_SHARE.dark),
  };
}

/** `share` of `colour` over `ground`, as #rrggbb. */
export function mix(colour: string, ground: string, share: number): string {
  const [a, b] = [channels(colour), channels(ground)];
  return `#${a
    .map((value, index) =>
      Math.round(value * share + (b[index] ?? 0) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`'${hex}' is not a #rrggbb colour`);
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every themed colour by its custom property name (without the leading `--`). */
export function allColours(): ReadonlyMap<string, ThemedColour> {
  const colours = new Map<string, ThemedColour>(Object.entries(INTERFACE_COLOURS));
  TONES.forEach((tone, index) => {
    colours.set(toneProperty(index), tone);
    colours.set(tintProperty(index), tint(tone));
  });
  return colours;
}

/** The custom property of tone `index`, e.g. `tone-3`. */
export function toneProperty(index: number): string {
  return `tone-${index}`;
}

/** The custom property of tone `index`'s fill, e.g. `tint-3`. */
export function tintProperty(index: number): string {
  return `tint-${index}`;
}
