import { describe, expect, it } from 'vitest';
import { everyKindTalk } from '../../../../tests/fixtures/every-kind-talk.ts';
import { guildsTalk } from '../../../../tests/fixtures/guilds-talk.ts';
import { mutate } from '../../../../tests/fixtures/mutate.ts';
import { describeKindSpec, renderedPage } from '../../../../tests/support/kinds.ts';
import { allSlides } from '../../../model/talk-index.ts';
import { allPages, spokenPages } from '../../specs.ts';
import { SOURCES_PER_SLIDE } from './spec.ts';

describeKindSpec({ family: 'slide', kind: 'sources' });

describe('the sources slide', () => {
  it('says on stage how many sources there are and where they are, with none of the list', () => {
    const html = renderedPage('sources');
    expect(html).toContain(`<p class="sources-count">${everyKindTalk.sources.length} sources</p>`);
    expect(html).toContain('<li data-reading-slot>In the reading edition');
    expect(html).toContain('one key down (↓)');
    expect(html).not.toContain('<ol class="sources">');
  });

  it('lists every source on the pages under it, numbered as its footnote markers', () => {
    const html = renderedPage('sources-2');
    expect(html).toContain('<li id="source-1" value="1" data-source-id="chronicle">');
    expect(html).toContain('data-source-id="gazette"');
    expect(html).toContain('class="slide slide--sources slide--reference"');
    expect(html).toContain('data-timing="0"');
  });

  it('keeps the list off the talk’s path: its pages have no time and no notes to say', () => {
    const many = mutate(guildsTalk, (t) => {
      for (let index = 0; index < 2 * SOURCES_PER_SLIDE; index += 1)
        t.sources.push({ ...t.sources[1]!, id: `extra-${index}` });
    });
    const slides = allSlides(many);
    const ids = allPages(many, slides).map((page) => page.id);
    expect(ids.filter((id) => id.startsWith('sources'))).toEqual(['sources', 'sources-2', 'sources-3', 'sources-4']);
    expect(spokenPages(many, slides).map((page) => page.id)).not.toContain('sources-2');
    expect(spokenPages(many, slides).map((page) => page.id)).toContain('sources');
  });
});
