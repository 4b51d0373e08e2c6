import { describe, expect, it } from 'vitest';
import { loadCitationStyle } from '../../../src/citations/csl-files.ts';
import { talkBibliography } from '../../../src/citations/talk-bibliography.ts';
import { renderDeck } from '../../../src/deck/render-deck.ts';
import { drawingsOf } from '../../../src/diagrams/diagram-kind.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import type { Talk } from '../../../src/model/types.ts';
import { generateAllDiagrams } from '../../../src/pipeline/build-deck.ts';
import { publishedQr } from '../../../src/reading/qr.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

const ADDRESS = 'https://talks.example.org/guilds/read/';

async function slidesOf(talk: Talk): Promise<Map<string, string>> {
  const index = indexTalk(talk);
  const diagrams = generateAllDiagrams(index);
  const svgs = new Map(diagrams.flatMap(drawingsOf).map((diagram) => [diagram.id, '<svg></svg>']));
  const bibliography = talkBibliography(talk, loadCitationStyle(talk.lang));
  const published = talk.publishedAt ? await publishedQr(talk.publishedAt) : null;
  return new Map(renderDeck(index, diagrams, svgs, bibliography, published).map((slide) => [slide.id, slide.html]));
}

describe('the published address', () => {
  it('is drawn as a QR code, named by its address, on the closing slide and the first Sources slide', async () => {
    const slides = await slidesOf(
      mutate(guildsTalk, (t) => {
        t.publishedAt = ADDRESS;
      }),
    );
    const closing = [...slides.values()].find((html) => html.includes('slide--closing')) ?? '';
    for (const html of [closing, slides.get('sources') ?? '']) {
      expect(html).toContain(`<svg class="qr" role="img" aria-label="${ADDRESS}"`);
      expect(html).toContain(`<a href="${ADDRESS}">`);
      expect(html).toMatch(/<path[^>]+d="M/);
    }
  });

  it('draws nothing when the talk declares none', async () => {
    const slides = await slidesOf(guildsTalk);
    expect([...slides.values()].join('')).not.toContain('class="qr"');
  });
});
