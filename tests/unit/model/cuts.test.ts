import { describe, expect, it } from 'vitest';
import { leftOutPages } from '../../../src/deck/left-out.ts';
import { spokenPages } from '../../../src/deck/specs.ts';
import { applyCut, inCut, presentedTalk, shownOnStage, UnknownCutError } from '../../../src/model/cuts.ts';
import { allSlides } from '../../../src/model/talk-index.ts';
import type { Talk } from '../../../src/model/types.ts';
import { cutGuildsTalk } from '../../fixtures/cut-talk.ts';
import { deckOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

const slideIds = (talk: Talk): string[] => allSlides(talk).map((slide) => slide.id);
const totalSeconds = (talk: Talk): number =>
  spokenPages(talk, allSlides(talk)).reduce((sum, page) => sum + page.seconds, 0);

/** Freezes a value all the way down, so a function that changed it would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

describe('applyCut', () => {
  const short = applyCut(cutGuildsTalk, '3');
  const full = applyCut(cutGuildsTalk, '5');

  it('keeps the slides of the cut, in order, and leaves the others out', () => {
    expect(slideIds(full)).toEqual(slideIds(guildsTalk));
    expect(slideIds(short)).toEqual(['title', '2001', '2002', '2003', 'views', 'record', 'sources', 'closing']);
  });

  it('gives a page the cut’s seconds and notes, field by field over its own', () => {
    const views = allSlides(short).find((slide) => slide.id === 'views')!;
    const original = allSlides(cutGuildsTalk).find((slide) => slide.id === 'views')!;
    expect(views.seconds).toBe(30);
    expect(views.notes.say).not.toBe(original.notes.say);
    expect(views.notes.transition).toBe('To the record.');
    expect(views.notes.stress).toBe(original.notes.stress);
    expect(allSlides(full).find((slide) => slide.id === 'views')!.seconds).toBe(original.seconds);
  });

  it('takes the cut’s length and says which cut it presents', () => {
    expect(short.durationMinutes).toBe(3);
    expect(short.presenting).toEqual({ id: '3', minutes: 3 });
    expect(totalSeconds(short)).toBeGreaterThan(3 * 60 * 0.95);
    expect(totalSeconds(short)).toBeLessThan(3 * 60 * 1.05);
  });

  it('keeps every event, and shows as cards only the cut’s', () => {
    expect(short.events).toBe(cutGuildsTalk.events);
    const closed = short.events.find((event) => event.id === 'fair-closed')!;
    expect(shownOnStage(closed, short)).toBe(false);
    expect(shownOnStage(closed, full)).toBe(true);
    // The talk as written shows everything.
    expect(shownOnStage(closed, cutGuildsTalk)).toBe(true);
  });

  it('leaves out whole sections and further pages that name other cuts', () => {
    const talk = mutate(cutGuildsTalk, (t) => {
      t.sections[0]!.cuts = ['5'];
      const year = allSlides(t as Talk).find(
        (slide) => slide.id === '2002',
      ) as (typeof t.sections)[number]['slides'][number];
      if (year.kind !== 'year') throw new Error('the fixture has a 2002 slide');
      year.continued = [
        { notes: structuredClone(year.notes), seconds: 10, cuts: ['5'] },
        { notes: structuredClone(year.notes), seconds: 10, perCut: { '3': { seconds: 4 } } },
      ];
    });
    const cut = applyCut(talk, '3');
    expect(cut.sections.map((section) => section.id)).toEqual(['years', 'end']);
    const year = allSlides(cut).find((slide) => slide.id === '2002');
    expect(year?.kind === 'year' && year.continued?.map((page) => page.seconds)).toEqual([4]);
  });

  it('changes nothing of the talk it is given', () => {
    const frozen = deepFreeze(mutate(cutGuildsTalk, () => undefined));
    expect(() => applyCut(frozen, '3')).not.toThrow();
    expect(slideIds(frozen)).toEqual(slideIds(guildsTalk));
  });

  it('refuses a cut the talk does not declare, naming the ones it does', () => {
    expect(() => applyCut(cutGuildsTalk, '40')).toThrow(UnknownCutError);
    expect(() => applyCut(cutGuildsTalk, '40')).toThrow(/no cut '40': use one of '3' \(3 min\), '5' \(5 min\)/);
    expect(() => applyCut(guildsTalk, '10')).toThrow(/declares no cuts/);
  });
});

describe('the talk a build presents', () => {
  it('is the default cut when none is asked for, the talk as written when it has no cuts', () => {
    expect(presentedTalk(cutGuildsTalk, undefined).presenting?.id).toBe('5');
    expect(presentedTalk(cutGuildsTalk, '3').presenting?.id).toBe('3');
    expect(presentedTalk(guildsTalk, undefined)).toBe(guildsTalk);
  });

  it('counts an item without cuts in every cut', () => {
    expect(inCut({}, '3')).toBe(true);
    expect(inCut({ cuts: ['5'] }, '3')).toBe(false);
    expect(inCut({ cuts: ['5'] }, undefined)).toBe(true);
  });
});

describe('a cut’s deck', () => {
  const short = deckOf(applyCut(cutGuildsTalk, '3'));
  const full = deckOf(applyCut(cutGuildsTalk, '5'));
  const year = (slides: typeof short) => slides.find((slide) => slide.id === '2003')!.html;

  it('shows the cut’s events as cards and steps, and every event in the year strip', () => {
    const cards = (html: string) => [...html.matchAll(/event-card [^"]*" data-event="([^"]+)"/g)].map((m) => m[1]);
    expect(cards(year(full))).toEqual(['fair', 'fair-closed']);
    expect(cards(year(short))).toEqual(['fair']);
    // The strip's mark of the event left out stays, with no step of its own.
    expect(year(short)).toMatch(/<g class="strip-event strip-now" data-event="fair-closed">/);
    expect(year(full)).toMatch(/<g class="strip-event strip-now fragment strip-step" data-event="fair-closed"/);
  });

  it('says on the title slide which cut it is', () => {
    const title = (slides: typeof short) => slides.find((slide) => slide.id === 'title')!.html;
    expect(title(short)).toContain('<p class="talk-cut" data-cut="3">3-minute version</p>');
    expect(title(full)).toContain('5-minute version');
    expect(title(deckOf(guildsTalk))).not.toContain('talk-cut');
  });
});

describe('where a link to a slide the cut leaves out lands', () => {
  it('on the nearest slide of the cut before it, or the first after it when none comes before', () => {
    const landing = leftOutPages(cutGuildsTalk, applyCut(cutGuildsTalk, '3'));
    expect(Object.fromEntries(landing)).toEqual({ who: 'title', formed: 'title', net: '2003', 'fair-toll': '2003' });
    const noTitle = mutate(cutGuildsTalk, (t) => {
      t.sections[0]!.slides[0]!.cuts = ['5'];
    });
    expect(leftOutPages(noTitle, applyCut(noTitle, '3')).get('title')).toBe('2001');
  });

  it('is nowhere for the talk as written', () => {
    expect(leftOutPages(guildsTalk, guildsTalk).size).toBe(0);
  });
});
