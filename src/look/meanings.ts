import { colourDifference } from './colour-difference.ts';
import { contrast, type ThemedColour, TONES, tintProperty, toneProperty } from './palette.ts';

/**
 * What each colour of the palette means, and which colours are drawn on which. Two things
 * are held here, and tested over the palette in both looks: a colour says one thing only
 * (no two meanings look alike), and everything drawn on a ground can be told from it on a
 * washed-out projector (WCAG contrast: 4.5:1 for text, 3:1 for marks, bars and lines).
 */

/** The two looks of the palette. */
export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** A colour that stands for something, by its custom property, and what it stands for. */
export interface ColourMeaning {
  readonly colour: string;
  readonly means: string;
}

/** A colour drawn on another, and where: text needs 4.5:1, a graphic (mark, bar, line, outline) 3:1. */
export interface DrawnPair {
  readonly fore: string;
  readonly back: string;
  readonly kind: 'text' | 'graphic';
  readonly where: string;
}

/** Meanings that must look apart: CIEDE2000 15 is a colour a viewer names differently, not a shade. */
export const MINIMUM_DIFFERENCE = 15;
export const MINIMUM_CONTRAST = { text: 4.5, graphic: 3 } as const;

const GROUP_TONES = TONES.map((tone, index) => ({ tone, index })).filter(({ tone }) => tone.name !== 'neutral');
const NEUTRAL_TONE = TONES.findIndex((tone) => tone.name === 'neutral');

/**
 * Every colour with a meaning. The structural colours (ink, paper, panel, rules, the map's
 * sea and land) carry none and are held only to contrast. The newest step of a drawing has
 * no colour of its own: it is drawn heavier, in ink (deck.css), so it borrows no meaning.
 */
export const COLOUR_MEANINGS: readonly ColourMeaning[] = [
  { colour: 'accent', means: 'where you are: section titles, the current year, the current step, focus' },
  { colour: 'article', means: 'what the main article states' },
  { colour: 'context', means: 'what other reporting adds' },
  { colour: 'opinion', means: 'the author’s own argument' },
  { colour: 'warning', means: 'the speaker is behind the plan' },
  ...GROUP_TONES.map(({ tone, index }) => ({
    colour: toneProperty(index),
    means: `claimed in the name of a group given the ${tone.name} tone`,
  })),
  {
    colour: toneProperty(NEUTRAL_TONE),
    means: 'no group credited: a state, an unclaimed attack, a name not stated, competing claims (told apart by shape)',
  },
];

const onGrounds = (fore: string, backs: readonly string[], kind: DrawnPair['kind'], where: string): DrawnPair[] =>
  backs.map((back) => ({ fore, back, kind, where }));

/**
 * Every pair drawn one on the other. Hairlines in `rule` (grid lines, dividers, card edges)
 * are left out on purpose: they only arrange, and every mark or number they sit by carries
 * its own contrast.
 */
export const DRAWN_PAIRS: readonly DrawnPair[] = [
  ...['ink', 'muted', 'accent', 'article', 'context', 'opinion', 'warning'].flatMap((fore) =>
    onGrounds(fore, ['paper'], 'text', 'text on the slide'),
  ),
  ...onGrounds('ink', ['panel'], 'text', 'labels in diagram boxes, the speaker view’s button'),
  ...onGrounds('muted', ['panel'], 'text', 'secondary text on a panel'),
  ...onGrounds('on-accent', ['accent'], 'text', 'the current year on the year axis'),
  ...onGrounds('on-accent', ['article', 'context', 'opinion'], 'text', 'the article, context and opinion badges'),
  ...onGrounds('paper', ['ink'], 'text', 'the current step’s chip, the cut notice'),
  ...onGrounds('paper', ['muted'], 'text', 'the slide number'),
  ...onGrounds('ink', ['halo', 'land', 'focus'], 'text', 'labels on a map'),
  ...onGrounds('muted', ['halo', 'land', 'focus'], 'text', 'country and province names on a map'),
  ...TONES.map((_, index) => ({
    fore: 'ink',
    back: tintProperty(index),
    kind: 'text' as const,
    where: 'a group’s name in its box',
  })),
  ...onGrounds('sea', ['land', 'focus'], 'graphic', 'the coast on a map'),
  ...onGrounds('border', ['land', 'focus'], 'graphic', 'country borders on a map'),
  ...onGrounds('ink', ['land', 'focus', 'sea'], 'graphic', 'a marker’s outline on a map'),
  ...TONES.flatMap((_, index) =>
    onGrounds(toneProperty(index), ['paper', 'panel'], 'graphic', 'a group’s mark, its box outline'),
  ),
  ...onGrounds('article', ['paper', 'panel'], 'graphic', 'the article’s bars and card edges'),
  ...onGrounds('context', ['paper', 'panel'], 'graphic', 'other reporting’s bars and card edges'),
  ...onGrounds('opinion', ['paper'], 'graphic', 'the edge of the author’s arguments'),
  ...onGrounds('line', ['paper', 'panel'], 'graphic', 'diagram lines: ties, arrows, outlines'),
  ...onGrounds('muted', ['paper'], 'graphic', 'a chart’s axis, the year strip’s ticks'),
  ...onGrounds('accent', ['paper', 'rule'], 'graphic', 'the focus ring, the progress bar on its track'),
  ...onGrounds('ink', ['paper'], 'graphic', 'the newest step’s heavier outline'),
];

function colourOf(palette: ReadonlyMap<string, ThemedColour>, name: string, theme: Theme): string {
  const colour = palette.get(name);
  if (!colour) throw new Error(`colour '${name}' is named in src/look/meanings.ts but not in the palette`);
  return colour[theme];
}

/** Every two meanings whose colours look alike in a look, each as a sentence that says the fix. */
export function meaningClashes(
  palette: ReadonlyMap<string, ThemedColour>,
  meanings: readonly ColourMeaning[] = COLOUR_MEANINGS,
): string[] {
  const clashes: string[] = [];
  for (const theme of THEMES)
    meanings.forEach((first, position) => {
      for (const second of meanings.slice(position + 1)) {
        const difference = colourDifference(
          colourOf(palette, first.colour, theme),
          colourOf(palette, second.colour, theme),
        );
        if (difference < MINIMUM_DIFFERENCE)
          clashes.push(
            `colour-meanings: '${first.colour}' (${first.means}) and '${second.colour}' (${second.means}) differ by ${difference.toFixed(1)} (CIEDE2000) in the ${theme} look, under ${MINIMUM_DIFFERENCE}: they read as one colour; move one of them in hue or lightness in src/look/palette.ts`,
          );
      }
    });
  return clashes;
}

/** Every drawn pair under its contrast minimum in a look, each as a sentence that says the fix. */
export function contrastFailures(
  palette: ReadonlyMap<string, ThemedColour>,
  pairs: readonly DrawnPair[] = DRAWN_PAIRS,
): string[] {
  const failures: string[] = [];
  for (const theme of THEMES)
    for (const pair of pairs) {
      const [fore, back] = [colourOf(palette, pair.fore, theme), colourOf(palette, pair.back, theme)];
      const ratio = contrast(fore, back);
      const minimum = MINIMUM_CONTRAST[pair.kind];
      if (ratio >= minimum) continue;
      const foreIsDarker = relativeOrder(fore, back);
      failures.push(
        `colour-contrast: ${pair.kind} '${pair.fore}' on '${pair.back}' (${pair.where}) is ${ratio.toFixed(2)}:1 in the ${theme} look, under ${minimum}:1; make '${pair.fore}' ${foreIsDarker ? 'darker' : 'lighter'} or '${pair.back}' ${foreIsDarker ? 'lighter' : 'darker'} in src/look/palette.ts`,
      );
    }
  return failures;
}

/** True when the first colour is the darker of the two, so the fix darkens it further. */
function relativeOrder(fore: string, back: string): boolean {
  return contrast(fore, '#000000') < contrast(back, '#000000');
}
