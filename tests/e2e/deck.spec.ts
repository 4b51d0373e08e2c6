import { diagramSlideIds, goToSlide, openDeck, openDeckAt, presentSlideId, pressAndWait } from './support/deck.ts';
import { expect, test } from './support/talk.ts';

/** Tests tagged @smoke run on every talk (see playwright.config.ts); the others on the main talk. */
const SMOKE = { tag: '@smoke' };

// Loading with no console error or foreign request, and → alone through every slide and step: tests/e2e/walk.spec.ts.

test('steps show a year’s events one at a time', async ({ page, marks }) => {
  await openDeckAt(page, `#/${marks.busyYear}`);
  // Each event is a card; its mark on the year strip steps with it (the same fragment index).
  const fragments = page.locator('section.present .event-card.fragment');
  const count = await fragments.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.locator('section.present .event-card.fragment.visible')).toHaveCount(0);
  for (let step = 1; step <= count; step += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('section.present .event-card.fragment.visible')).toHaveCount(step);
    await expect(fragments.nth(step - 1)).toBeVisible();
  }
  await page.keyboard.press('ArrowRight');
  expect(await presentSlideId(page)).not.toBe(marks.busyYear);
});

test('#/<year> lands on each year, with the axis marking it', async ({ page, marks }) => {
  for (const year of marks.years) {
    await openDeckAt(page, `#/${year}`);
    expect(await presentSlideId(page)).toBe(year);
    await expect(page.locator('section.present .year-axis [aria-current="step"]')).toHaveText(year);
  }
});

test('the year axis links to its years', async ({ page, marks }) => {
  await openDeckAt(page, `#/${marks.years[0]}`);
  await page.locator('section.present .year-axis a', { hasText: marks.laterYear }).click();
  await expect.poll(() => presentSlideId(page)).toBe(marks.laterYear);
});

test('every diagram is a drawn SVG of readable size on its slide', SMOKE, async ({ page, talk }) => {
  await openDeck(page);
  const diagramSlides = await diagramSlideIds(page);
  // Diagram slides, and slides of other kinds that draw a picture under their text (a part of a whole).
  const specs = talk.sections
    .flatMap((section) => section.slides)
    .filter((slide) => slide.kind === 'diagram' || ('diagram' in slide && slide.diagram !== undefined));
  expect(diagramSlides, 'every slide that draws a diagram shows its drawing').toEqual(specs.map((slide) => slide.id));
  for (const id of diagramSlides) {
    const under = specs.find((slide) => slide.id === id)?.kind !== 'diagram';
    await goToSlide(page, id);
    const svg = page.locator('section.present figure.diagram svg >> visible=true');
    await expect(svg).toBeVisible();
    const box = await svg.boundingBox();
    // At 1280×720 a diagram must fill a good part of the slide, not a thumbnail.
    expect(box?.width ?? 0, `${id} width`).toBeGreaterThan(500);
    // A picture under a slide's points is a band: as wide, not as tall.
    if (!under) expect(box?.height ?? 0, `${id} height`).toBeGreaterThan(250);
    expect(await svg.locator('text').count(), `${id} labels`).toBeGreaterThan(under ? 1 : 2);
    await expect(svg.locator('title')).not.toHaveText('');
    // No flash of Mermaid source: the slide holds only the drawing.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the audience sees it, is what is checked
    expect(await page.locator('section.present').innerText()).not.toMatch(/flowchart|accTitle|accDescr|-->/);
  }
});

test('every slide has speaker notes: what to say, what to stress, the way on', SMOKE, async ({ page }) => {
  await openDeck(page);
  // Not the reference pages stacked off the talk's path (the Sources list): nothing is said on them.
  const notes = await page.locator('.reveal .slides section.slide:not(.slide--reference)').evaluateAll((slides) =>
    slides.map((slide) => ({
      id: slide.id,
      paragraphs: slide.querySelectorAll(':scope > aside.notes > p').length,
      words: (slide.querySelector(':scope > aside.notes')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
    })),
  );
  for (const { id, paragraphs, words } of notes) {
    expect(paragraphs, `notes on ${id}`).toBeGreaterThanOrEqual(3);
    expect(words, `notes on ${id}`).toBeGreaterThanOrEqual(12);
  }
});

test('the stage shows a card per step; markers, record lines and context labels are in the notes', async ({
  page,
  marks,
  words,
}) => {
  test.skip(
    marks.recordYear === null || marks.gapYear === null,
    'the talk has no record line or no year without the main source',
  );
  await openDeckAt(page, `#/${marks.recordYear}`);
  const slide = page.locator('section.present');
  const more = slide.locator('.event-card .more-in-handout').first();
  // Each press waits until the deck has moved and settled, so a loaded machine never skips the step being looked for.
  while (!(await more.isVisible())) await pressAndWait(page, 'ArrowRight');
  await expect(slide.locator('.event-card.current-fragment .more-in-handout')).toHaveText(words.stage.moreInHandout);
  await expect(slide.locator('.cite:visible')).toHaveCount(0);
  await expect(slide.locator('aside.notes .notes-record').first()).toContainText(
    words.recordInNotes(true, '').slice(0, 8),
  );
  expect(await slide.locator('aside.notes .cite').count()).toBeGreaterThan(0);
  await openDeckAt(page, `#/${marks.gapYear}`);
  await expect(page.locator('section.present aside.notes .year-gap')).toContainText(
    words.noMainSourceEvent(Number(marks.gapYear)),
  );
  await expect(page.locator('section.present aside.notes .badge--context').first()).toHaveCount(1);
  await expect(page.locator('section.present .badge:visible')).toHaveCount(0);
});

test('the Sources slides list every source, numbered as the markers', async ({ page, talk }) => {
  await openDeck(page);
  const entries = await page
    .locator('ol.sources > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-source-id')));
  expect(entries).toEqual(talk.sources.map((source) => source.id));
  const markers = await page
    .locator('a.cite')
    .evaluateAll((links) => [...new Set(links.map((link) => Number(link.getAttribute('data-source'))))]);
  for (const number of markers) await expect(page.locator(`#source-${number}`)).toHaveCount(1);
});

test('speaker aids: slide numbers, overview, timings', async ({ page, talk, marks }) => {
  await openDeckAt(page, `#/${marks.busyYear}`);
  await expect(page.locator('.reveal .slide-number')).toBeVisible();
  const timings = await page
    .locator('.reveal .slides section.slide')
    .evaluateAll((slides) => slides.map((slide) => Number(slide.getAttribute('data-timing'))));
  const total = timings.reduce((sum, seconds) => sum + seconds, 0);
  expect(Math.abs(total - talk.durationMinutes * 60)).toBeLessThanOrEqual(talk.durationMinutes * 3);
  await page.keyboard.press('o');
  await expect(page.locator('.reveal')).toHaveClass(/overview/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
});

test('touch: a swipe moves to the next slide', async ({ browser, marks }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openDeckAt(page, `#/${marks.pageIds[1]}`);
  const before = await presentSlideId(page);
  const session = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
    session.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 360 }] });
  await touch('touchStart', 900);
  for (const x of [800, 700, 600, 500, 400]) await touch('touchMove', x);
  await touch('touchEnd', 400);
  await expect.poll(() => presentSlideId(page)).not.toBe(before);
  await context.close();
});

test('the first slide shows before reveal.js starts, exactly where reveal.js then keeps it', async ({
  browser,
  talk,
}) => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    const context = await browser.newContext({ viewport });
    const withoutScript = await context.newPage();
    // No script at all: what the audience sees in the moment before reveal.js runs.
    await withoutScript.route('**/*.js', (route) => route.abort());
    await withoutScript.goto('./');
    const title = withoutScript.locator('.reveal .slides section.slide').first();
    await expect(title).toBeVisible();
    await expect(title.locator('h1')).toHaveText(talk.title);
    const early = await title.boundingBox();
    const started = await context.newPage();
    await openDeck(started);
    const settled = await started.locator('.reveal .slides section.slide').first().boundingBox();
    for (const side of ['x', 'y', 'width', 'height'] as const)
      expect(early?.[side], `${viewport.width}×${viewport.height} ${side}`).toBeCloseTo(
        settled?.[side] ?? Number.NaN,
        0,
      );
    await context.close();
  }
});
