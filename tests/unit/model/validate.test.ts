import { describe, expect, it } from 'vitest';
import { assertValidTalk, ContentRuleError, hedgedAmounts, namesGroup, validateTalk } from '../../../src/model/validate.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate, type Mutable } from '../../fixtures/mutate.ts';
import type { Talk } from '../../../src/model/types.ts';

type Case = readonly [name: string, change: (draft: Mutable<Talk>) => void, item: string, field: string];

/** Each broken rule, and the item and field its message must name. */
const BROKEN: readonly Case[] = [
  ['duplicate event id', (t) => { t.events[1]!.id = 'hall'; }, "event 'hall'", 'id'],
  ['duplicate slide id', (t) => { t.sections[0]!.slides[1]!.id = 'title'; }, "slide 'title'", 'id'],
  ['citation to a missing source', (t) => { t.events[0]!.source.source = 'nowhere'; }, "event 'hall'", 'source.source'],
  ['relation to an unknown group', (t) => { t.relations[0]!.to = 'bakers'; }, "relation 'carpenters-split'", 'to'],
  ['event actor unknown', (t) => { t.events[0]!.actors = ['bakers']; }, "event 'hall'", 'actors[0]'],
  ['date out of range', (t) => { t.events[2]!.date = { year: 2009 }; }, "event 'fair'", 'date'],
  ['impossible day', (t) => { t.events[1]!.date = { year: 2002, month: 2, day: 30 }; }, "event 'split'", 'date'],
  ['span ending before it starts', (t) => { t.events[0]!.until = { year: 2001, month: 1 }; }, "event 'hall'", 'until'],
  ['claim credited to a group the source does not name', (t) => { t.events[1]!.attribution!.claimedBy = 'masons'; }, "event 'split'", 'attribution.claimedBy'],
  ['hedge dropped from a hedged figure', (t) => { t.events[0]!.figures[0]!.hedge = null; }, "event 'hall'", 'figures[0].hedge'],
  ['article event without the main source', (t) => { t.events[0]!.source = { source: 'gazette', excerpt: 'x', verbatim: false }; }, "event 'hall'", 'source'],
  ['context event citing the main source', (t) => { t.events[1]!.source = { source: 'chronicle', excerpt: 'the carpenters left the masons', verbatim: true }; }, "event 'split'", 'origin'],
  ['argument from a reporting source', (t) => { t.arguments[0]!.source = { source: 'gazette', excerpt: 'x', verbatim: true }; }, "argument 'quarrel'", 'source'],
  ['quote too long', (t) => { t.events[0]!.source.excerpt = 'word '.repeat(31); }, "event 'hall'", 'source.excerpt'],
  ['notes too short', (t) => { t.sections[0]!.slides[1]!.notes.say = 'Too short.'; }, "slide 'who'", 'notes.say'],
  ['timings that miss the talk length', (t) => { t.sections[0]!.slides[1]!.seconds = 400; }, 'talk', 'sections[].slides[].seconds'],
  ['missing year slide', (t) => { t.sections[1]!.slides.splice(1, 1); }, 'talk', 'sections'],
  ['year with nothing dated', (t) => { t.events[1]!.date = { year: 2001, month: 9 }; }, 'talk', 'events'],
  ['alias shared by two groups', (t) => { t.groups[0]!.aliases = ['joiners']; }, "group 'carpenters'", 'aliases'],
  ['diagram naming an unknown event', (t) => { const slide = t.sections[1]!.slides[4]!; if (slide.kind === 'diagram') slide.diagram = { kind: 'toll', event: 'gone' }; }, "slide 'fair-toll'", 'diagram.event'],
  ['an opinion piece’s claim in the deck’s own voice', (t) => { const slide = t.sections[2]!.slides[0]!; if (slide.kind === 'points') slide.points.push({ kind: 'statement', text: 'The quarrel helps nobody.', source: { source: 'chronicle', excerpt: 'the quarrel helps nobody', verbatim: true } }); }, "slide 'views'", 'points[2].text'],
  ['a name too long to show', (t) => { t.groups[0]!.name = 'Masons '.repeat(10_000); }, "group 'masons'", 'name'],
  ['a blank short name', (t) => { t.groups[1]!.shortName = ' '; }, "group 'carpenters'", 'shortName'],
  ['a toll chart with nothing to slice', (t) => { for (const figure of t.events[2]!.figures) figure.amount = 0; }, "slide 'fair-toll'", 'diagram.event'],
  ['year slide with the wrong id', (t) => { t.sections[1]!.slides[0]!.id = 'first-year'; }, "slide 'first-year'", 'id'],
];

describe('content rules', () => {
  it('accept a sound talk', () => {
    expect(validateTalk(guildsTalk)).toEqual([]);
  });

  it.each(BROKEN)('reject %s, naming the item and the field', (_name, change, item, field) => {
    const problems = validateTalk(mutate(guildsTalk, change));
    expect(problems).toContainEqual(expect.objectContaining({ item, field }));
  });

  it('throw one error that lists every problem', () => {
    const broken = mutate(guildsTalk, (t) => {
      t.events[0]!.source.source = 'nowhere';
      t.relations[0]!.to = 'bakers';
    });
    expect(() => assertValidTalk(broken)).toThrow(ContentRuleError);
    expect(() => assertValidTalk(broken)).toThrow(/relation 'carpenters-split', field to[\s\S]*event 'hall', field source\.source/);
  });
});

describe('attribution check', () => {
  const groups = [
    { id: 'core', name: 'Islamic State', shortName: 'IS', aliases: [], kind: 'armed-group', founded: null, aims: 'global', summary: '', source: { source: 's', excerpt: '', verbatim: false } },
    { id: 'branch', name: 'Islamic State Khorasan Province', shortName: 'ISKP', aliases: [], kind: 'armed-group', founded: null, aims: 'regional', summary: '', source: { source: 's', excerpt: '', verbatim: false } },
  ] as const;

  it('does not take a branch for its parent organisation', () => {
    expect(namesGroup('claimed by the Islamic State Khorasan Province', groups[0], groups)).toBe(false);
    expect(namesGroup('claimed by the Islamic State Khorasan Province', groups[1], groups)).toBe(true);
    expect(namesGroup('Both were claimed by the Islamic State.', groups[0], groups)).toBe(true);
    expect(namesGroup('Both were claimed by the Islamic State.', groups[1], groups)).toBe(false);
  });
});

describe('hedges', () => {
  it('finds the numbers a text hedges', () => {
    expect(hedgedAmounts('around 54 people; some 3,000 fighters; 23 soldiers')).toEqual([54, 3000]);
  });
});
