import { axeOverPage, BLOCKING } from './support/axe.ts';
import { deckState, diagramSlideIds, goToSlide, openDeck, pressAndWait, slideIds } from './support/deck.ts';
import { expect, test } from './support/talk.ts';

/**
 * Runs in the page. axe leaves SVG text undecided ("background could not be determined"), so
 * each label of the diagram is checked here: its fill against the fill of the shape painted
 * under its centre (or the slide's paper), with opacities applied, as WCAG's contrast ratio.
 */
function lowContrastLabels(svg: Element): string[] {
  const parse = (color: string): [number, number, number, number] | null => {
    const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
    return match
      ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])]
      : null;
  };
  const opacity = (element: Element): number => {
    let value = 1;
    for (let up: Element | null = element; up && up !== svg.parentElement; up = up.parentElement)
      value *= Number(getComputedStyle(up).opacity);
    return value;
  };
  const over = (top: readonly number[], alpha: number, bottom: readonly number[]): number[] =>
    top.slice(0, 3).map((channel, index) => channel * alpha + (bottom[index] ?? 0) * (1 - alpha));
  const luminance = (rgb: readonly number[]): number => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const paper = parse(getComputedStyle(svg.closest('section') ?? document.body).backgroundColor) ?? [255, 255, 255, 1];
  const paperRgb =
    paper[3] === 0 ? (parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1]) : paper;
  const problems: string[] = [];
  for (const text of svg.querySelectorAll('text')) {
    if ((text.textContent ?? '').trim() === '') continue;
    const box = text.getBoundingClientRect();
    if (box.width === 0) continue;
    const style = getComputedStyle(text);
    const ink = parse(style.fill);
    if (!ink) {
      problems.push(`"${text.textContent}": fill ${style.fill} is not a plain colour`);
      continue;
    }
    const under = document
      .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      .find(
        (element) =>
          element !== text &&
          !text.contains(element) &&
          svg.contains(element) &&
          element instanceof SVGGeometryElement &&
          (parse(getComputedStyle(element).fill)?.[3] ?? 0) > 0,
      );
    let ground: number[] = paperRgb.slice(0, 3);
    if (under) {
      const fill = parse(getComputedStyle(under).fill)!;
      ground = over(fill, fill[3] * Number(getComputedStyle(under).fillOpacity) * opacity(under), ground);
    }
    const fore = over(ink, ink[3] * Number(style.fillOpacity) * opacity(text), ground);
    const [light, dark] = [luminance(fore), luminance(ground)].sort((a, b) => b - a) as [number, number];
    const ratio = (light + 0.05) / (dark + 0.05);
    if (ratio < 4.5)
      problems.push(
        `"${(text.textContent ?? '').trim().slice(0, 40)}": contrast ${ratio.toFixed(2)} (text rgb(${fore.map(Math.round).join(',')}) on rgb(${ground.map(Math.round).join(',')}))`,
      );
  }
  return problems;
}

test.describe('accessibility', () => {
  test.use({ reducedMotion: 'reduce' });

  test('axe finds no serious or critical violation in the page as a whole', async ({ page }) => {
    await openDeck(page);
    // Page-level rules (language, title, landmarks) need the whole document once.
    const whole = await (await axeOverPage(page)).withTags(['wcag2a', 'wcag2aa']).analyze();
    const failures = whole.violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map(
        (violation) =>
          `page: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(failures).toEqual([]);
  });

  // axe on every slide, colour contrast included, runs in the walk (tests/e2e/walk.spec.ts), which visits each slide once.

  test('every diagram has a text alternative: one image, named and described from the data, the drawing hidden', async ({
    page,
  }) => {
    await openDeck(page);
    const slidesWithDiagrams = await diagramSlideIds(page);
    expect(slidesWithDiagrams.length).toBeGreaterThan(0);
    for (const slide of slidesWithDiagrams) {
      // A slide off stage is hidden from assistive technology, so each diagram is checked on its own slide.
      await goToSlide(page, slide);
      const image = page.locator('.reveal .slides section.slide.present figure.diagram [role="img"]');
      const svg = image.locator('svg >> visible=true');
      const id = await svg.getAttribute('id');
      // The name and description as written in the page, then as the browser computes them.
      const text = await image.evaluate((element) => {
        const byIds = (attribute: string): string =>
          (element.getAttribute(attribute) ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((ref) => element.ownerDocument.getElementById(ref)?.textContent ?? '')
            .join(' ')
            .trim();
        return { name: byIds('aria-labelledby'), description: byIds('aria-describedby') };
      });
      expect(text.name, `${id} has a name`).not.toBe('');
      expect(text.description.length, `${id} has a description`).toBeGreaterThan(20);
      await expect(image, `${id}: the browser computes the same name`).toHaveAccessibleName(text.name);
      await expect(image, `${id}: the browser computes the same description`).toHaveAccessibleDescription(
        text.description,
      );
      await expect(svg, `${id}: the drawing's shapes are hidden from screen readers`).toHaveAttribute(
        'aria-hidden',
        'true',
      );
      // The SVG keeps its own title and description, for the PDF and for anyone who saves the drawing.
      expect(await svg.locator(':scope > title').count(), `${id} keeps its <title>`).toBe(1);
    }
  });

  test('every diagram label has AA contrast (4.5:1) against what is drawn under it', async ({ page }) => {
    await openDeck(page);
    const slidesWithDiagrams = await diagramSlideIds(page);
    const failures: string[] = [];
    for (const slide of slidesWithDiagrams) {
      await goToSlide(page, slide);
      // A diagram that grows shows its labels step by step; each is checked once shown.
      let state = await deckState(page);
      while (state.hiddenSteps > 0 && state.id === slide) state = await pressAndWait(page, 'ArrowRight');
      const problems = await page
        .locator('.reveal .slides section.slide.present figure.diagram svg >> visible=true')
        .evaluate(lowContrastLabels);
      failures.push(...problems.map((problem) => `${slide}: ${problem}`));
    }
    expect(failures).toEqual([]);
  });

  test('keyboard alone: Tab reaches the year axis and the controls, arrows and Enter navigate', async ({
    page,
    marks,
  }) => {
    const { busyYear, laterYear } = marks;
    await openDeck(page, `./#/${busyYear}`);
    // The year's events are steps: their source markers can take the focus once shown, not before.
    let state = await deckState(page);
    expect(state.id).toBe(busyYear);
    expect(await page.locator('section.present .cite:visible').count()).toBe(0);
    while (state.hiddenSteps > 0) state = await pressAndWait(page, 'ArrowRight');
    expect(state.id).toBe(busyYear);
    const reached = new Set<string>();
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return '';
        if (element.closest('.year-axis')) return `year ${element.textContent ?? ''}`;
        if (element.closest('.controls')) return `control ${element.getAttribute('aria-label') ?? element.className}`;
        if (element.classList.contains('cite')) return 'cite';
        return element.tagName.toLowerCase();
      });
      if (focused) reached.add(focused);
    }
    const years = [...reached].filter((item) => item.startsWith('year ')).sort();
    const axis = (await page.locator('section.present .year-axis a').allTextContents()).map((year) => `year ${year}`);
    expect(axis.length).toBeGreaterThan(1);
    expect(years, 'every year of the axis is a Tab stop').toEqual(axis.sort());
    expect(
      [...reached].filter((item) => item.startsWith('control ')).length,
      'the previous and next arrows are Tab stops',
    ).toBeGreaterThanOrEqual(2);
    // Source markers left the stage for the notes and the handout (tests/unit/deck/stage-and-page.test.ts).

    // The focus ring shows where the keyboard is.
    const link = page.locator('section.present .year-axis a', { hasText: laterYear });
    await link.focus();
    const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    // Enter follows a year link; the arrows still drive the deck while a link has the focus.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deckState(page)).id).toBe(laterYear);
    const ids = await slideIds(page);
    const atLater = ids.indexOf(laterYear);
    await page.locator('section.present .year-axis a', { hasText: laterYear }).focus();
    state = await pressAndWait(page, 'ArrowRight');
    expect(state.index === atLater || state.id === ids[atLater + 1], '→ moves on, a step or a slide').toBe(true);
    while (state.id === laterYear) state = await pressAndWait(page, 'ArrowRight');
    expect(state.id).toBe(ids[atLater + 1]);
    state = await pressAndWait(page, 'ArrowLeft');
    expect(state.id).toBe(laterYear);
  });

  test('prefers-reduced-motion turns slide transitions off', async ({ page, marks }) => {
    const motion = async (): Promise<{ classes: string[]; duration: string }> =>
      page.evaluate(() => ({
        classes: [...(document.querySelector('.reveal')?.classList ?? [])],
        duration: getComputedStyle(document.querySelector('.reveal .slides section.slide.present')!).transitionDuration,
      }));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openDeck(page);
    const moving = await motion();
    expect(moving.classes).toContain('slide');
    expect(moving.duration).not.toMatch(/^0s(, 0s)*$/);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page);
    const still = await motion();
    expect(still.classes).toContain('none');
    expect(still.classes).not.toContain('slide');
    expect(still.duration).toMatch(/^0s(, 0s)*$/);
    // A step of a year slide appears at once as well.
    await openDeck(page, `./#/${marks.busyYear}`);
    const stepDuration = await page
      .locator('section.present .fragment')
      .first()
      .evaluate((step) => getComputedStyle(step).transitionDuration);
    expect(stepDuration).toMatch(/^0s(, 0s)*$/);
  });
});
