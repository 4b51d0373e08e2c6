import { expect, type Page, test } from '@playwright/test';
import { goToSlide, openDeck, settleAnimations } from './support/deck.ts';

/**
 * The stage rules, measured where the audience sees them: on a 16:9 and a 4:3 screen,
 * at every slide's last step, at most 40 words on screen (the year axis, citation marks,
 * the slide number, the keyboard hint and a diagram's drawn labels aside), no text under 24 px, body text at
 * least 28 px, diagram labels at least 20 px, content that reaches below mid-height; on 4:3 the slide fills the height.
 * The Sources slide is held to them; its list, reference pages stacked one keypress off the talk's
 * path, is not.
 */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

const MAX_WORDS = 40;
const MIN_TEXT_PX = 24;
const MIN_BODY_PX = 28;
/** Diagram labels, in CSS px of the slide: each layout shows a drawing made for it (src/diagrams/diagram-kind.ts). */
const MIN_LABEL_PX = 20;
/** Rounding of sizes at reveal.js's scale. */
const SLACK_PX = 0.25;

interface StageReport {
  readonly words: number;
  readonly smallest: { readonly text: string; readonly px: number } | null;
  readonly smallestBody: { readonly text: string; readonly px: number } | null;
  /** The smallest label of the diagram the slide shows, in CSS px of the slide (as its drawing sets it). */
  readonly smallestLabel: { readonly text: string; readonly px: number } | null;
  readonly contentBottom: number;
  readonly slideTop: number;
  readonly slideHeight: number;
}

/** Runs in the page: shows every step of the present slide, then measures its visible text. */
function measureStage(): StageReport {
  const section = document.querySelector<HTMLElement>('.reveal .slides section.slide.present');
  if (!section) throw new Error('no slide on screen');
  const fragments = [...section.querySelectorAll<Element>('.fragment')];
  for (const fragment of fragments) fragment.classList.add('visible');
  fragments.at(-1)?.classList.add('current-fragment');
  const scale = section.getBoundingClientRect().width / section.offsetWidth;
  // The keyboard hint is the deck's own help line, like the slide number and the controls.
  const aside = 'aside.notes, .year-axis, .cite, svg, .slide-number, .talk-keys';
  const body = '.points, .event-cards, .record-list, table, figcaption, .closing';
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  let words = 0;
  let smallest: StageReport['smallest'] = null;
  let smallestBody: StageReport['smallestBody'] = null;
  let contentBottom = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || parent.closest(aside) || !parent.checkVisibility({ opacityProperty: false })) continue;
    words += text.split(/\s+/).filter(Boolean).length;
    const px = Number.parseFloat(getComputedStyle(parent).fontSize) * scale;
    if (!smallest || px < smallest.px) smallest = { text, px };
    // The handout mark is a small mark, held to the 24 px floor, not to the body size.
    if (parent.closest(body) && !parent.closest('.more-in-handout') && (!smallestBody || px < smallestBody.px))
      smallestBody = { text, px };
    contentBottom = Math.max(contentBottom, parent.getBoundingClientRect().bottom);
  }
  // A drawing, a table or a strip is content too, though its words are not counted here.
  for (const element of section.querySelectorAll<Element>('svg, table, img')) {
    if (element.closest('aside.notes, .year-axis, .slide-number') || !element.checkVisibility()) continue;
    contentBottom = Math.max(contentBottom, element.getBoundingClientRect().bottom);
  }
  // Diagram labels, in the drawing for this layout (the other one is not displayed).
  let smallestLabel: StageReport['smallestLabel'] = null;
  for (const label of section.querySelectorAll<SVGTextElement>('figure.diagram svg text')) {
    const text = label.textContent?.trim() ?? '';
    const matrix = label.getScreenCTM();
    if (!text || !matrix || !label.checkVisibility()) continue;
    const px = (Number.parseFloat(getComputedStyle(label).fontSize) * Math.hypot(matrix.a, matrix.b)) / scale;
    if (!smallestLabel || px < smallestLabel.px) smallestLabel = { text, px };
  }
  const box = section.getBoundingClientRect();
  return { words, smallest, smallestBody, smallestLabel, contentBottom, slideTop: box.top, slideHeight: box.height };
}

async function stageSlides(page: Page): Promise<Array<{ id: string; kind: string }>> {
  return page.locator('.reveal .slides section.slide').evaluateAll((sections) =>
    sections
      // Reference pages stacked off the talk's path (the Sources list) are read, not presented.
      .filter((section) => !section.classList.contains('slide--reference'))
      .map((section) => ({ id: section.id, kind: section.className.match(/slide--(\w+)/)?.[1] ?? '' })),
  );
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.width}×${screen.height} screen`, () => {
    test.use({ viewport: screen });

    test('every slide keeps to the stage rules @smoke', async ({ page }) => {
      test.setTimeout(180_000);
      await openDeck(page);
      const problems: string[] = [];
      for (const { id, kind } of await stageSlides(page)) {
        await goToSlide(page, id);
        await settleAnimations(page);
        const report = await page.evaluate(measureStage);
        if (report.words > MAX_WORDS) problems.push(`${id}: ${report.words} words on stage`);
        if (report.smallest && report.smallest.px < MIN_TEXT_PX - SLACK_PX)
          problems.push(`${id}: "${report.smallest.text}" at ${report.smallest.px.toFixed(1)} px`);
        if (report.smallestBody && report.smallestBody.px < MIN_BODY_PX - SLACK_PX)
          problems.push(`${id}: body "${report.smallestBody.text}" at ${report.smallestBody.px.toFixed(1)} px`);
        if (report.smallestLabel && report.smallestLabel.px < MIN_LABEL_PX - SLACK_PX)
          problems.push(
            `${id}: diagram label "${report.smallestLabel.text}" at ${report.smallestLabel.px.toFixed(1)} px`,
          );
        const middle = report.slideTop + report.slideHeight / 2;
        if (kind !== 'title' && report.contentBottom < middle) problems.push(`${id}: content ends above mid-height`);
      }
      expect(problems).toEqual([]);
    });
  });
}

test('a 4:3 screen gets a 4:3 slide that uses its full height, not a letterbox', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openDeck(page);
  const { height, width } = await page.locator('.reveal .slides section.slide.present').evaluate((section) => {
    const box = section.getBoundingClientRect();
    return { height: box.height, width: box.width };
  });
  expect(height).toBeGreaterThan(768 * 0.9);
  expect(width / height).toBeCloseTo(4 / 3, 1);
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'standard');
});
