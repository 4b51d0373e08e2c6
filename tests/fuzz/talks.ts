import fc from 'fast-check';
import { allSlides } from '../../src/model/talk-index.ts';
import type { Talk } from '../../src/model/types.ts';
import { type TextField, textFields } from '../../src/rules/texts.ts';
import { withEveryText } from '../fixtures/every-text.ts';
import { guildsTalk } from '../fixtures/guilds-talk.ts';
import { MARKUP_PUNCTUATION } from '../fixtures/hostile.ts';
import { retime } from '../fixtures/max-talk.ts';
import { type Mutable, mutate } from '../fixtures/mutate.ts';

/**
 * Random talks for the fuzz test, built from the schema's own walk over text fields.
 * A valid talk is the fixture talk with random text added to every text that shows,
 * optional fields left out or put in at random, and its timings made to fit; a broken
 * one is a valid one with one thing broken, and the item and field the build must name.
 */

/** Pieces of text that mean something to HTML, Mermaid, Markdown, `String.replace` or the bidi algorithm; no digits, capitals or names, which content rules read. */
const PIECES = [
  'داعش',
  'کوئٹہ',
  'د خراسان ولایت',
  '中文',
  'é',
  'ß',
  'ø',
  '🙂',
  '—',
  '·',
  '…',
  '<',
  '>',
  '&',
  '&lt;b&gt;',
  '&amp;',
  '#quot;',
  ...MARKUP_PUNCTUATION,
  '%%',
  '$$',
  '$&',
  "$'",
  '$`',
  '\\',
  '*',
  '_',
  '~',
  '-->',
  '==>',
  'end',
  'style',
  '<script>',
  '</b>',
  'javascript:',
];

/** A few words of random, hostile-looking text. */
export const hostileText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(' '));

/** The fields whose text the fuzz rewrites: those that show (names matched in excerpts keep their words). */
function shows(field: TextField): boolean {
  return !field.limit.shows.startsWith('nowhere') && !field.field.endsWith('excerpt');
}

/** A valid talk: every text that shows gets random text after its own words, cut to its limit. */
export const validTalk: fc.Arbitrary<Talk> = fc
  .record({
    texts: fc.array(hostileText, { minLength: 200, maxLength: 200 }),
    lengths: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
    withRegion: fc.boolean(),
    withCaveat: fc.boolean(),
    withLabels: fc.boolean(),
    withoutAim: fc.boolean(),
  })
  .map(({ texts, lengths, withRegion, withCaveat, withLabels, withoutAim }) => {
    const optional = mutate(guildsTalk, (t) => {
      for (const event of t.events) if (event.place && withRegion) event.place.region = 'the region';
      for (const source of t.sources) if (withCaveat) source.caveat = 'date read from the address';
      for (const relation of t.relations) if (withLabels) relation.label = 'tied';
      if (withoutAim) delete t.groups[0]!.aim;
    });
    let next = 0;
    const rewritten = withEveryText(optional, (value, field) => {
      if (!shows(field)) return value;
      const position = next++ % texts.length;
      const room = field.limit.max - value.length - 1;
      if (room <= 0) return value;
      const extra = (texts[position] ?? '').slice(0, Math.max(1, Math.floor(room * (lengths[position] ?? 1))));
      return `${value} ${extra}`.trimEnd();
    });
    return retime(rewritten);
  });

type Draft = Mutable<Talk>;

/** One way to break a talk, and the item and field the build's message must name. */
export interface Breakage {
  readonly name: string;
  readonly item: string;
  readonly field: string;
  readonly apply: (draft: Draft) => void;
}

/** A required text of the talk, chosen at `pick`, emptied or made longer than its limit. */
function textBreakage(talk: Talk, pick: number, way: 'empty' | 'long', by: number): Breakage {
  const all = [...textFields(talk, allSlides(talk))];
  const candidates = all.flatMap((field, index) =>
    field.value !== undefined && (way === 'long' || field.limit.required) ? [{ field, index }] : [],
  );
  const { field: chosen, index } = candidates[pick % candidates.length]!;
  return {
    name: `${way} ${chosen.item} ${chosen.field}`,
    item: chosen.item,
    field: chosen.field,
    apply: (draft) => {
      const target = [...textFields(draft as Talk, allSlides(draft as Talk))][index]!;
      (target.holder as Record<string | number, unknown>)[target.key] =
        way === 'empty' ? ' '.repeat(by % 3) : `${target.value ?? ''}${'x'.repeat(chosen.limit.max + 1 + by)}`;
    },
  };
}

/** Breakages that are not about text, each naming its item and field. */
const OTHER_BREAKAGES: ReadonlyArray<(talk: Talk, pick: number) => Breakage> = [
  (talk, pick) => {
    const source = talk.sources[pick % talk.sources.length]!;
    const url = ['javascript:alert(1)', '/relative', 'data:text/html,x', 'vbscript:x', 'http://localhost/x'][pick % 5]!;
    return {
      name: `address ${url}`,
      item: `source '${source.id}'`,
      field: 'url',
      apply: (draft) => {
        draft.sources[pick % draft.sources.length]!.url = url;
      },
    };
  },
  (talk, pick) => {
    const event = talk.events[pick % talk.events.length]!;
    return {
      name: 'unknown actor',
      item: `event '${event.id}'`,
      field: 'actors[0]',
      apply: (draft) => {
        draft.events[pick % draft.events.length]!.actors = ['nobody-at-all'];
      },
    };
  },
  (talk, pick) => {
    const event = talk.events[pick % talk.events.length]!;
    return {
      name: 'date out of the period',
      item: `event '${event.id}'`,
      field: 'date',
      apply: (draft) => {
        draft.events[pick % draft.events.length]!.date = { year: talk.period.to + 1 + (pick % 50) };
      },
    };
  },
  (talk, pick) => {
    const group = talk.groups[pick % talk.groups.length]!;
    return {
      name: 'id with capitals',
      item: `group '${group.id.toUpperCase()} x'`,
      field: 'id',
      apply: (draft) => {
        const target = draft.groups[pick % draft.groups.length]!;
        target.id = `${target.id.toUpperCase()} x`;
      },
    };
  },
  (talk, pick) => {
    const position = pick % allSlides(talk).length;
    const id = `source-${(pick % 9) + 1}`;
    return {
      name: 'slide named like a source entry',
      item: `slide '${id}'`,
      field: 'id',
      apply: (draft) => {
        // Written through the walk's own objects: the draft's slides are its sections' slides.
        (allSlides(draft as Talk)[position] as { id: string }).id = id;
      },
    };
  },
];

/** A broken talk: a valid one with one breakage, and what the message must name. */
export const brokenTalk: fc.Arbitrary<{ talk: Talk; breakage: Breakage }> = fc
  .record({
    base: validTalk,
    kind: fc.nat({ max: 1 + OTHER_BREAKAGES.length }),
    pick: fc.nat({ max: 10_000 }),
    by: fc.nat({ max: 2_000 }),
  })
  .map(({ base, kind, pick, by }) => {
    const breakage =
      kind === 0
        ? textBreakage(base, pick, 'empty', by)
        : kind === 1
          ? textBreakage(base, pick, 'long', by)
          : OTHER_BREAKAGES[kind - 2]!(base, pick);
    return { talk: mutate(base, breakage.apply), breakage };
  });
