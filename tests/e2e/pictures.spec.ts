import { expect, type Page, test } from '@playwright/test';
import { READY_FLAGS } from '../../src/contract.ts';
import { deckState, goToSlide, openDeck, pressAndWait } from './support/deck.ts';

test.use({ reducedMotion: 'reduce' });

/** Where a drawn element sits inside its drawing, in the drawing's own units: the same on every slide if nothing moved. */
async function placeInDrawing(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((selector) => {
    const element = document.querySelector<SVGGraphicsElement>(`section.present ${selector}`);
    const svg = element?.ownerSVGElement;
    if (!element || !svg) return null;
    const box = element.getBBox();
    const matrix = element.getCTM();
    const point = new DOMPoint(box.x, box.y).matrixTransform(matrix ?? undefined);
    const screen = svg.getScreenCTM();
    const inDrawing = screen ? point.matrixTransform(svg.getCTM()?.inverse()) : point;
    return { x: Math.round(inDrawing.x), y: Math.round(inDrawing.y) };
  }, selector);
}

async function steps(page: Page): Promise<{ shown: number; hidden: number; current: string[] }> {
  return page.evaluate(() => {
    const slide = document.querySelector('section.present')!;
    return {
      shown: slide.querySelectorAll('svg .diagram-step.visible').length,
      hidden: slide.querySelectorAll('svg .diagram-step:not(.visible)').length,
      current: [...slide.querySelectorAll('.diagram-steps li.current-fragment')].map((item) => item.textContent ?? ''),
    };
  });
}

/** The stroke of the newest step's lines: the ink colour, or the neutral (muted) tone for undated ties. */
async function newestStepTone(page: Page): Promise<'ink' | 'neutral' | string> {
  return page.evaluate(() => {
    const path = document.querySelector(
      'section.present svg:not([data-layout="standard"]) path.diagram-step.current-fragment',
    );
    if (!path) return 'no line';
    const probe = (name: string): string => {
      const element = document.createElement('span');
      element.style.color = `var(--${name})`;
      document.body.append(element);
      const colour = getComputedStyle(element).color;
      element.remove();
      return colour;
    };
    const stroke = getComputedStyle(path).stroke;
    return stroke === probe('ink') ? 'ink' : stroke === probe('muted') ? 'neutral' : stroke;
  });
}

test.describe('the network grows with the talk', () => {
  test('one drawing, revealed step by step in date order, the newest step highlighted, nothing moving', async ({
    page,
  }) => {
    await openDeck(page);
    const iskp = '[id$="-flowchart-n_iskp-0"]';
    const places: Array<{ x: number; y: number } | null> = [];
    for (const id of ['network-2015', 'network-2019', 'network-2023']) {
      await goToSlide(page, id);
      const before = await steps(page);
      expect(before.shown, `${id}: no step shown before →`).toBe(0);
      expect(before.hidden, `${id}: has steps`).toBeGreaterThan(0);
      expect(
        await page.locator('section.present svg:not([data-layout="standard"]) g.node:not(.fragment)').count(),
        `${id}: opens on a drawing, never a blank canvas`,
      ).toBeGreaterThan(0);
      let state = await deckState(page);
      const labels: string[] = [];
      let shown = 0;
      const where = await placeInDrawing(page, iskp);
      while (state.hiddenSteps > 0) {
        state = await pressAndWait(page, 'ArrowRight');
        const now = await steps(page);
        expect(now.shown, `${id}: each step reveals more`).toBeGreaterThan(shown);
        shown = now.shown;
        expect(now.current, `${id}: one step highlighted, labelled with its date`).toHaveLength(1);
        labels.push(now.current[0] ?? '');
        expect(
          await page
            .locator('section.present svg:not([data-layout="standard"]) .diagram-step.current-fragment')
            .count(),
        ).toBeGreaterThan(0);
        if (where) expect(await placeInDrawing(page, iskp), `${id}: ISKP stays where it was`).toEqual(where);
        expect(await newestStepTone(page), `${id}: the newest step in no colour that means something else`).toEqual(
          now.current[0] === 'undated in the sources' ? 'neutral' : 'ink',
        );
      }
      places.push(await placeInDrawing(page, iskp));
      if (id === 'network-2015') expect(labels).toEqual(['26 January 2015']);
      if (id === 'network-2019') expect(labels).toEqual(['15 May 2019']);
      if (id === 'network-2023') expect(labels).toEqual(['12 December 2023', 'undated in the sources']);
    }
    expect(new Set(places.map((place) => JSON.stringify(place))).size, 'ISKP at one place on all three slides').toBe(1);
  });

  test('explains its line styles: the key names each style the slide draws, and no other', async ({ page }) => {
    await openDeck(page);
    for (const id of ['network-2015', 'network-2019', 'network-2023']) {
      await goToSlide(page, id);
      const { keyed, drawn } = await page.evaluate(() => {
        const slide = document.querySelector('section.present')!;
        const styleOf = (classes: DOMTokenList): string =>
          classes.contains('edge-thickness-thick')
            ? 'thick'
            : classes.contains('edge-pattern-dotted')
              ? 'dotted'
              : 'plain';
        return {
          keyed: [...slide.querySelectorAll('.line-key .line-sample')].map((sample) =>
            (sample.getAttribute('class') ?? '').replace(/.*line-sample--/, ''),
          ),
          drawn: [
            ...new Set([...slide.querySelectorAll('svg path.flowchart-link')].map((path) => styleOf(path.classList))),
          ],
        };
      });
      expect(keyed.length, `${id}: a key`).toBeGreaterThan(0);
      expect([...keyed].sort(), `${id}: the key's styles are the drawing's`).toEqual([...drawn].sort());
    }
  });

  test('leaves later ties out of an earlier slide, and shows every tie with its date on the last', async ({ page }) => {
    await openDeck(page);
    await goToSlide(page, 'network-2015');
    const early = await page.locator('section.present svg:not([data-layout="standard"])').textContent();
    expect(early).not.toContain('TJP');
    expect(early).not.toContain('Pakistan Province');
    await goToSlide(page, 'network-2023');
    const late = (await page.locator('section.present svg:not([data-layout="standard"])').textContent()) ?? '';
    for (const text of ['2014', 'Jan 2015', 'May 2019', 'Dec 2023', 'TJP', 'rivals']) expect(late).toContain(text);
  });
});

test('a projector of another shape gets the drawing made for it, at the step the talk has reached', async ({
  page,
}) => {
  const shown = () =>
    page.locator('section.present .diagram-canvas').evaluate((canvas) => ({
      drawings: [...canvas.querySelectorAll(':scope > svg')].map((svg) => svg.getAttribute('data-layout')),
      kept: [...canvas.querySelectorAll(':scope > template')].map((kept) => kept.getAttribute('data-layout')),
      visibleSteps: canvas.querySelectorAll('svg .diagram-step.visible').length,
    }));
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page);
  await goToSlide(page, 'network-2019');
  await pressAndWait(page, 'ArrowRight');
  const wide = await shown();
  expect(wide.drawings).toEqual(['wide']);
  expect(wide.kept).toEqual(['standard']);
  expect(wide.visibleSteps).toBeGreaterThan(0);
  // Plugged into a 4:3 projector mid-talk: the 4:3 drawing comes in, showing the same steps.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(async () => (await shown()).drawings).toEqual(['standard']);
  const standard = await shown();
  expect(standard.kept).toEqual(['wide']);
  expect(standard.visibleSteps).toBe(wide.visibleSteps);
  expect((await deckState(page)).id).toBe('network-2019');
});

test('the map reveals its attacks year by year, with a legend of who claimed them', async ({ page }) => {
  await openDeck(page);
  await goToSlide(page, 'where-attacks-happened');
  const visible = (): Promise<string[]> =>
    page
      .locator('section.present svg:not([data-layout="standard"]) g.map-marker.visible')
      .evaluateAll((markers) => markers.map((marker) => marker.getAttribute('data-key') ?? ''));
  expect(await visible()).toEqual([]);
  await pressAndWait(page, 'ArrowRight');
  expect((await visible()).sort()).toEqual([
    'quetta-civil-hospital-2016',
    'quetta-police-college-2016',
    'shah-noorani-2016',
  ]);
  let state = await deckState(page);
  while (state.hiddenSteps > 0) state = await pressAndWait(page, 'ArrowRight');
  expect(await visible()).toHaveLength(
    await page.locator('section.present svg:not([data-layout="standard"]) g.map-marker').count(),
  );
  const legend =
    (await page.locator('section.present svg:not([data-layout="standard"]) g.map-legend').textContent()) ?? '';
  for (const name of [
    'Claimed in the name of',
    'Islamic State Khorasan Province',
    'Tehreek-e-Jihad Pakistan',
    'unclaimed',
    'competing claims',
    'a name the source does not state',
  ])
    expect(legend).toContain(name);
});

test('the Afghanistan–Pakistan map shows its cities, a scale bar, its credit and a size key, legibly, from the first step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page);
  await goToSlide(page, 'where-attacks-happened');
  const shown = await page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.reveal .slides > section.present');
    const svg = section?.querySelector<SVGSVGElement>('svg.region-map');
    if (!section || !svg) return null;
    // Design pixels of the 1280×720 slide, whatever reveal.js scales it to.
    const slideScale = section.getBoundingClientRect().width / 1280;
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll<SVGTextElement>('.map-key text, .map-references text')].map((text) => {
      const box = text.getBoundingClientRect();
      const matrix = text.getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
      return {
        text: (text.textContent ?? '').trim(),
        px: (parseFloat(getComputedStyle(text).fontSize) * scale) / slideScale,
        visible:
          getComputedStyle(text).visibility !== 'hidden' &&
          box.width > 0 &&
          box.left >= frame.left &&
          box.right <= frame.right &&
          box.top >= frame.top &&
          box.bottom <= frame.bottom,
      };
    });
    const bar = svg.querySelector<SVGPathElement>('.map-scale-bar');
    return { texts, bar: bar ? bar.getBoundingClientRect().width / slideScale : 0 };
  });
  expect(shown).not.toBeNull();
  const texts = shown?.texts ?? [];
  const said = texts.map((text) => text.text);
  for (const city of ['Kabul', 'Islamabad', 'Peshawar', 'Quetta', 'Karachi', 'city']) expect(said).toContain(city);
  expect(said).toContain('Made with Natural Earth');
  expect(said.some((text) => /^\d+ km$/.test(text))).toBe(true);
  expect(said).toContain('Killed');
  expect(shown?.bar, 'the scale bar is drawn').toBeGreaterThan(40);
  for (const text of texts) {
    expect(text.visible, `${text.text} is shown on the map`).toBe(true);
    expect(text.px, `${text.text} at ${text.px} px`).toBeGreaterThanOrEqual(19.9);
  }
});

/** The present slide's part-of-whole bars: each one's labels, how much of its track is filled, its smallest label in CSS px. */
async function partsOfWhole(page: Page): Promise<Array<{ labels: string[]; filled: number; smallest: number }>> {
  return page.evaluate(() => {
    // The drawing for the window's layout (the other is not displayed).
    const tracks = [...document.querySelectorAll('section.present svg')]
      .filter((drawing) => drawing.checkVisibility())
      .flatMap((drawing) => [...drawing.querySelectorAll<SVGRectElement>('rect.parts-track')]);
    return tracks.map((track) => {
      const fill = track.nextElementSibling as SVGRectElement;
      const texts = [track.previousElementSibling, fill.nextElementSibling] as SVGTextElement[];
      return {
        labels: texts.map((text) => text.textContent ?? ''),
        filled: fill.getBoundingClientRect().width / track.getBoundingClientRect().width,
        smallest: Math.min(
          ...texts.map(
            (text) =>
              Number.parseFloat(getComputedStyle(text).fontSize) * (text.ownerSVGElement?.getScreenCTM()?.a ?? 0),
          ),
        ),
      };
    });
  });
}

test.describe('parts of wholes are drawn, not only written', () => {
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ] as const)
    for (const theme of ['light', 'dark'] as const)
      test(`the toll's claimed share and the deportations, labelled with their hedges, at ${width}×${height}, ${theme}`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await openDeck(page, `./?theme=${theme}#/toll-chart`);
        const [claimed] = await partsOfWhole(page);
        expect(claimed?.labels).toEqual(['17% claimed', 'of 586 terror attacks']);
        expect(claimed?.filled).toBeCloseTo(0.17, 2);
        // The toll chart has a drawing for each layout; its labels are held to 20 px on both.
        expect(claimed?.smallest ?? 0).toBeGreaterThanOrEqual(20);
        await expect(page.locator('section.present .diagram-canvas[role="img"]')).toHaveAccessibleDescription(
          /17% claimed, of 586 terror attacks\./,
        );
        await openDeck(page, `./?theme=${theme}#/fence-and-deport`);
        const [sent] = await partsOfWhole(page);
        expect(sent?.labels).toEqual([
          '541,210 sent back by 2 January 2024',
          'of around 1.7 million undocumented foreigners',
        ]);
        expect(sent?.filled).toBeCloseTo(541210 / 1_700_000, 2);
        expect(sent?.smallest ?? 0).toBeGreaterThanOrEqual(20);
        await expect(page.locator('section.present .diagram-canvas[role="img"]')).toHaveAccessibleName(
          'Fencing and deportation',
        );
      });
});

test.describe('the dark look', () => {
  const look = (page: Page) =>
    page.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      paper: getComputedStyle(document.body).backgroundColor,
    }));

  test('opens from ?theme=dark, switches with D, and is kept while the tab stays open', async ({ page }) => {
    await openDeck(page, './?theme=dark');
    const dark = await look(page);
    expect(dark.theme).toBe('dark');
    await page.keyboard.press('d');
    expect((await look(page)).theme).toBeNull();
    expect((await look(page)).paper).not.toBe(dark.paper);
    await page.keyboard.press('d');
    expect((await look(page)).theme).toBe('dark');
    await openDeck(page, './');
    expect((await look(page)).theme, 'kept for the tab').toBe('dark');
  });

  test('diagrams and text follow it, text at 7:1 or better on the paper', async ({ page }) => {
    const colours = async (): Promise<{ ink: string; paper: string; sea: string; ratio: number }> =>
      page.evaluate(() => {
        const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (value: string): number => {
          const [r, g, b] = rgb(value).map((channel) => {
            const c = channel / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          }) as [number, number, number];
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ink = getComputedStyle(document.querySelector('.reveal')!).color;
        const paper = getComputedStyle(document.body).backgroundColor;
        const sea = getComputedStyle(
          document.querySelector('section.present svg:not([data-layout="standard"]) .map-sea')!,
        ).fill;
        const [light, dark] = [lum(ink), lum(paper)].sort((a, b) => b - a) as [number, number];
        return { ink, paper, sea, ratio: (light + 0.05) / (dark + 0.05) };
      });
    await openDeck(page, './?theme=light#/where-attacks-happened');
    const light = await colours();
    await openDeck(page, './?theme=dark#/where-attacks-happened');
    const dark = await colours();
    expect(light.ratio).toBeGreaterThanOrEqual(7);
    expect(dark.ratio).toBeGreaterThanOrEqual(7);
    expect(dark.sea, 'the map follows the theme').not.toBe(light.sea);
    expect(dark.paper).not.toBe(light.paper);
  });

  test('print and the PDF stay light', async ({ page }) => {
    await page.goto('./?print-pdf&theme=dark');
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    expect((await look(page)).theme).toBeNull();
  });

  test('the speaker view shows the same look', async ({ page }) => {
    await openDeck(page, './?theme=dark');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const frame = popup.frameLocator('.speaker-current');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(popup.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Switched on stage, it follows: the view itself and its previews.
    await page.bringToFront();
    await page.keyboard.press('d');
    await expect(frame.locator('html')).not.toHaveAttribute('data-theme', 'dark');
    await expect(popup.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  });
});
