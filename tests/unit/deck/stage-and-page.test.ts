import { describe, expect, it } from 'vitest';
import { talk as mainTalk } from '../../../slides/index.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import type { Talk, TimelineEvent } from '../../../src/model/types.ts';
import { talk as veraneTalk } from '../../../talks/verane/index.ts';
import { deckOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';

/**
 * Stage and page from one source: what leaves the projected slide (claim chains, record
 * lines, caveats, badges, citation markers) is in the slide's notes, which the speaker
 * view and the handout print. For every event of every talk, on every slide that shows it.
 */

/** Text without markup, entities decoded as the reader sees them. */
function plain(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** A step's own notes, inside the element that comes on with it (a year's card). */
const STEP_NOTES = /<aside class="notes step-notes">[\s\S]*?<\/aside>/g;

/** The slide's stage (its steps' own notes taken out, as they are never shown there) and its notes. */
function split(slideHtml: string): { stage: string; notes: string } {
  const [stage = '', rest = ''] = slideHtml.split('<aside class="notes">');
  return { stage: stage.replace(STEP_NOTES, ''), notes: rest };
}

/** The step notes of the card that shows event `id`, or '' when it has none. */
function stepNotesOf(slideHtml: string, id: string): string {
  // From the card's own tag to its aside, never past the card's end.
  const card = new RegExp(
    `class="fragment event-card[^"]*" data-event="${id}"[^>]*>(?:(?!</li>)[\\s\\S])*?(<aside class="notes step-notes">[\\s\\S]*?</aside>)`,
  );
  const stage = slideHtml.split('<aside class="notes">')[0] ?? '';
  return card.exec(stage)?.[1] ?? '';
}

/** Everything about an event the page must carry, as the reader sees it. */
function whatThePageOwes(talk: Talk, event: TimelineEvent): { texts: string[]; markers: number[] } {
  const index = indexTalk(talk);
  const { formats } = index;
  const texts = [event.title, formats.span(event.date, event.until)];
  for (const figure of event.figures) texts.push(`${formats.figure(figure)} ${figure.label}`);
  for (const claim of event.responsibility?.claims ?? []) {
    const naming = index.namingOf(event, claim);
    // A claim whose name the source does not state shows who made it, where the source says.
    if (claim.madeIn !== null) texts.push(naming ? naming.nameInClaims : index.group(claim.madeIn).name);
    else if (claim.organisation) texts.push(index.group(claim.organisation).name);
    if (claim.outlet) texts.push(index.outlet(claim.outlet.outlet).shortName);
  }
  for (const attribution of event.responsibility?.attributions ?? []) texts.push(index.group(attribution.group).name);
  for (const note of event.record) texts.push(note.detail);
  const sources = [
    event.source,
    ...event.figures.map((figure) => figure.source),
    ...(event.responsibility?.claims ?? []).flatMap((claim) => [
      claim.source,
      ...(claim.outlet ? [claim.outlet.source] : []),
    ]),
    ...(event.responsibility?.attributions ?? []).map((attribution) => attribution.source),
    ...(event.responsibility?.unclaimed ? [event.responsibility.unclaimed] : []),
    ...event.record.map((note) => note.source),
  ];
  return { texts, markers: [...new Set(sources.map((citation) => index.sourceNumber(citation.source)))] };
}

describe.each([
  ['the main talk', mainTalk],
  ['the second talk', veraneTalk],
  ['the fixture talk', guildsTalk],
])('stage and page of %s', (_name, talk) => {
  const slides = deckOf(talk);

  it.each(talk.events.map((event) => [event.id, event] as const))(
    'event %s: every slide that shows it on stage carries all of it in its notes',
    (id, event) => {
      // A card or line that shows the event (the time strip marks every event, so it does not count).
      const card = new RegExp(`class="[^"]*event-card[^"]*" data-event="${id}"`);
      const showing = slides.filter((slide) => card.test(split(slide.html).stage));
      const yearSlides = showing.filter((slide) => slide.html.includes('slide--year'));
      expect(yearSlides.length, `event '${id}' is on no year slide`).toBeGreaterThan(0);
      const owed = whatThePageOwes(talk, event);
      for (const slide of showing) {
        const notes = split(slide.html).notes;
        const said = plain(notes);
        for (const text of owed.texts) expect(said, `slide '${slide.id}', event '${id}'`).toContain(plain(text));
        for (const number of owed.markers)
          expect(notes, `slide '${slide.id}', event '${id}': marker [${number}]`).toContain(`data-source="${number}"`);
      }
    },
  );

  it.each(talk.events.map((event) => [event.id, event] as const))(
    'event %s: its card on a year slide carries it in full as that step’s own notes, for the speaker view',
    (id, event) => {
      const card = new RegExp(`class="fragment event-card[^"]*" data-event="${id}"`);
      const owed = whatThePageOwes(talk, event);
      for (const slide of slides.filter((each) => card.test(each.html))) {
        const step = stepNotesOf(slide.html, id);
        expect(step, `slide '${slide.id}', event '${id}': the card has no notes of its own`).not.toBe('');
        for (const text of owed.texts) expect(plain(step), `slide '${slide.id}', event '${id}'`).toContain(plain(text));
        for (const number of owed.markers) expect(step, `marker [${number}]`).toContain(`data-source="${number}"`);
      }
    },
  );

  it('leaves no citation marker, badge, claim chain or record line on stage', () => {
    for (const slide of slides) {
      const { stage } = split(slide.html);
      expect(stage, slide.id).not.toContain('class="cite"');
      expect(stage, slide.id).not.toMatch(/class="badge/);
      expect(stage, slide.id).not.toContain('class="attribution"');
      expect(stage, slide.id).not.toContain('class="event-record"');
    }
  });
});
