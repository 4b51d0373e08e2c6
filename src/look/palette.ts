/**
 * The deck's one palette: every colour the slides and the diagrams use, for the light
 * look (stage and paper) and the dark look (dim halls). Each colour becomes a CSS custom
 * property (`--ink`, `--tone-3`…), so the built SVGs follow the theme without a second
 * set of drawings. Text colours keep at least 7:1 against the paper in both looks; what each
 * colour means, and the pairs drawn on one another, are declared in `meanings.ts` and tested.
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
  accent: { light: '#85231c', dark: '#ffb5a1' },
  /** Text on an accent or dark badge. */
  'on-accent': { light: '#ffffff', dark: '#14161a' },
  /** What the article states. */
  article: { light: '#01436a', dark: '#a0d1ff' },
  /** Context from other reporting. */
  context: { light: '#4f471f', dark: '#e1d8a8' },
  /** The author's opinion: a violet no other meaning is near, so "the author argues" never reads as emphasis. */
  opinion: { light: '#5f2d6f', dark: '#e5b6f1' },
  /** A warning to the speaker: running behind the plan. */
  warning: { light: '#7e4400', dark: '#ffc251' },
  /** Hairlines and axis rules. */
  rule: { light: '#c9c3b6', dark: '#4c5058' },
  /** Lines of diagrams: ties, arrows, outlines. */
  line: { light: '#3b3b3b', dark: '#c4c0b6' },
  /** The map's sea: a mid blue in both looks, at 3:1 or more against the land, so a washed-out projector keeps the coast. */
  sea: { light: '#4683a0', dark: '#558aa5' },
  /** Land outside the countries a map is about. */
  land: { light: '#e7e4dd', dark: '#1e2225' },
  /** The countries a map is about. */
  focus: { light: '#fffdf7', dark: '#2d3338' },
  /** Country borders on a map. */
  border: { light: '#767676', dark: '#8f949c' },
  /** Behind text drawn over a map or a line: the colour of the paper at full strength. */
  halo: { light: '#ffffff', dark: '#101216' },
} as const satisfies Record<string, ThemedColour>;

export type InterfaceColour = keyof typeof INTERFACE_COLOURS;

/**
 * Tones that tell groups apart: the hues of the Okabe–Ito colours (chosen to stay apart
 * for the common kinds of colour blindness), each set at a mid lightness so that a mark or
 * a box outline keeps 3:1 against the paper in both looks, and at least a CIEDE2000 of 15
 * from every other tone and every interface meaning (`src/look/meanings.ts`). Each group
 * also gets a mark shape, so colour is never the only cue. The last tone is neutral: no
 * group credited (states, unclaimed attacks, unstated names, competing claims).
 */
export const TONES = [
  { name: 'orange', light: '#b37811', dark: '#ce862d' },
  { name: 'sky', light: '#0891a6', dark: '#00a5bd' },
  { name: 'green', light: '#239568', dark: '#3ba879' },
  { name: 'blue', light: '#077bc7', dark: '#2790e3' },
  { name: 'vermillion', light: '#d35137', dark: '#e66245' },
  { name: 'purple', light: '#bb5a9a', dark: '#d26fb0' },
  { name: 'yellow', light: '#86891c', dark: '#aca339' },
  { name: 'neutral', light: '#848484', dark: '#919191' },
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
