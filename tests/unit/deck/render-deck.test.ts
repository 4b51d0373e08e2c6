import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../../src/deck/html.ts';
import { deckMarkup } from '../../../src/deck/render-deck.ts';
import { deckOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

describe('deck rendering of the fixture talk', () => {
  const slides = deckOf(guildsTalk);
  // Data text is isolated for direction in <bdi> (tested in rtl.spec.ts); the markup is compared without it here.
  const byId = (id: string) => slides.find((slide) => slide.id === id)!.html.replace(/<\/?bdi>/g, '');

  it('keeps the talk order, one section per slide', () => {
    expect(slides.map((slide) => slide.id)).toEqual([
      'title',
      'who',
      'formed',
      '2001',
      '2002',
      '2003',
      'net',
      'fair-toll',
      'views',
      'record',
      'sources',
      'sources-2',
      'closing',
    ]);
    expect(slides.every((slide) => slide.html.startsWith(`<section id="${slide.id}"`))).toBe(true);
  });

  it('says what an outlet is where it is first named, in the first event claimed through it, and only there', () => {
    expect(byId('2002')).toContain('through Crier (the council’s crier)');
    const later = mutate(guildsTalk, (talk) => {
      const split = talk.events.find((event) => event.id === 'split')!;
      const fair = talk.events.find((event) => event.id === 'fair')!;
      if (split.responsibility) fair.responsibility = structuredClone(split.responsibility);
    });
    const html2003 = deckOf(later)
      .find((slide) => slide.id === '2003')!
      .html.replace(/<\/?bdi>/g, '');
    expect(html2003).toContain('through Crier');
    expect(html2003).not.toContain('(the council’s crier)');
  });

  it('gives every slide notes and its timing', () => {
    for (const slide of slides) {
      expect(slide.html).toContain('<aside class="notes">');
      expect(slide.html).toMatch(/data-timing="\d+"/);
    }
  });

  it('puts each section heading on its first slide after the title', () => {
    expect(byId('title')).not.toContain('class="section-title"');
    expect(byId('who')).toContain('<h1 class="section-title">Beginnings</h1>');
    expect(byId('2001')).toContain('<h1 class="section-title">The years</h1>');
    expect(byId('2002')).not.toContain('class="section-title"');
  });

  it('gives a slide whose title is its section’s one heading, not two', () => {
    const same = deckOf(
      mutate(guildsTalk, (t) => {
        t.sections[0]!.title = 'Who is who';
      }),
    );
    const who = same.find((slide) => slide.id === 'who')!.html.replace(/<\/?bdi>/g, '');
    expect(who).toContain('<h1 class="section-title section-title--slide">Who is who</h1>');
    expect(who).not.toContain('<h2>Who is who</h2>');
  });

  it('shows year events as steps, with the axis marking the year', () => {
    expect(byId('2001')).toContain('class="fragment event-card event--article"');
    expect(byId('2002')).toMatch(/<a href="#\/2002" aria-current="step">2002<\/a>/);
    expect(byId('2002')).toContain('The chronicle names no event in 2002.');
    // The badge left the stage for the notes, where the handout prints it.
    expect(byId('2002').split('<aside class="notes">')[1]).toContain('badge--context');
  });

  it('keeps hedges and cites sources with numbered links', () => {
    expect(byId('2001')).toContain('some 40 workers');
    expect(byId('2001')).toMatch(/<a class="cite" href="#\/sources-2" data-source="1"/);
    // A marker links to the page of the list that holds its entry.
    const many = deckOf(
      mutate(guildsTalk, (t) => {
        for (let index = 0; index < 12; index += 1) t.sources.push({ ...t.sources[1]!, id: `extra-${index}` });
        t.events[1]!.source.source = 'extra-5';
      }),
    );
    expect(many.find((slide) => slide.id === '2002')!.html).toMatch(/href="#\/sources-3" data-source="8"/);
    expect(many.map((slide) => slide.id)).toContain('sources-3');
    // The record's detail is in the notes, with its own marker; the stage card says there is more.
    expect(byId('2003')).toContain('more in the handout');
    expect(byId('2003').split('<aside class="notes">')[1]).toContain('The record differs');
  });

  it('shows an argument as the author’s, never as fact', () => {
    expect(byId('views')).toContain(
      'Author’s view</span> The author argues that the quarrel helps neither guild: <q>the quarrel helps nobody</q>',
    );
  });

  it('reads an argument as one sentence, whatever punctuation the paraphrase ends with', () => {
    const dotted = deckOf(
      mutate(guildsTalk, (t) => {
        t.arguments[0]!.paraphrase = 'that the quarrel helps neither guild.';
      }),
    );
    expect(dotted.find((slide) => slide.id === 'views')!.html.replace(/<\/?bdi>/g, '')).toContain('neither guild: <q>');
  });

  it('lists every source, numbered as the markers, as the citation processor formats it, with what is uncertain', () => {
    expect(byId('sources-2')).toContain('<li id="source-1" value="1" data-source-id="chronicle">');
    expect(byId('sources-2')).toContain(
      '<li id="source-2" value="2" data-source-id="gazette"><span class="csl-entry"><i>Town Gazette</i>. 2002. “A new hall for the masons.” Reporting, May 3. <a href="https://gazette.example.org/2002/hall">https://gazette.example.org/2002/hall</a>.</span> <span class="source-caveat">(date inferred)</span></li>',
    );
  });

  it('prints an address with its hidden characters escaped, so it never reads reversed', () => {
    const reversed = mutate(guildsTalk, (t) => {
      t.sources[1]!.url = 'https://gazette.example.org/2002/\u202Eexe.lah\u202C';
    });
    const sources = deckOf(reversed).find((slide) => slide.id === 'sources-2')!.html;
    expect(sources).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(sources).toContain('https://gazette.example.org/2002/%E2%80%AEexe.lah%E2%80%AC');
  });

  it('credits third-party material after the sources', () => {
    expect(byId('sources-2')).toContain('Typeface: The type foundry (SIL Open Font License 1.1)');
  });

  it('records which sources each slide cites, for the handout', () => {
    expect(byId('2003')).toContain('data-sources="1 2"');
  });

  it('escapes hostile text everywhere it shows', () => {
    const hostile = mutate(guildsTalk, (t) => {
      t.events[0]!.title = '<img src=x onerror=alert(1)> "quoted" & more';
      t.groups[0]!.summary = '<script>alert(1)</script>';
    });
    const markup = deckOf(hostile)
      .map((slide) => slide.html)
      .join('\n');
    expect(markup).not.toContain('<img src=x');
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; more');
  });

  it('splits a crowded year over two slides', () => {
    const crowded = mutate(guildsTalk, (t) => {
      for (let index = 0; index < 5; index += 1)
        t.events.push({
          ...structuredClone(t.events[0]!),
          id: `extra-${index}`,
          date: { year: 2001, month: 6 + index },
        });
    });
    const ids = deckOf(crowded).map((slide) => slide.id);
    expect(ids).toContain('2001');
    expect(ids).toContain('2001-2');
  });
});

describe('html template', () => {
  it('escapes interpolations and passes safe markup through', () => {
    expect(html`<p>${'<b>'}</p>`.value).toBe('<p>&lt;b&gt;</p>');
    expect(html`<p>${html`<b>x</b>`}</p>`.value).toBe('<p><b>x</b></p>');
    expect(escapeHtml(`'"&`)).toBe('&#39;&quot;&amp;');
  });
});

describe('the deck as reveal.js reads it', () => {
  const slide = (id: string, offPath = false) => ({
    id,
    html: `<section id="${id}" class="slide"></section>`,
    ...(offPath ? { offPath } : {}),
  });

  it('stacks reference pages under the slide before them, and leaves the others on the path', () => {
    const markup = deckMarkup([slide('a'), slide('b'), slide('b-2', true), slide('b-3', true), slide('c')]);
    expect(markup).toBe(
      [
        '<section id="a" class="slide"></section>',
        '<section class="stack">',
        '<section id="b" class="slide"></section>',
        '<section id="b-2" class="slide"></section>',
        '<section id="b-3" class="slide"></section>',
        '</section>',
        '<section id="c" class="slide"></section>',
      ].join('\n'),
    );
  });

  it('puts the fixture’s Sources slide and its list in one stack, the slides after it on the path', () => {
    const markup = deckMarkup(deckOf(guildsTalk));
    expect(markup).toMatch(/<section class="stack">\n<section id="sources" [^>]*>[\s\S]*<section id="sources-2" /);
    expect(markup.match(/<section class="stack">/g)).toHaveLength(1);
  });
});
