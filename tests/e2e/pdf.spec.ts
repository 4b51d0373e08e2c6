import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { READY_FLAGS } from '../../src/contract.ts';
import { exportPdf } from '../../src/export/export-pdf.ts';
import { badLinks, pdfLinks } from './support/pdf-links.ts';
import { expect, test } from './support/talk.ts';

/**
 * The PDF export, checked through what a reader gets: page counts against the built
 * deck, the text and bookmarks poppler reads out of the files, their metadata, and
 * the command's failures. Each layout is exported once and shared by its tests.
 */

const run = promisify(execFile);
/** The command as `npm run pdf` runs it. */
const COMMAND = [resolve('scripts/deck.mjs'), 'pdf'];
const LAYOUTS = ['handout', 'slides'] as const;
type Export = Awaited<ReturnType<typeof exportPdf>>;

/** What the built deck holds, read from the page: the PDF must carry all of it. */
interface DeckSlide {
  readonly id: string;
  readonly sectionTitle: string | null;
  /** Each line of each SVG `<text>` label of the slide's diagram. */
  readonly diagramLabels: readonly string[];
}

/** pdftotext's line breaks fall wherever a line wrapped; compare text with all whitespace as single spaces. */
function normalise(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  // pdftotext ends every page with a form feed.
  return stdout.split('\f').slice(0, -1).map(normalise);
}

async function pdfInfo(file: string): Promise<Map<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return new Map(
    stdout.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match?.[1] && match[2] !== undefined ? [[match[1], match[2]] as [string, string]] : [];
    }),
  );
}

function decodeXml(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity.startsWith('#'))
      return String.fromCodePoint(
        entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
      );
    return named[entity.toLowerCase()] ?? '';
  });
}

/** The PDF's bookmarks, as poppler lists them: title and 1-based target page. */
async function bookmarks(file: string): Promise<{ title: string; page: number }[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-stdout', file], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((match) => ({
    page: Number(match[1]),
    title: normalise(decodeXml(match[2] ?? '')),
  }));
}

/** Slides counted straight from the built file, independent of the browser. */
function sectionsIn(distDir: string): number {
  // Slides, the pages of a vertical stack among them; not the stack that holds them.
  return [...readFileSync(join(distDir, 'index.html'), 'utf8').matchAll(/<section\b[^>]*\bclass="slide[ "]/g)].length;
}

/** The deck as read once per worker and built deck: every layout's tests compare against the same page. */
const decksRead = new Map<string, Promise<DeckSlide[]>>();

function readDeck(page: Page, baseURL: string | undefined): Promise<DeckSlide[]> {
  const key = baseURL ?? '';
  const known = decksRead.get(key);
  if (known) return known;
  const reading = readDeckFrom(page);
  decksRead.set(key, reading);
  return reading;
}

async function readDeckFrom(page: Page): Promise<DeckSlide[]> {
  await page.goto('./');
  await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.deck);
  return page.locator('.reveal .slides section.slide').evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.id,
      sectionTitle: section.querySelector('h1.section-title')?.textContent?.trim() ?? null,
      diagramLabels: [...section.querySelectorAll('.diagram-canvas svg:not([data-layout="standard"]) text')].flatMap(
        (label) => {
          // A label of several lines is one <text> with a <tspan> per line (Mermaid nests a tspan per word inside); pdftotext sees the lines.
          const rows = label.querySelectorAll(':scope > tspan');
          const lines = rows.length > 0 ? [...rows] : [label];
          return lines.map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
        },
      ),
    })),
  );
}

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'pdf-spec-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

for (const layout of LAYOUTS) {
  test.describe(`${layout} layout`, { tag: '@smoke' }, () => {
    // One worker runs this group in order, so the one export below serves all its tests.
    test.describe.configure({ mode: 'default' });
    let exported: Export;
    let texts: string[] = [];
    const logged: string[] = [];

    test.beforeAll(async ({ decks }) => {
      test.setTimeout(120_000);
      exported = await exportPdf({
        distDir: decks.deckDir,
        out: join(folder, `${layout}.pdf`),
        layout,
        log: (line) => logged.push(line),
      });
      texts = await pageTexts(exported.file);
    });

    test('tells what it did, and warns of nothing cut off', () => {
      expect(logged).toContain(`Rendered ${exported.slides} slides.`);
      expect(logged.at(-1)).toMatch(
        new RegExp(
          `^Wrote .*${layout}\\.pdf: ${exported.pages} pages, [\\d.]+ [kM]?B, [\\d.]+ s \\(tagged, \\d+ bookmarks\\)\\.$`,
        ),
      );
      expect(logged.filter((line) => line.startsWith('Warning'))).toEqual([]);
    });

    test('has one page per slide of the built deck', ({ decks }) => {
      const slides = sectionsIn(decks.deckDir);
      expect(exported.slides).toBe(slides);
      expect(exported.pages).toBe(slides);
      expect(texts).toHaveLength(slides);
      expect(exported.bytes).toBe(statSync(exported.file).size);
    });

    test('carries title, subject, author, language and tags, at the layout paper size', async ({ talk }) => {
      const info = await pdfInfo(exported.file);
      expect(info.get('Title')).toBe(talk.title);
      expect(info.get('Subject')).toBe(talk.subtitle);
      expect(info.get('Author')).toBe(talk.author);
      expect(info.get('Tagged')).toBe('yes');
      expect(info.get('Pages')).toBe(String(exported.pages));
      expect(info.get('Page size')).toMatch(layout === 'handout' ? /\(A4\)/ : /^960 x 540 pts/);
    });

    test('links every source and credit by its full address, for a reader to follow', async ({ talk }) => {
      const { stdout } = await run('pdfinfo', ['-url', exported.file]);
      const links = new Set(
        stdout
          .split('\n')
          .slice(1)
          .map((line) => line.trim().split(/\s+/)[2] ?? '')
          .filter(Boolean),
      );
      const addresses = [...talk.sources, ...(talk.credits ?? [])].map((entry) => entry.url);
      expect(addresses.filter((url) => !links.has(url))).toEqual([]);
    });

    test('embeds only the bundled typeface, so it looks the same on every machine', async () => {
      const { stdout } = await run('pdffonts', [exported.file]);
      const fonts = stdout
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0] ?? '');
      expect(fonts.length).toBeGreaterThan(0);
      // The bundled faces: Source Sans 3's Latin subset, and Noto Naskh Arabic for a source whose title is in Arabic
      // script (as published). A fresh machine has only DejaVu, which a fallback would embed instead.
      for (const font of fonts)
        expect(font, 'a font the deck does not bundle').toMatch(/^[A-Z]{6}\+(SourceSans3|NotoNaskhArabic)/);
    });

    // The slides layout prints the title slide alone on its first page.
    if (layout === 'handout')
      test('opens the handout with a summary: the closing slide’s takeaways, in full, on the first page', ({
        talk,
      }) => {
        const closing = talk.sections.flatMap((section) => section.slides).find((slide) => slide.kind === 'closing');
        const takeaways = (closing?.kind === 'closing' ? closing.points : []).flatMap((point) =>
          point.kind === 'statement' ? [normalise(point.text)] : [],
        );
        expect(takeaways.length, 'the closing slide’s statements').toBeGreaterThan(0);
        expect(takeaways.filter((text) => !(texts[0] ?? '').includes(text))).toEqual([]);
      });

    test('holds every event title and every source', ({ talk }) => {
      const all = texts.join(' ');
      // A slide's card shows an event's short title; the handout's notes give the full one.
      const missingEvents = talk.events
        .filter((event) => !all.includes(normalise(event.title)) && !all.includes(normalise(event.shortTitle)))
        .map((event) => event.id);
      expect(missingEvents, 'event titles not found in the PDF text').toEqual([]);
      const missingPublishers = talk.sources
        .filter((source) => !all.includes(normalise(source.publisher)) && !all.includes(new URL(source.url).host))
        .map((source) => normalise(source.publisher));
      expect(missingPublishers, 'source publishers not found in the PDF text').toEqual([]);
    });

    test('lists every source on its Sources pages, at the end', async ({ page, baseURL, talk, marks }) => {
      const deck = await readDeck(page, baseURL);
      const sourcePages = deck.flatMap((slide, index) => (marks.sourcesPages.includes(slide.id) ? [index] : []));
      expect(sourcePages.length).toBeGreaterThan(0);
      // Only the closing slide may follow the list of sources.
      expect(deck.length - 1 - (sourcePages.at(-1) ?? 0)).toBeLessThanOrEqual(1);
      const listed = sourcePages.map((index) => texts[index] ?? '').join(' ');
      // The citation processor sets a title's quotation marks in the style's own, and a line that mixes Arabic
      // script reads back reordered: an entry is found by its publisher and title, or else by its address's host.
      const unlisted = talk.sources.filter(
        (source) =>
          !(listed.includes(normalise(source.publisher)) && listed.includes(normalise(source.title))) &&
          !listed.includes(new URL(source.url).host),
      );
      expect(unlisted.map((source) => source.id)).toEqual([]);
    });

    test('draws every diagram label as text on its page', async ({ page, baseURL, talk, marks }) => {
      const deck = await readDeck(page, baseURL);
      const diagrams = deck.filter((slide) => slide.diagramLabels.length > 0);
      expect(diagrams.length).toBeGreaterThan(0);
      const missing = deck.flatMap((slide, index) =>
        slide.diagramLabels
          .filter((label) => !(texts[index] ?? '').includes(label))
          .map((label) => `${slide.id}: ${label}`),
      );
      expect(missing, 'diagram labels absent from their page').toEqual([]);
      const onDiagrams = deck
        .flatMap((slide, index) => (slide.diagramLabels.length > 0 ? [texts[index] ?? ''] : []))
        .join(' ');
      const tied = talk.groups.filter((group) =>
        talk.relations.some((relation) => relation.from === group.id || relation.to === group.id),
      );
      const groupsMissing = tied.map((group) => group.shortName).filter((name) => !onDiagrams.includes(name));
      expect(groupsMissing, 'groups not named on any diagram page').toEqual([]);
      const onTimeline = deck
        .flatMap((slide, index) => (marks.timelineSlides.includes(slide.id) ? [texts[index] ?? ''] : []))
        .join(' ');
      expect(
        marks.years.filter((year) => !onTimeline.includes(year)),
        'years missing from the timeline',
      ).toEqual([]);
    });

    if (layout === 'handout') {
      test('exporting it again gives the same pages and text', async ({ decks }, testInfo) => {
        test.skip(testInfo.project.name !== 'main', 'once is enough: the export does not depend on the talk');
        test.setTimeout(120_000);
        const again = await exportPdf({ distDir: decks.deckDir, out: join(folder, `${layout}-again.pdf`), layout });
        expect(again.pages).toBe(exported.pages);
        expect(await pageTexts(again.file)).toEqual(texts);
      });
    }
    test('links only to absolute web addresses, never to the loopback server it was printed from', async ({ talk }) => {
      const links = await pdfLinks(exported.file);
      expect(links.length, 'the sources are live links').toBeGreaterThanOrEqual(talk.sources.length);
      expect(badLinks(links)).toEqual([]);
    });

    test('holds no bitmap: diagrams stay vector at any zoom', async () => {
      const { stdout } = await run('pdfimages', ['-list', exported.file]);
      // Two header lines, then one line per image.
      expect(stdout.trim().split('\n').slice(2)).toEqual([]);
    });

    test('has a bookmark for every section and every year, pointing at its slide', async ({
      page,
      baseURL,
      talk,
      marks: landmarks,
    }) => {
      const deck = await readDeck(page, baseURL);
      const marks = await bookmarks(exported.file);
      for (const section of talk.sections) {
        const index = deck.findIndex((slide) => slide.sectionTitle === section.title);
        expect(index, `a slide opens section '${section.title}'`).toBeGreaterThanOrEqual(0);
        expect(marks, `bookmark for section '${section.title}'`).toContainEqual({
          title: section.title,
          page: index + 1,
        });
      }
      for (const year of landmarks.years) {
        const index = deck.findIndex((slide) => slide.id === year);
        const mark = marks.find((entry) => entry.title.startsWith(`${year} `));
        expect(mark, `bookmark for ${year}`).toBeDefined();
        expect(mark?.page, `bookmark for ${year} opens its year slide`).toBe(index + 1);
      }
    });
  });
}

test.describe('repeatability and failure', () => {
  test.describe.configure({ mode: 'default' });

  test('a failed export leaves the previous file untouched and no temporary file behind', async () => {
    test.setTimeout(120_000);
    const outFolder = join(folder, 'keep');
    mkdirSync(outFolder);
    const good = join(outFolder, 'handout.pdf');
    writeFileSync(good, '%PDF-1.7 a good earlier export');
    const before = readFileSync(good);
    // A "deck" whose print view reports ready but holds no slides: the export must refuse it after rendering.
    const broken = join(folder, 'broken-dist');
    mkdirSync(broken);
    writeFileSync(
      join(broken, 'index.html'),
      '<!doctype html><title>Broken</title><script>document.documentElement.dataset.printReady = "true";</script>',
    );
    await expect(exportPdf({ distDir: broken, out: good, layout: 'handout' })).rejects.toThrow(/no slides/);
    expect(readFileSync(good).equals(before)).toBe(true);
    expect(readdirSync(outFolder)).toEqual(['handout.pdf']);
  });

  test('the command explains a missing browser, and writes nothing', async () => {
    const out = join(folder, 'no-browser.pdf');
    const failure = run('node', [...COMMAND, '--layout', 'slides', '--out', out], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent' },
    });
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/No Chromium browser was found[\s\S]*apt-get install chromium[\s\S]*\/nonexistent/),
    });
    expect(readdirSync(folder)).not.toContain('no-browser.pdf');
  });

  test('the command names an output path it cannot write, and why', async () => {
    const plainFile = join(folder, 'plain-file');
    writeFileSync(plainFile, '');
    const out = join(plainFile, 'handout.pdf');
    await expect(run('node', [...COMMAND, '--out', out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`Cannot write ${out}: a part of the path is a file, not a folder`),
    });
  });

  test('the command says what a talk folder needs when --talk names none', async () => {
    await expect(run('node', [...COMMAND, '--talk', 'talks/nowhere'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/No talk at .*talks\/nowhere\/index\.ts: a talk's folder needs an index\.ts/),
    });
  });

  test('the command refuses a talk whose outputs would overwrite the main talk’s, before any build', async () => {
    await expect(run('node', [...COMMAND, '--talk', 'single'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /The talk in single\/ would build into dist-single\/, where the talk in slides\/ builds/,
      ),
    });
  });

  test('the export refuses to print a deck built from another talk than the one asked for', async ({ decks }) => {
    const out = join(folder, 'other-talk.pdf');
    await expect(exportPdf({ distDir: decks.deckDir, out, layout: 'slides', talk: 'talks/another' })).rejects.toThrow(
      new RegExp(`holds the deck of ${decks.id}/, not the deck of talks/another/: nothing was printed`),
    );
    expect(readdirSync(folder)).not.toContain('other-talk.pdf');
  });

  test('the command prints its usage for an unknown option', async () => {
    await expect(run('node', [...COMMAND, '--colour', 'red'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Unknown option '--colour'[\s\S]*Usage: npm run pdf/),
    });
  });
});
