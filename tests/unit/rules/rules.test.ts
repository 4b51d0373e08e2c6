import { describe, expect, it } from 'vitest';
import type { Talk } from '../../../src/model/types.ts';
import { assertValidTalk, ContentRuleError, RULES, validateTalk } from '../../../src/rules/index.ts';
import { talk as veraneTalk } from '../../../talks/verane/index.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { type Mutable, mutate } from '../../fixtures/mutate.ts';

type Draft = Mutable<Talk>;
type Case = readonly [rule: string, name: string, change: (draft: Draft) => void, item: string, field: string];

const slide = (t: Draft, section: number, position: number) => t.sections[section]!.slides[position]!;

/** For every rule, at least one broken fixture, and the item and field its message must name. */
const BROKEN: readonly Case[] = [
  [
    'cuts-declared',
    'a slide that names a cut a talk without cuts does not have',
    (t) => {
      slide(t, 0, 1).cuts = ['10'];
    },
    "slide 'who'",
    'cuts',
  ],
  [
    'cut-notes-shorten',
    'a shorter cut whose notes say a word the full notes do not',
    (t) => {
      t.cuts = {
        all: [
          { id: '3', minutes: 3 },
          { id: '5', minutes: 5 },
        ],
        default: '5',
      };
      slide(t, 0, 1).perCut = { '3': { notes: { say: 'This slide covers the guilds, allegedly.' } } };
    },
    "slide 'who'",
    "perCut['3'].notes.say",
  ],
  [
    'stage-words',
    'a points slide whose statement puts more than 40 words on stage',
    (t) => {
      const views = t.sections.flatMap((section) => section.slides).find((candidate) => candidate.id === 'views');
      if (views?.kind !== 'points') throw new Error('the fixture has a points slide "views"');
      views.points.push({
        kind: 'statement',
        text: Array.from({ length: 45 }, (_, n) => `word${n}`).join(' '),
        sources: [{ source: 'chronicle', excerpt: 'word', verbatim: false }],
      });
    },
    "slide 'views'",
    'points[2].stage',
  ],
  [
    'stage-words',
    'a closing slide whose title alone is over the limit',
    (t) => {
      const closing = t.sections.flatMap((section) => section.slides).find((candidate) => candidate.kind === 'closing');
      if (closing?.kind !== 'closing') throw new Error('the fixture has a closing slide');
      closing.title = Array.from({ length: 41 }, (_, n) => `w${n}`).join(' ');
    },
    "slide 'closing'",
    'title',
  ],
  [
    'stage-words',
    'a Sources slide whose title alone is over the limit',
    (t) => {
      const sources = t.sections.flatMap((section) => section.slides).find((candidate) => candidate.kind === 'sources');
      if (sources?.kind !== 'sources') throw new Error('the fixture has a Sources slide');
      sources.title = Array.from({ length: 41 }, (_, n) => `w${n}`).join(' ');
    },
    "slide 'sources'",
    'title',
  ],
  [
    'unique-ids',
    'duplicate event id',
    (t) => {
      t.events[1]!.id = 'hall';
    },
    "event 'hall'",
    'id',
  ],
  [
    'unique-ids',
    'duplicate slide id',
    (t) => {
      slide(t, 0, 1).id = 'title';
    },
    "slide 'title'",
    'id',
  ],
  [
    'id-format',
    'an id with capitals and spaces',
    (t) => {
      t.events[0]!.id = 'Guild Hall';
    },
    "event 'Guild Hall'",
    'id',
  ],
  [
    'dates',
    'date out of range',
    (t) => {
      t.events[2]!.date = { year: 2009 };
    },
    "event 'fair'",
    'date',
  ],
  [
    'dates',
    'impossible day',
    (t) => {
      t.events[1]!.date = { year: 2002, month: 2, day: 30 };
    },
    "event 'split'",
    'date',
  ],
  [
    'dates',
    'span ending before it starts',
    (t) => {
      t.events[0]!.until = { year: 2001, month: 1 };
    },
    "event 'hall'",
    'until',
  ],
  [
    'text-fields',
    'a blank short name',
    (t) => {
      t.groups[1]!.shortName = ' ';
    },
    "group 'carpenters'",
    'shortName',
  ],
  [
    'text-fields',
    'a name too long to show',
    (t) => {
      t.groups[0]!.name = 'Masons '.repeat(10_000);
    },
    "group 'masons'",
    'name',
  ],
  [
    'text-fields',
    'an empty short title',
    (t) => {
      t.events[1]!.shortTitle = '';
    },
    "event 'split'",
    'shortTitle',
  ],
  [
    'text-fields',
    'a relation label too long for its arrow',
    (t) => {
      t.relations[0]!.label = 'broke away after a long quarrel over the price of stone and timber';
    },
    "relation 'carpenters-split'",
    'label',
  ],
  [
    'text-fields',
    'an empty slide title',
    (t) => {
      const formed = slide(t, 0, 2);
      if (formed.kind === 'diagram') formed.title = ' ';
    },
    "slide 'formed'",
    'title',
  ],
  [
    'text-fields',
    'an empty talk title',
    (t) => {
      t.title = '';
    },
    'talk',
    'title',
  ],
  [
    'list-lengths',
    'more figures than an event line holds',
    (t) => {
      const figure = t.events[0]!.figures[0]!;
      t.events[0]!.figures = Array.from({ length: 5 }, () => structuredClone(figure));
    },
    "event 'hall'",
    'figures',
  ],
  [
    'text-fields',
    'an empty language',
    (t) => {
      t.lang = '';
    },
    'talk',
    'lang',
  ],
  [
    'citation-style',
    'a CSL style the engine does not ship',
    (t) => {
      t.citationStyle = 'harvard-cite-them-right';
    },
    'talk',
    'citationStyle',
  ],
  [
    'published-address',
    'an http: published address',
    (t) => {
      t.publishedAt = 'http://talks.example.org/guilds/read/';
    },
    'talk',
    'publishedAt',
  ],
  [
    'published-address',
    'a published address that is no address',
    (t) => {
      t.publishedAt = 'talks.example.org/guilds';
    },
    'talk',
    'publishedAt',
  ],
  [
    'addresses',
    'a javascript: address',
    (t) => {
      t.sources[1]!.url = 'javascript:alert(1)';
    },
    "source 'gazette'",
    'url',
  ],
  [
    'addresses',
    'a relative address',
    (t) => {
      t.sources[1]!.url = '/news/1';
    },
    "source 'gazette'",
    'url',
  ],
  [
    'addresses',
    'a data: address on a credit',
    (t) => {
      t.credits![0]!.url = 'data:text/html,hi';
    },
    "credit 'fixture-font'",
    'url',
  ],
  [
    'coordinates',
    'a latitude off the globe',
    (t) => {
      t.events[0]!.place!.at.lat = 123;
    },
    "event 'hall'",
    'place.at',
  ],
  [
    'places-on-land',
    'a place at sea',
    (t) => {
      t.events[0]!.place!.at = { lat: 50.0, lon: -3.0, precision: 'town' };
    },
    "event 'hall'",
    'place.at',
  ],
  [
    'places-on-land',
    'a place in another country than it names',
    (t) => {
      t.events[0]!.place!.country = 'France';
    },
    "event 'hall'",
    'place.at',
  ],
  [
    'places-on-their-map',
    'an attack outside the map that marks it',
    (t) => {
      t.sections[1]!.slides.push({
        kind: 'diagram',
        id: 'where',
        title: 'Where',
        diagram: {
          kind: 'map',
          extent: { west: 0, south: 40, east: 10, north: 50 },
          countries: [{ name: 'United Kingdom', role: 'focus' }],
          marks: ['United Kingdom'],
        },
        notes: slide(t, 1, 0).notes,
        seconds: 20,
      });
    },
    "slide 'where'",
    'diagram.extent',
  ],
  [
    'citations',
    'citation to a missing source',
    (t) => {
      t.events[0]!.source.source = 'nowhere';
    },
    "event 'hall'",
    'source.source',
  ],
  [
    'citations',
    'an empty excerpt',
    (t) => {
      t.relations[0]!.source.excerpt = ' ';
    },
    "relation 'carpenters-split'",
    'source.excerpt',
  ],
  [
    'group-references',
    'relation to an unknown group',
    (t) => {
      t.relations[0]!.to = 'bakers';
    },
    "relation 'carpenters-split'",
    'to',
  ],
  [
    'group-references',
    'event actor unknown',
    (t) => {
      t.events[0]!.actors = ['bakers'];
    },
    "event 'hall'",
    'actors[0]',
  ],
  [
    'group-references',
    'a claim in an unknown name',
    (t) => {
      t.events[1]!.responsibility!.claims[0]!.madeIn = 'bakers';
    },
    "event 'split'",
    'responsibility.claims[0].madeIn',
  ],
  [
    'real-citations',
    'a bracketed placeholder title',
    (t) => {
      t.sources[1]!.title = '[report on the guild hall]';
    },
    "source 'gazette'",
    'title',
  ],
  [
    'real-citations',
    'a publisher that names no organisation',
    (t) => {
      t.sources[1]!.publisher = 'Press reports';
    },
    "source 'gazette'",
    'publisher',
  ],
  [
    'group-names-unique',
    'alias shared by two groups',
    (t) => {
      t.groups[0]!.aliases = ['joiners'];
    },
    "group 'carpenters'",
    'aliases',
  ],
  [
    'claimant-named',
    'claim credited to a group the source does not name',
    (t) => {
      t.events[1]!.responsibility!.claims[0]!.madeIn = 'masons';
    },
    "event 'split'",
    'responsibility.claims[0].madeIn',
  ],
  [
    'claimant-named',
    'a group named, but not as the claimant',
    (t) => {
      t.events[1]!.responsibility!.claims[0]!.source.excerpt = 'the joiners met. The Town Crier claimed nothing.';
    },
    "event 'split'",
    'responsibility.claims[0].madeIn',
  ],
  [
    'claim-name-not-stated',
    'a name not stated, and no outlet or organisation to say who claimed',
    (t) => {
      const claim = t.events[1]!.responsibility!.claims[0]!;
      claim.madeIn = null;
      delete claim.outlet;
    },
    "event 'split'",
    'responsibility.claims[0].outlet',
  ],
  [
    'claim-name-not-stated',
    'a name left out that the excerpt states',
    (t) => {
      t.events[1]!.responsibility!.claims[0]!.madeIn = null;
    },
    "event 'split'",
    'responsibility.claims[0].madeIn',
  ],
  [
    'claim-name-not-stated',
    'an organisation the excerpt does not name as claiming',
    (t) => {
      const claim = t.events[1]!.responsibility!.claims[0]!;
      claim.madeIn = null;
      claim.organisation = 'masons';
      claim.source.excerpt = 'a claim was read out in the square';
    },
    "event 'split'",
    'responsibility.claims[0].organisation',
  ],
  [
    'competing-claims-sourced',
    'two competing claims resting on one excerpt',
    (t) => {
      const responsibility = t.events[1]!.responsibility!;
      const first = responsibility.claims[0]!;
      responsibility.claims.push({ ...first, madeIn: 'masons', source: { ...first.source } });
    },
    "event 'split'",
    'responsibility.claims[1].source',
  ],
  [
    'competing-claims-sourced',
    'a settlement that points to no listed claim',
    (t) => {
      t.events[1]!.responsibility!.settled = {
        claim: 3,
        source: { source: 'gazette', excerpt: 'the joiners did it', verbatim: false },
      };
    },
    "event 'split'",
    'responsibility.settled.claim',
  ],
  [
    'attribution-named',
    'an attribution that does not say whose it is',
    (t) => {
      t.events[1]!.responsibility!.attributions = [
        {
          group: 'carpenters',
          by: ' ',
          strength: 'blamed',
          source: { source: 'gazette', excerpt: 'the council blamed the joiners', verbatim: false },
        },
      ];
    },
    "event 'split'",
    'responsibility.attributions[0].by',
  ],
  [
    'dates',
    'a span of a tie’s start that ends before it begins',
    (t) => {
      t.relations[0]!.sinceUntil = { year: 2001 };
    },
    "relation 'carpenters-split'",
    'sinceUntil',
  ],
  [
    'outlet-named',
    'an outlet its source does not name',
    (t) => {
      t.events[1]!.responsibility!.claims[0]!.outlet!.source.excerpt = 'the claim was read out';
    },
    "event 'split'",
    'responsibility.claims[0].outlet.source',
  ],
  [
    'outlet-named',
    'an outlet named like a group',
    (t) => {
      t.outlets![0]!.name = 'Town Council';
    },
    "outlet 'bell'",
    'name',
  ],
  [
    'attribution-named',
    'an attribution its source does not make',
    (t) => {
      t.events[1]!.responsibility!.attributions = [
        {
          group: 'masons',
          by: 'the gazette',
          strength: 'attributed',
          source: { source: 'gazette', excerpt: 'the masons were at home', verbatim: false },
        },
      ];
    },
    "event 'split'",
    'responsibility.attributions[0].group',
  ],
  [
    'unclaimed-sourced',
    'no claims and no source for that',
    (t) => {
      t.events[1]!.responsibility!.claims = [];
    },
    "event 'split'",
    'responsibility.unclaimed',
  ],
  [
    'quote-length',
    'quote too long',
    (t) => {
      t.events[0]!.source.excerpt = 'word '.repeat(31);
    },
    "event 'hall'",
    'source.excerpt',
  ],
  [
    'hedges-kept',
    'hedge dropped from a hedged figure',
    (t) => {
      t.events[0]!.figures[0]!.hedge = null;
    },
    "event 'hall'",
    'figures[0].hedge',
  ],
  [
    'hedges-kept',
    'a hedge the source does not use',
    (t) => {
      t.events[0]!.figures[0]!.hedge = 'about';
    },
    "event 'hall'",
    'figures[0].hedge',
  ],
  [
    'hedges-kept',
    'a figure its excerpt does not give',
    (t) => {
      t.events[0]!.figures[0]!.amount = 45;
    },
    "event 'hall'",
    'figures[0].source.excerpt',
  ],
  [
    'hedges-kept',
    'a range whose high end is not above its low end',
    (t) => {
      t.events[0]!.figures[0]!.upTo = {
        amount: 30,
        hedge: null,
        later: true,
        source: { source: 'gazette', excerpt: 'later 30 workers', verbatim: false },
      };
    },
    "event 'hall'",
    'figures[0].upTo.amount',
  ],
  [
    'hedges-kept',
    'a range’s high end its own source does not give',
    (t) => {
      t.events[0]!.figures[0]!.upTo = {
        amount: 60,
        hedge: null,
        later: true,
        source: { source: 'gazette', excerpt: 'more came later', verbatim: false },
      };
    },
    "event 'hall'",
    'figures[0].upTo.source.excerpt',
  ],
  [
    'dates',
    '“early” put on a day',
    (t) => {
      t.events[1]!.date = { year: 2002, month: 5, day: 2, qualifier: 'early' };
    },
    "event 'split'",
    'date',
  ],
  [
    'origins',
    'article event without the main source',
    (t) => {
      t.events[0]!.source = { source: 'gazette', excerpt: 'x', verbatim: false };
    },
    "event 'hall'",
    'source',
  ],
  [
    'origins',
    'context event citing the main source',
    (t) => {
      t.events[1]!.source = { source: 'chronicle', excerpt: 'the carpenters left the masons', verbatim: true };
    },
    "event 'split'",
    'origin',
  ],
  [
    'origins',
    'a record note citing the main source',
    (t) => {
      t.events[2]!.record[0]!.source.source = 'chronicle';
    },
    "event 'fair'",
    'record[0].source',
  ],
  [
    'arguments-are-the-authors',
    'argument from a reporting source',
    (t) => {
      t.arguments[0]!.source = { source: 'gazette', excerpt: 'x', verbatim: true };
    },
    "argument 'quarrel'",
    'source',
  ],
  [
    'statements-supported',
    'an opinion piece’s claim in the deck’s own voice',
    (t) => {
      const views = slide(t, 2, 0);
      if (views.kind === 'points')
        views.points.push({
          kind: 'statement',
          text: 'The quarrel helps nobody.',
          sources: [{ source: 'chronicle', excerpt: 'the quarrel helps nobody', verbatim: true }],
        });
    },
    "slide 'views'",
    'points[2].text',
  ],
  [
    'statements-supported',
    'a caption stating a figure its sources do not give',
    (t) => {
      const formed = slide(t, 0, 2);
      if (formed.kind === 'diagram')
        formed.caption = {
          text: 'The chronicle says 12 carpenters left.',
          sources: [{ source: 'chronicle', excerpt: 'the carpenters left the masons', verbatim: true }],
        };
    },
    "slide 'formed'",
    'caption.text',
  ],
  [
    'statements-supported',
    'a stress line naming a group its source does not',
    (t) => {
      slide(t, 0, 1).notes.stress = {
        text: 'The masons came first.',
        sources: [{ source: 'gazette', excerpt: 'the hall was built', verbatim: false }],
      };
    },
    "slide 'who'",
    'notes.stress.text',
  ],
  [
    'statements-supported',
    'a stress line with no source',
    (t) => {
      slide(t, 0, 1).notes.stress.sources = [];
    },
    "slide 'who'",
    'notes.stress.sources',
  ],
  [
    'record-lines-supported',
    'a record line stating what its source does not',
    (t) => {
      t.events[2]!.record[0]!.summary = 'The gazette counted 180.';
    },
    "event 'fair'",
    'record[0].summary',
  ],
  // The kinds' own checks have their broken cases beside the kinds (tests/fixtures/kind-cases.ts, run on every
  // kind by tests/unit/kinds/coverage.test.ts); here only what the registry checks of the talk as a whole.
  [
    'slide-kinds',
    'no Sources slide',
    (t) => {
      t.sections[2]!.slides.splice(2, 1);
    },
    'talk',
    'sections',
  ],
  [
    'page-ids-unique',
    'an author id that a generated page takes',
    (t) => {
      t.sources.push(...Array.from({ length: 8 }, (_, n) => ({ ...structuredClone(t.sources[1]!), id: `more-${n}` })));
      slide(t, 2, 1).id = 'sources-2';
    },
    "slide 'sources-2'",
    'id',
  ],
  [
    'reserved-ids',
    'a slide named like a Sources entry',
    (t) => {
      slide(t, 0, 1).id = 'source-2';
    },
    "slide 'source-2'",
    'id',
  ],
  [
    'timings-add-up',
    'timings that miss the talk length',
    (t) => {
      slide(t, 0, 1).seconds = 400;
    },
    'talk',
    'sections[].slides[].seconds',
  ],
  [
    'chronology-complete',
    'missing year slide',
    (t) => {
      t.sections[1]!.slides.splice(1, 1);
    },
    'talk',
    'sections',
  ],
  [
    'chronology-complete',
    'year with nothing dated',
    (t) => {
      t.events[1]!.date = { year: 2001, month: 9 };
    },
    'talk',
    'events',
  ],
  [
    'notes-fit-time',
    'notes too short for their time',
    (t) => {
      slide(t, 0, 1).notes.say = 'Too short.';
    },
    "slide 'who'",
    'notes.say',
  ],
  [
    'notes-fit-time',
    'notes too long for their time',
    (t) => {
      slide(t, 0, 1).notes.say = 'word '.repeat(200);
    },
    "slide 'who'",
    'notes.say',
  ],
  [
    'abbreviations-in-full',
    'an abbreviation the talk does not list',
    (t) => {
      slide(t, 0, 1).notes.say = slide(t, 0, 1).notes.say.replace('This slide', 'This GTS slide');
    },
    "slide 'who'",
    'notes.say',
  ],
  [
    'abbreviations-in-full',
    'an abbreviation not said in full at first use',
    (t) => {
      t.abbreviations = { GTS: 'Guild Trade Society' };
      slide(t, 0, 1).notes.say = slide(t, 0, 1).notes.say.replace('This slide', 'This GTS slide');
    },
    "slide 'who'",
    'notes.say',
  ],
  [
    'numbers-rounded-for-speech',
    'an exact figure read out',
    (t) => {
      slide(t, 0, 1).notes.say = slide(t, 0, 1).notes.say.replace(
        'This slide covers',
        'This slide covers 1,524 people and',
      );
    },
    "slide 'who'",
    'notes.say',
  ],
  [
    'figures-not-repeated',
    'a figure said on three slides',
    (t) => {
      for (const position of [0, 1, 2])
        slide(t, 1, position).notes.say = slide(t, 1, position).notes.say.replace('This slide', 'These 40 workers');
    },
    "slide '2003'",
    'notes.say',
  ],
  [
    'notes-spoken-to-the-room',
    'notes about the deck’s mechanics',
    (t) => {
      slide(t, 0, 1).notes.say = slide(t, 0, 1).notes.say.replace(
        'This slide covers',
        'This slide, drawn from the data, covers',
      );
    },
    "slide 'who'",
    'notes.say',
  ],
  [
    'group-summaries-supported',
    'a group summary stating what its source does not',
    (t) => {
      t.groups[0]!.summary = 'Builders in stone since 1890, rivals of the council.';
    },
    "group 'masons'",
    'summary',
  ],
  [
    'control-characters',
    'a null byte in a name',
    (t) => {
      t.groups[0]!.name = 'Mas\u0000ons';
    },
    "group 'masons'",
    'name',
  ],
  [
    'control-characters',
    'a form feed in a short title',
    (t) => {
      t.events[0]!.shortTitle = 'Hall\u000c';
    },
    "event 'hall'",
    'shortTitle',
  ],
  [
    'address-characters',
    'a right-to-left override inside an address',
    (t) => {
      t.sources[0]!.url = 'https://example.org/news/\u202Egpj.exe';
    },
    "source 'chronicle'",
    'url',
  ],
  [
    'known-language',
    'a language the engine has no words for',
    (t) => {
      t.lang = 'de';
    },
    'talk',
    'lang',
  ],
  [
    'word-overrides',
    'an empty interface word',
    (t) => {
      t.words = { ...t.words, badges: { article: { label: ' ', title: 'From the chronicle' } } };
    },
    'talk',
    'words.badges.article.label',
  ],
];

describe('content rules', () => {
  it('accept a sound talk', () => {
    expect(validateTalk(guildsTalk)).toEqual([]);
  });

  it('each have a broken fixture here', () => {
    const tested = new Set(BROKEN.map(([rule]) => rule));
    expect(RULES.map((rule) => rule.name).filter((name) => !tested.has(name))).toEqual([]);
    expect(new Set(RULES.map((rule) => rule.name)).size, 'rule names are unique').toBe(RULES.length);
  });

  it.each(BROKEN)('%s: rejects %s, naming the item and the field', (ruleName, _name, change, item, field) => {
    const rule = RULES.find((candidate) => candidate.name === ruleName);
    expect(rule, `rule '${ruleName}' exists`).toBeDefined();
    // The one rule alone finds it: each rule is tested on its own, and its message starts with its name.
    expect(validateTalk(mutate(guildsTalk, change), rule ? [rule] : [])).toContainEqual(
      expect.objectContaining({ item, field, message: expect.stringMatching(new RegExp(`^${ruleName}: `)) }),
    );
  });

  it('refuse an unknown language once, with the languages there are, and nothing else', () => {
    const problems = validateTalk({ ...veraneTalk, lang: 'de-AT' });
    // The French talk has two cuts, each checked: the one problem names both.
    expect(problems).toEqual([
      {
        item: 'talk (cuts 5, 8: every cut)',
        field: 'lang',
        message: expect.stringMatching(/^known-language: .*'de-AT'.*'en', 'fr'.*Fix: /),
      },
    ]);
  });

  it('name the control character, where it is and the fix', () => {
    const [problem] = validateTalk(
      mutate(guildsTalk, (t) => {
        t.title = 'Guilds\u0007';
      }),
      RULES.filter((rule) => rule.name === 'control-characters'),
    );
    expect(problem?.message).toMatch(/^control-characters: .*U\+0007 at character 7.*Fix: /);
  });

  it('read claims in the talk’s language: a French excerpt that names the claimant is a stated name', () => {
    const french = mutate(guildsTalk, (t) => {
      t.lang = 'fr';
      const claim = t.events[1]!.responsibility!.claims[0]!;
      claim.madeIn = null;
      claim.source.excerpt = 'les joiners ont revendiqué leur propre guilde';
    });
    const rule = RULES.filter((candidate) => candidate.name === 'claim-name-not-stated');
    expect(validateTalk(french, rule)).toContainEqual(
      expect.objectContaining({
        field: 'responsibility.claims[0].madeIn',
        message: expect.stringMatching(/^claim-name-not-stated: /),
      }),
    );
    const unstated = mutate(french, (t) => {
      t.events[1]!.responsibility!.claims[0]!.source.excerpt = 'une revendication a été lue sur la place';
    });
    expect(validateTalk(unstated, rule)).toEqual([]);
  });

  it('throw one error that lists every problem', () => {
    const broken = mutate(guildsTalk, (t) => {
      t.events[0]!.source.source = 'nowhere';
      t.relations[0]!.to = 'bakers';
    });
    expect(() => assertValidTalk(broken)).toThrow(ContentRuleError);
    expect(() => assertValidTalk(broken)).toThrow(
      /event 'hall', field source\.source[\s\S]*relation 'carpenters-split', field to/,
    );
  });
});
