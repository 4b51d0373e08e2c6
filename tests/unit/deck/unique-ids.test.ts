import { describe, expect, it } from 'vitest';
import { DuplicateIdError } from '../../../src/deck/render-deck.ts';
import { validateTalk } from '../../../src/rules/index.ts';
import { deckOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

describe('ids the engine generates never meet an author’s', () => {
  it('every id of the fixture deck is unique, the drawings’ own included', () => {
    const ids = deckOf(guildsTalk).flatMap((slide) =>
      [...slide.html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a slide named like a diagram of another slide keeps its own id apart from the drawing', () => {
    const named = mutate(guildsTalk, (t) => {
      t.sections[0]!.slides[1]!.id = 'diagram-formed';
    });
    expect(validateTalk(named)).toEqual([]);
    const ids = deckOf(named).flatMap((slide) => [...slide.html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]));
    expect(ids).toContain('diagram-formed');
    expect(ids).toContain('diagram-formed_');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a slide named like a Sources entry is refused by the rules, and by the renderer should a talk skip them', () => {
    const clash = mutate(guildsTalk, (t) => {
      t.sections[0]!.slides[1]!.id = 'source-1';
    });
    expect(validateTalk(clash)).toContainEqual(expect.objectContaining({ item: "slide 'source-1'", field: 'id' }));
    expect(() => deckOf(clash)).toThrow(DuplicateIdError);
    expect(() => deckOf(clash)).toThrow(/'source-1', on slide\(s\) 'source-1', 'sources-2'/);
  });
});
