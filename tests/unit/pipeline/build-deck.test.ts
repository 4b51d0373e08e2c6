import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../../../src/browser/chromium.ts';
import { openPreparedPage, sharedOrOwnChromium } from '../../../src/browser/prepared-page.ts';
import type { Talk } from '../../../src/model/types.ts';
import { buildDeck } from '../../../src/pipeline/build-deck.ts';
import { ContentRuleError } from '../../../src/rules/index.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { HOSTILE, hostileTalk } from '../../fixtures/hostile.ts';
import { type Mutable, mutate } from '../../fixtures/mutate.ts';

// The real launcher and the real page opener, watched: a talk with broken content must be stopped
// before any browser starts or any drawing page is asked for (the run's shared Chromium included).
vi.mock('../../../src/browser/chromium.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/browser/chromium.ts')>();
  return { ...actual, launchChromium: vi.fn(actual.launchChromium) };
});
vi.mock('../../../src/browser/prepared-page.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/browser/prepared-page.ts')>();
  return { ...actual, openPreparedPage: vi.fn(actual.openPreparedPage) };
});

const cacheDir = mkdtempSync(join(tmpdir(), 'deck-build-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
beforeEach(() => {
  vi.mocked(launchChromium).mockClear();
  vi.mocked(openPreparedPage).mockClear();
});

type Case = readonly [name: string, change: (draft: Mutable<Talk>) => void, item: string, field: string];

/** A late edit gone wrong, and the item and field the build's message must name. */
const BROKEN: readonly Case[] = [
  [
    'a citation of a missing source',
    (t) => {
      t.groups[0]!.source.source = 'lost-chronicle';
    },
    "group 'masons'",
    'source.source',
  ],
  [
    'an event naming an unknown group',
    (t) => {
      t.events[2]!.actors = ['masons', 'bakers'];
    },
    "event 'fair'",
    'actors[1]',
  ],
  [
    'a groups slide naming an unknown group',
    (t) => {
      const slide = t.sections[0]!.slides[1]!;
      if (slide.kind === 'groups') slide.groups = ['masons', 'bakers'];
    },
    "slide 'who'",
    'groups[1]',
  ],
  [
    'a duplicate event id',
    (t) => {
      t.events[2]!.id = 'split';
    },
    "event 'split'",
    'id',
  ],
  [
    'a duplicate group id',
    (t) => {
      t.groups[2]!.id = 'masons';
    },
    "group 'masons'",
    'id',
  ],
  [
    'a date out of the period',
    (t) => {
      t.events[0]!.date = { year: 1999, month: 6 };
    },
    "event 'hall'",
    'date',
  ],
  [
    'a relation dated after the period',
    (t) => {
      t.relations[0]!.since = { year: 2031 };
    },
    "relation 'carpenters-split'",
    'since',
  ],
];

/** The titles of a slide's drawings: the one shown, and the 4:3 one waiting in its template. */
function drawingTitles(page: Page, slide: string): Promise<string[]> {
  return page
    .locator(`${slide} .diagram-canvas`)
    .evaluate((canvas) =>
      [canvas, ...[...canvas.querySelectorAll('template')].map((kept) => kept.content)].flatMap((root) =>
        [...root.querySelectorAll('svg > title')].map((title) => title.textContent ?? ''),
      ),
    );
}

describe('buildDeck on broken content', () => {
  it.each(BROKEN)(
    'stops on %s, naming the item and the field, before any browser starts',
    async (_name, change, item, field) => {
      const build = buildDeck(mutate(guildsTalk, change), { cacheDir });
      await expect(build).rejects.toThrow(ContentRuleError);
      await expect(build).rejects.toThrow(`${item}, field ${field}:`);
      expect(launchChromium).not.toHaveBeenCalled();
      expect(openPreparedPage).not.toHaveBeenCalled();
      expect(readdirSync(cacheDir), 'nothing drawn, nothing cached').toEqual([]);
    },
  );

  it('stops on a figure typed with too many zeros, which its source does not give, before drawing anything', async () => {
    const typo = mutate(guildsTalk, (t) => {
      t.events[2]!.figures[1]!.amount = 2e21;
    });
    const build = buildDeck(typo, { cacheDir });
    await expect(build).rejects.toThrow(ContentRuleError);
    await expect(build).rejects.toThrow("event 'fair', field figures[1].source.excerpt:");
    expect(launchChromium).not.toHaveBeenCalled();
    expect(openPreparedPage).not.toHaveBeenCalled();
  });
});

describe('buildDeck on hostile labels', () => {
  let browser: Browser;
  let slides: string;
  beforeAll(async () => {
    // The run's one Chromium draws the diagrams (in its prepared page) and shows the deck.
    browser = await sharedOrOwnChromium();
    const deck = await buildDeck(hostileTalk, { cacheDir });
    expect(deck.drawn, 'the diagrams were drawn, not stood in for').toBeGreaterThan(0);
    slides = deck.slides.map((slide) => slide.html).join('\n');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes them into the markup only as escaped text', () => {
    const outsideSvg = slides.replace(/<svg[\s\S]*?<\/svg>/g, '');
    expect(outsideSvg).not.toMatch(/<script|<img|<[^>]*\son\w+\s*=/i);
    expect(outsideSvg).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');
    expect(outsideSvg).toContain('&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;');
    for (const svg of slides.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
      expect(svg).not.toMatch(/<script|<img|<foreignObject|<[^>]*\son\w+\s*=|javascript:/i);
    }
  });

  it('shows them as text on the page, in the tables, lists and diagrams, and runs none of them', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(
        `<!doctype html><html><head><meta charset="utf-8"><title>deck</title></head><body><div class="slides">${slides}</div></body></html>`,
      );
      expect(await page.title(), 'no injected script or handler ran').toBe('deck');
      expect(await page.locator('.slides script, .slides img, .slides foreignObject').count()).toBe(0);
      const text = (selector: string): Promise<string> =>
        page
          .locator(selector)
          .evaluate((element) => (element.textContent ?? '').replace(/\u200B/g, '').replace(/\s+/g, ' '));
      // The table shows a group's mark, name and aim on stage; the rest of its row is in the slide's notes.
      const table = await text('section#who');
      for (const value of [HOSTILE.quotes, HOSTILE.script, HOSTILE.image, HOSTILE.urdu, HOSTILE.pashto, HOSTILE.long])
        expect(table).toContain(value);
      expect(await text('section#who h2')).toBe(HOSTILE.script);
      expect(await text('section#who h1.section-title')).toBe(HOSTILE.quotes);
      expect(await text('section#\\32 001 > aside.notes .events')).toContain(`${HOSTILE.image} ${HOSTILE.quotes}`);
      expect(await text('section#\\32 003 > aside.notes .events')).toContain(`${HOSTILE.script} ${HOSTILE.pashto}`);
      expect(await text('section#formed figcaption')).toContain(HOSTILE.image);
      // Diagram labels wrap onto separate lines, so spaces are left out of the comparison; the generator
      // turns straight quotes into typographic ones, and every other character survives.
      const squeeze = (value: string): string => value.replace(/\s+/g, '');
      const labels = (selector: string): Promise<string> =>
        page
          .locator(`${selector} svg text`)
          .evaluateAll((texts) => texts.map((element) => element.textContent ?? '').join(' '))
          .then((value) => squeeze(value.replace(/\u200B/g, '')));
      const diagram = await labels('section#formed');
      for (const value of [HOSTILE.urdu, '“go” [a] (b) {c} #35; &']) expect(diagram).toContain(squeeze(value));
      // The chart's drawing for each layout is named alike (the 4:3 one waits in its template).
      const titles = await drawingTitles(page, 'section#fair-toll');
      expect(titles).toHaveLength(2);
      for (const title of titles) expect(title).toContain(HOSTILE.pashto);
    } finally {
      await page.close();
    }
  });

  it('names a chart with < and > exactly as typed', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(`<!doctype html><meta charset="utf-8"><div class="slides">${slides}</div>`);
      const titles = await drawingTitles(page, 'section#fair-toll');
      expect(titles).toHaveLength(2);
      for (const title of titles)
        expect(title.replace(/\u200B/g, '')).toContain('<script>document.title="pwned"</script>');
    } finally {
      await page.close();
    }
  });
});
