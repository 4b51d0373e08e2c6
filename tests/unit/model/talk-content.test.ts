import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { talk } from '../../../slides/index.ts';
import { hedgedAmounts, validateTalk, wordCount } from '../../../src/model/validate.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';

/** The article the talk is built on, beside the project in CI (../shared/seed). */
const ARTICLE_TEXT = readFileSync(new URL('../../../../shared/seed/source-article.txt', import.meta.url), 'utf8');

const event = (id: string): TimelineEvent => {
  const found = talk.events.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`The talk has no event '${id}'`);
  return found;
};

describe('the talk’s content', () => {
  it('passes every content rule', () => {
    expect(validateTalk(talk)).toEqual([]);
  });

  it('quotes the article only in short, exact excerpts', () => {
    const statements = talk.sections.flatMap((section) => section.slides).flatMap((slide) => (slide.kind === 'points' ? slide.points : [])).flatMap((point) => (point.kind === 'statement' ? [point.source] : []));
    const verbatim = [
      ...talk.events.flatMap((item) => [item.source, ...item.figures.map((figure) => figure.source), ...(item.attribution ? [item.attribution.source] : [])]),
      ...talk.arguments.map((argument) => argument.source),
      ...talk.groups.map((group) => group.source),
      ...talk.relations.map((relation) => relation.source),
      ...statements,
    ].filter((citation) => citation.verbatim && citation.source === talk.mainSource);
    expect(verbatim.length).toBeGreaterThan(10);
    for (const citation of verbatim) {
      expect(ARTICLE_TEXT, `excerpt not in the article: "${citation.excerpt}"`).toContain(citation.excerpt);
      expect(wordCount(citation.excerpt)).toBeLessThanOrEqual(30);
    }
  });

  it('cites a source for every event, and marks context events with their own', () => {
    for (const item of talk.events) {
      expect(talk.sources.map((source) => source.id)).toContain(item.source.source);
      if (item.origin === 'context') expect(item.source.source).not.toBe(talk.mainSource);
      else expect(item.source.source).toBe(talk.mainSource);
    }
    expect(talk.events.filter((item) => item.origin === 'context').length).toBeGreaterThanOrEqual(7);
  });

  it('keeps the article’s hedges on its figures', () => {
    const articleFigures = talk.events.flatMap((item) => item.figures).filter((figure) => figure.source.source === talk.mainSource);
    for (const figure of articleFigures) {
      if (hedgedAmounts(figure.source.excerpt).includes(figure.amount)) expect(figure.hedge, `${figure.amount} ${figure.label}`).not.toBeNull();
    }
    expect(event('bajaur-2023').figures).toContainEqual(expect.objectContaining({ amount: 54, hedge: 'around' }));
    expect(event('iskp-peak-2016').figures).toContainEqual(expect.objectContaining({ amount: 3000, hedge: 'some' }));
    expect(event('toll-2023').figures).toContainEqual(expect.objectContaining({ amount: 1000, hedge: 'around', role: 'total' }));
  });

  it('keeps the Islamic State core, ISKP and the Pakistan Province apart', () => {
    expect(event('sri-lanka-easter-2019').attribution?.claimedBy).toBe('is-core');
    expect(event('dhaka-2016').attribution?.claimedBy).toBe('is-core');
    expect(event('bajaur-2023').attribution).toMatchObject({ claimedBy: 'is-core', attributedTo: { group: 'iskp' } });
    expect(event('coimbatore-2022').attribution?.claimedBy).toBe('iskp');
    expect(event('pakistan-province-declared').actors).toContain('is-core');
    // The article names no perpetrator for the 23 soldiers; the record credits Tehreek-e-Jihad Pakistan, never ISKP.
    expect(event('daraban-2023').attribution?.claimedBy).toBe('tjp');
    const iskpClaims = talk.events.filter((item) => item.attribution?.claimedBy === 'iskp');
    for (const item of iskpClaims) expect(['Sri Lanka', 'Bangladesh']).not.toContain(item.place?.country);
  });

  it('says where the record differs from the article', () => {
    const differing = talk.events.filter((item) => item.record.some((note) => note.differs)).map((item) => item.id);
    expect(differing).toEqual(expect.arrayContaining(['deportation-order-2023', 'attacks-up-93-percent', 'toll-2023', 'bajaur-2023', 'daraban-2023']));
    const notes = talk.events.flatMap((item) => item.record).map((note) => note.detail).join(' ');
    for (const figure of ['541,210', '1.73 million', '92', '81', 'TTP', 'BLA', 'JUI-F', 'Tehreek-e-Jihad Pakistan']) expect(notes).toContain(figure);
  });

  it('shows the author’s opinions as the author’s, from the opinion piece', () => {
    const main = talk.sources.find((source) => source.id === talk.mainSource);
    expect(main?.kind).toBe('opinion');
    for (const argument of talk.arguments) expect(argument.source).toMatchObject({ source: talk.mainSource, verbatim: true });
    const excerpts = talk.arguments.map((argument) => argument.source.excerpt).join(' ');
    for (const opinion of ['rigging elections', 'choosing which terrorists to support', 'not its strong suit']) expect(excerpts).toContain(opinion);
    // No opinion is stated as an event.
    const eventText = talk.events.map((item) => `${item.title} ${item.source.excerpt}`).join(' ');
    for (const opinion of ['rigging elections', 'not its strong suit']) expect(eventText).not.toContain(opinion);
  });

  it('has the narrative’s sections, about 20 minutes long, with notes for the speaker', () => {
    const titles = talk.sections.map((section) => section.title);
    expect(titles[0]).toBe('The January 2024 warning');
    expect(titles).toEqual(expect.arrayContaining(['Who is who', 'Formation, 2014–2015', 'Why Pakistan', 'The author’s conclusion', 'What the record adds', 'Sources'].map((title) => expect.stringMatching(new RegExp(title.replace(/[’']/g, "['’]"))))));
    const slides = talk.sections.flatMap((section) => section.slides);
    const seconds = slides.reduce((sum, slide) => sum + slide.seconds, 0);
    expect(seconds).toBeGreaterThanOrEqual(1140);
    expect(seconds).toBeLessThanOrEqual(1260);
    expect(slides.filter((slide) => slide.kind === 'diagram').map((slide) => (slide.kind === 'diagram' ? slide.diagram.kind : ''))).toEqual(
      expect.arrayContaining(['formation', 'network', 'rivalries', 'timeline', 'toll', 'reach']),
    );
  });
});
