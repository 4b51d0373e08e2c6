import { expect, type Page, test } from '@playwright/test';
import { HANDOUT_LAYOUT, printSearch, READY_FLAGS } from '../../src/contract.ts';
import { deckState, diagramSlideIds, goToSlide, openDeck, pressAndWait } from './support/deck.ts';

/**
 * Diagrams readable from the back row: every label at least 20 CSS px of its slide (the
 * 1280×720 slide, or the 1024×768 one on a 4:3 screen, which has drawings of its own),
 * measured from the rendered text (its computed size times the drawing's scale on screen,
 * over reveal.js's own scale), no label over another, none past its box
 * or the slide's edge, on a 4:3 projector, a 16:9 one and full HD.
 */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The smallest label, in CSS px of the slide. */
const MIN_LABEL_PX = 20;
/** Rounding of rectangles at non-integer scales; a real overlap is far larger. */
const SLACK_PX = 1.5;

interface LabelReport {
  readonly sizes: ReadonlyArray<{ readonly text: string; readonly px: number }>;
  readonly problems: readonly string[];
}

/** Runs in the page: measures every shown label of the present slide's diagram. */
function measureLabels(input: { slack: number }): LabelReport {
  const section = document.querySelector<HTMLElement>('.reveal .slides section.slide.present');
  // The drawing for the slide's layout; the other layout's is not displayed.
  const svg = [...(section?.querySelectorAll<SVGSVGElement>('figure.diagram .diagram-canvas svg') ?? [])].find(
    (drawing) => drawing.checkVisibility(),
  );
  if (!section || !svg) return { sizes: [], problems: ['no diagram on the slide'] };
  // In CSS px of the slide as laid out: 1280 wide on a 16:9 screen, 1024 on a 4:3 one, each with its own drawing.
  const slideScale = section.getBoundingClientRect().width / section.offsetWidth;
  const shown = (element: Element): boolean => {
    for (let up: Element | null = element; up && up !== svg.parentElement; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  const texts = [...svg.querySelectorAll('text')].filter(
    (text) => (text.textContent ?? '').trim() !== '' && shown(text) && text.getBoundingClientRect().width > 0,
  );
  const name = (text: Element): string => `"${(text.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const problems: string[] = [];
  const sizes = texts.map((text) => {
    const matrix = (text as SVGGraphicsElement).getScreenCTM();
    const drawingScale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
    const px = (parseFloat(getComputedStyle(text).fontSize) * drawingScale) / slideScale;
    return { text: (text.textContent ?? '').trim().slice(0, 40), px: Math.round(px * 10) / 10 };
  });
  const inside = (inner: DOMRect, outer: DOMRect): boolean =>
    inner.left >= outer.left - input.slack &&
    inner.top >= outer.top - input.slack &&
    inner.right <= outer.right + input.slack &&
    inner.bottom <= outer.bottom + input.slack;
  const boxes = texts.map((text) => text.getBoundingClientRect());
  boxes.forEach((box, i) => {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const other = boxes[j];
      if (!other) continue;
      const across = Math.min(box.right, other.right) - Math.max(box.left, other.left);
      const down = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
      if (across > input.slack && down > input.slack)
        problems.push(`${name(texts[i] as Element)} overlaps ${name(texts[j] as Element)}`);
    }
    const text = texts[i] as Element;
    if (!inside(box, section.getBoundingClientRect())) problems.push(`${name(text)} runs past the slide's edge`);
    // A label drawn in a box (a group's node, a legend's frame) stays inside it.
    const holder = text.closest('g.node, g.map-legend');
    const frame = holder?.querySelector(':scope > rect, :scope > polygon');
    if (frame && !inside(box, frame.getBoundingClientRect())) problems.push(`${name(text)} runs past its box`);
  });
  return { sizes, problems };
}

/** Shows every step of the present slide, staying on it. */
async function revealAllSteps(page: Page): Promise<void> {
  let state = await deckState(page);
  const id = state.id;
  while (state.hiddenSteps > 0 && state.id === id) state = await pressAndWait(page, 'ArrowRight');
  expect(state.id, 'every step shown on the same slide').toBe(id);
}

for (const viewport of VIEWPORTS) {
  test.describe(`diagrams at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, reducedMotion: 'reduce' });

    test('every label is at least 20 px, over no other label, inside its box and the slide', async ({ page }) => {
      test.slow();
      await openDeck(page);
      const ids = await diagramSlideIds(page);
      expect(ids.length).toBeGreaterThan(5);
      const failures: string[] = [];
      const smallest: string[] = [];
      for (const id of ids) {
        await goToSlide(page, id);
        await revealAllSteps(page);
        const report = await page.evaluate(measureLabels, { slack: SLACK_PX });
        // Two at the least: a part of a whole names its part and its whole.
        expect(report.sizes.length, `${id} has labels`).toBeGreaterThanOrEqual(2);
        const min = Math.min(...report.sizes.map((size) => size.px));
        smallest.push(`${id}: ${min} px`);
        for (const size of report.sizes.filter((label) => label.px < MIN_LABEL_PX - 0.05))
          failures.push(`${id}: "${size.text}" is ${size.px} px`);
        failures.push(...report.problems.map((problem) => `${id}: ${problem}`));
      }
      test.info().annotations.push({ type: 'smallest label', description: smallest.join('; ') });
      expect(failures, `labels at ${viewport.width}×${viewport.height}`).toEqual([]);
    });
  });
}

test.describe('the handout', () => {
  // A page whose notes and sources are long prints its slide smaller rather than its notes unreadably small
  // (src/client/handout.ts): the drawing then spans the printed slide, whatever its scale.
  test('draws each diagram across the full width of its printed slide', async ({ page }) => {
    await page.goto(`./${printSearch(HANDOUT_LAYOUT)}`);
    await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', READY_FLAGS.print);
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.pdf-page')].flatMap((pdfPage) => {
        // A diagram slide's drawing; a picture under a slide's points is a band at its own drawn size, never enlarged.
        const svg = pdfPage.querySelector(
          'section.slide--diagram figure.diagram .diagram-canvas svg:not([data-layout="standard"])',
        );
        const slide = pdfPage.querySelector('section');
        const panel = pdfPage.querySelector('.handout-panel');
        if (!svg || !slide || !panel) return [];
        return [
          {
            id: slide.id,
            drawing: svg.getBoundingClientRect().width,
            slide: slide.getBoundingClientRect().width,
            text: panel.getBoundingClientRect().width,
          },
        ];
      }),
    );
    expect(widths.length).toBeGreaterThan(5);
    // A drawing taller than wide fills the height instead; none of the talk's is.
    const narrow = widths
      .filter(({ drawing, slide }) => drawing <= slide * 0.95)
      .map(
        ({ id, drawing, slide, text }) =>
          `${id}: drawn ${Math.round(drawing)} px wide in a ${Math.round(slide)} px slide on a ${Math.round(text)} px text width`,
      );
    expect(narrow).toEqual([]);
  });
});
