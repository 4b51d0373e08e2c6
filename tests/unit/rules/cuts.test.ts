import { describe, expect, it } from 'vitest';
import { talk as mainTalk } from '../../../slides/index.ts';
import type { Talk } from '../../../src/model/types.ts';
import { RULES, validateTalk } from '../../../src/rules/index.ts';
import { cutGuildsTalk } from '../../fixtures/cut-talk.ts';
import { type Mutable, mutate } from '../../fixtures/mutate.ts';

type Draft = Mutable<Talk>;
type Slide = Draft['sections'][number]['slides'][number];

const slideOf = (t: Draft, id: string): Slide => {
  const found = t.sections.flatMap((section) => section.slides).find((slide) => slide.id === id);
  if (found === undefined) throw new Error(`the fixture has a slide '${id}'`);
  return found;
};

/** The problems one rule finds in a changed copy of the fixture talk with cuts. */
function problems(ruleName: string, change: (draft: Draft) => void) {
  const rule = RULES.find((candidate) => candidate.name === ruleName);
  if (rule === undefined) throw new Error(`no rule '${ruleName}'`);
  return validateTalk(mutate(cutGuildsTalk, change), [rule]);
}

describe('rules on a talk with cuts', () => {
  it('accept the fixture in both its cuts, and the real talk in each of its cuts', () => {
    expect(validateTalk(cutGuildsTalk)).toEqual([]);
    expect(mainTalk.cuts?.all.map((cut) => cut.id)).toEqual(['10', '20', '40']);
    expect(validateTalk(mainTalk)).toEqual([]);
  });

  it('check the timings against each cut’s own length, and name the cut', () => {
    const found = problems('timings-add-up', (t) => {
      slideOf(t, 'views').perCut = { '3': { seconds: 90 } };
    });
    expect(found).toEqual([
      {
        item: 'talk (cut 3)',
        field: 'sections[].slides[].seconds',
        message: expect.stringMatching(/^timings-add-up: slide timings add up to 245 s; the talk lasts 180 s/),
      },
    ]);
  });

  it('hold the speaking rate in every cut: a short time for the full notes is refused in that cut alone', () => {
    const found = problems('notes-fit-time', (t) => {
      const views = slideOf(t, 'views');
      views.perCut = { '3': { seconds: 30 } };
    });
    expect(found).toEqual([
      expect.objectContaining({
        item: "slide 'views' (cut 3)",
        field: 'notes.say',
        message: expect.stringMatching(/^notes-fit-time: \d+ spoken words in 30 s/),
      }),
    ]);
  });

  it('keep every year’s slide in every cut', () => {
    const found = problems('chronology-complete', (t) => {
      slideOf(t, '2002').cuts = ['5'];
    });
    expect(found).toContainEqual(
      expect.objectContaining({
        item: 'talk (cut 3)',
        field: 'sections',
        message: expect.stringMatching(/no year slide for 2002/),
      }),
    );
  });

  it('keep something dated, shown on stage, in every year of every cut', () => {
    const found = problems('chronology-complete', (t) => {
      t.events.find((event) => event.id === 'split')!.cuts = ['5'];
    });
    expect(found).toEqual([
      expect.objectContaining({
        item: 'talk (cut 3)',
        field: 'events',
        message: expect.stringMatching(/nothing shown is dated in 2002; .*show one of its events in this cut/),
      }),
    ]);
  });

  it('refuse a cut that leaves out the Sources, where its markers point', () => {
    const found = problems('slide-kinds', (t) => {
      slideOf(t, 'sources').cuts = ['5'];
    });
    expect(found).toEqual([
      expect.objectContaining({
        item: 'talk (cut 3)',
        field: 'sections',
        message: expect.stringMatching(/0 Sources slides/),
      }),
    ]);
  });

  it('refuse a cut whose notes cite a source the Sources do not list', () => {
    const found = problems('citations', (t) => {
      const views = slideOf(t, 'views');
      views.perCut = {
        '3': {
          notes: {
            stress: {
              text: 'A line.',
              sources: [{ source: 'unlisted-pamphlet', excerpt: 'A line.', verbatim: false }],
            },
          },
        },
      };
    });
    expect(found).toEqual([
      expect.objectContaining({
        item: "slide 'views' (cut 3)",
        field: 'notes.stress.sources[0].source',
        message: expect.stringMatching(/cites 'unlisted-pamphlet'/),
      }),
    ]);
  });

  it('hold the stage rules in every cut', () => {
    const found = problems('stage-words', (t) => {
      slideOf(t, 'views').perCut = { '5': { seconds: 40 } };
      const views = slideOf(t, 'views');
      if (views.kind !== 'points') throw new Error('views is a points slide');
      views.cuts = ['3'];
      views.points.push({
        kind: 'statement',
        text: Array.from({ length: 45 }, (_, n) => `word${n}`).join(' '),
        sources: [{ source: 'chronicle', excerpt: 'word', verbatim: false }],
      });
    });
    expect(found).toEqual([expect.objectContaining({ item: "slide 'views' (cut 3)", field: 'points[2].stage' })]);
  });

  it('give a year the further pages its events need in each cut, and say how to leave one out of a cut', () => {
    const found = problems('slide-kinds', (t) => {
      const fair = t.events.find((event) => event.id === 'fair')!;
      for (const month of [2, 3, 4, 5, 6])
        t.events.push({ ...structuredClone(fair), id: `fair-${month}`, date: { year: 2003, month }, cuts: ['5'] });
    });
    expect(found).toEqual([
      expect.objectContaining({
        item: "slide '2003' (cut 5)",
        field: 'continued',
        message: expect.stringMatching(/2003 has 7 events in this cut, .*with `cuts`/),
      }),
    ]);
  });

  it('name every cut a problem is found in', () => {
    const found = problems('timings-add-up', (t) => {
      slideOf(t, 'title').seconds = 200;
    });
    expect(found.map((problem) => problem.item)).toEqual(['talk (cut 3)', 'talk (cut 5)']);
    const both = problems('notes-fit-time', (t) => {
      slideOf(t, 'title').seconds = 5;
    });
    expect(both.map((problem) => problem.item)).toEqual(["slide 'title' (cuts 3, 5: every cut)"]);
  });
});

describe('cuts-declared', () => {
  const declared = (change: (draft: Draft) => void) => problems('cuts-declared', change);

  it('refuses an item that names a cut the talk does not declare, with the cuts it does', () => {
    expect(
      declared((t) => {
        slideOf(t, 'who').cuts = ['10'];
      }),
    ).toEqual([
      {
        item: "slide 'who'",
        field: 'cuts',
        message: "cuts-declared: names cut '10', which the talk does not declare; use one of '3', '5'",
      },
    ]);
    expect(
      declared((t) => {
        t.events[0]!.cuts = [];
      }),
    ).toEqual([
      expect.objectContaining({ item: "event 'hall'", field: 'cuts', message: expect.stringMatching(/is empty/) }),
    ]);
  });

  it('refuses timings for an unknown cut, on a slide or a further page', () => {
    const found = declared((t) => {
      const year = slideOf(t, '2002');
      if (year.kind !== 'year') throw new Error('2002 is a year slide');
      year.continued = [{ notes: structuredClone(year.notes), seconds: 10, perCut: { '7': { seconds: 3 } } }];
    });
    expect(found).toEqual([expect.objectContaining({ item: "slide '2002'", field: 'continued[0].perCut' })]);
  });

  it('refuses a default cut that is not the talk’s length, or not a cut', () => {
    expect(
      declared((t) => {
        t.durationMinutes = 4;
      }),
    ).toEqual([
      expect.objectContaining({
        item: 'talk',
        field: 'durationMinutes',
        message: expect.stringMatching(/default cut '5' lasts 5 minutes/),
      }),
    ]);
    expect(
      declared((t) => {
        t.cuts!.default = '8';
      }),
    ).toEqual([expect.objectContaining({ item: 'talk', field: 'cuts.default' })]);
  });

  it('refuses a cut id that cannot name an output, a repeated id and a length that is no length', () => {
    const found = declared((t) => {
      t.cuts!.all.push({ id: '../3', minutes: 0 }, { id: '3', minutes: 3 });
    });
    expect(found.map((problem) => problem.field)).toEqual(['cuts.all[2].id', 'cuts.all[2].minutes', 'cuts.all[3].id']);
  });

  it('refuses cuts on a talk that declares none', () => {
    const found = validateTalk(
      mutate(cutGuildsTalk, (t) => {
        delete t.cuts;
      }),
      RULES.filter((rule) => rule.name === 'cuts-declared'),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        item: "slide 'who'",
        message: expect.stringMatching(/declare the talk's `cuts` first/),
      }),
    );
  });
});

describe('cut-notes-shorten', () => {
  it('refuses a shorter cut’s say that adds a word to the full one', () => {
    const found = problems('cut-notes-shorten', (t) => {
      const views = slideOf(t, 'views');
      views.perCut = { '3': { notes: { say: `${views.notes.say.split(' ').slice(0, 20).join(' ')} reportedly.` } } };
    });
    expect(found).toEqual([
      {
        item: "slide 'views'",
        field: "perCut['3'].notes.say",
        message: expect.stringMatching(/^cut-notes-shorten: says 'reportedly', which the full notes do not say/),
      },
    ]);
  });

  it('refuses words put in another order, and accepts a say folded from a slide’s further pages', () => {
    const reordered = problems('cut-notes-shorten', (t) => {
      const views = slideOf(t, 'views');
      const words = views.notes.say.split(' ');
      views.perCut = { '3': { notes: { say: `${words.at(-1)} ${words[0]}` } } };
    });
    expect(reordered).toHaveLength(1);
    const folded = problems('cut-notes-shorten', (t) => {
      const year = slideOf(t, '2002');
      if (year.kind !== 'year') throw new Error('2002 is a year slide');
      const further = { ...structuredClone(year.notes), say: 'The split widened.' };
      year.continued = [{ notes: further, seconds: 5 }];
      year.perCut = { '3': { notes: { say: `${year.notes.say} ${further.say}` } } };
    });
    expect(folded).toEqual([]);
  });

  it('lets a longer cut say more', () => {
    const found = problems('cut-notes-shorten', (t) => {
      slideOf(t, 'views').perCut = { '5': { notes: { say: 'Something new.' } } };
    });
    expect(found).toEqual([]);
  });
});
