import { describe, expect, it } from 'vitest';
import { talk } from '../../../slides/index.ts';
import { tokensByColour } from '../../../src/diagrams/finish/theme-colours.ts';
import { groupLooks } from '../../../src/look/group-looks.ts';
import { markPath } from '../../../src/look/marks.ts';
import { contrast, INTERFACE_COLOURS, mix, TONES, tint } from '../../../src/look/palette.ts';
import { paletteCss } from '../../../src/look/theme-css.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

describe('the palette', () => {
  it.each(['light', 'dark'] as const)('keeps body text at 7:1 or better on the paper, %s', (theme) => {
    const paper = INTERFACE_COLOURS.paper[theme];
    for (const text of ['ink', 'muted', 'accent', 'article', 'context', 'opinion', 'warning'] as const)
      expect(contrast(INTERFACE_COLOURS[text][theme], paper), text).toBeGreaterThanOrEqual(7);
    // Ink on a group's box fill, and on the map's land and the chart's panels.
    for (const tone of TONES)
      expect(contrast(INTERFACE_COLOURS.ink[theme], tint(tone)[theme]), tone.name).toBeGreaterThanOrEqual(7);
    for (const ground of ['panel', 'land', 'focus'] as const)
      expect(contrast(INTERFACE_COLOURS.ink[theme], INTERFACE_COLOURS[ground][theme]), ground).toBeGreaterThanOrEqual(
        7,
      );
    // The sea is a mid tone (3:1 from the land); a label over it sits on its ground, the halo at 82 %.
    const overSea = mix(INTERFACE_COLOURS.halo[theme], INTERFACE_COLOURS.sea[theme], 0.82);
    expect(contrast(INTERFACE_COLOURS.ink[theme], overSea), 'ink over the sea').toBeGreaterThanOrEqual(7);
    expect(contrast(INTERFACE_COLOURS['on-accent'][theme], INTERFACE_COLOURS.accent[theme])).toBeGreaterThanOrEqual(7);
  });

  it('writes every colour as a custom property, the dark look on screens only', () => {
    const css = paletteCss();
    expect(css).toContain(`--ink:${INTERFACE_COLOURS.ink.light}`);
    expect(css).toContain('--tone-0:');
    expect(css).toMatch(/@media screen\{html\[data-theme="dark"\]\{[^}]*--ink:#f2efe8/);
  });

  it('gives every colour a Mermaid drawing may carry one custom property, without ambiguity', () => {
    expect(() => tokensByColour()).not.toThrow();
    expect(tokensByColour().get('27,27,27')).toBe('ink');
  });
});

describe('group looks', () => {
  it('hands out tones and marks in the order of the groups, states in the neutral tone', () => {
    const looks = groupLooks(guildsTalk.groups);
    expect(looks.get('masons')).toEqual({ tone: 'orange', mark: 'circle' });
    expect(looks.get('carpenters')).toEqual({ tone: 'sky', mark: 'square' });
    expect(looks.get('council')?.tone).toBe('neutral');
  });

  it('follows a group’s own look where the data sets one', () => {
    const changed = mutate(guildsTalk, (t) => {
      t.groups[0]!.look = { tone: 'purple', mark: 'star' };
    });
    expect(groupLooks(changed.groups).get('masons')).toEqual({ tone: 'purple', mark: 'star' });
  });

  it('never gives two of the talk’s groups the same tone and mark', () => {
    const looks = [...groupLooks(talk.groups).values()].map((look) => `${look.tone} ${look.mark}`);
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('draws each mark as a closed path around its centre', () => {
    for (const mark of [
      'circle',
      'square',
      'diamond',
      'triangle',
      'cross',
      'star',
      'hexagon',
      'triangle-down',
      'ring',
    ] as const)
      expect(markPath(mark, 50, 50, 9), mark).toMatch(/^M[\d.\s]+.*Z$/);
  });
});
