import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { deckState, openDeck, pressAndWait, slideIds, walkDeck } from './support/deck.ts';

/** The deck's own frame around the slides: reveal.js's arrows, progress bar and slide number. */
const CHROME = ['.reveal > .controls', '.reveal > .progress', '.reveal > .slide-number'];

const BLOCKING = new Set(['serious', 'critical']);

/** axe over the slide on show and the chrome; returns the serious and critical violations, one line per node. */
async function blockingViolations(page: Page): Promise<{ lines: string[]; contrastChecked: boolean }> {
  let axe = new AxeBuilder({ page }).include('.reveal .slides > section.present').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  for (const selector of CHROME) if ((await page.locator(selector).count()) > 0) axe = axe.include(selector);
  const results = await axe.analyze();
  const lines = results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
  const contrastChecked = [...results.passes, ...results.violations, ...results.incomplete].some((rule) => rule.id === 'color-contrast');
  return { lines, contrastChecked };
}

test.describe('accessibility', () => {
  test.use({ reducedMotion: 'reduce' });

  test('axe finds no serious or critical violation on any slide, colour contrast (AA) included', async ({ page }) => {
    test.slow();
    await openDeck(page);
    // Page-level rules (language, title, landmarks) need the whole document once.
    const whole = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const failures = whole.violations.filter((violation) => BLOCKING.has(violation.impact ?? '')).map((violation) => `page: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    const contrastNotRun: string[] = [];
    await walkDeck(page, async (id) => {
      const { lines, contrastChecked } = await blockingViolations(page);
      failures.push(...lines.map((line) => `${id}: ${line}`));
      if (!contrastChecked) contrastNotRun.push(id);
    });
    expect(failures).toEqual([]);
    expect(contrastNotRun, 'axe checked colour contrast on every slide').toEqual([]);
  });

  test('every diagram has a text alternative: an accessible name and description from its title and desc', async ({ page }) => {
    await openDeck(page);
    const diagrams = page.locator('figure.diagram svg');
    const count = await diagrams.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const svg = diagrams.nth(index);
      const id = await svg.getAttribute('id');
      // Accessible name and description as the browser computes them (aria-labelledby/-describedby, or <title>/<desc>).
      const text = await svg.evaluate((element) => {
        const byIds = (attribute: string): string =>
          (element.getAttribute(attribute) ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((ref) => element.ownerDocument.getElementById(ref)?.textContent ?? '')
            .join(' ')
            .trim();
        return {
          name: byIds('aria-labelledby') || element.getAttribute('aria-label') || (element.querySelector(':scope > title')?.textContent ?? '').trim(),
          description: byIds('aria-describedby') || (element.querySelector(':scope > desc')?.textContent ?? '').trim(),
          role: element.getAttribute('role') ?? '',
        };
      });
      expect(text.name, `${id} has a name`).not.toBe('');
      expect(text.description.length, `${id} has a description`).toBeGreaterThan(20);
      expect(text.role, `${id} is exposed as a graphic, not hidden`).toMatch(/graphics-document|img|document/);
      await expect(svg, `${id}: the browser computes the same name`).toHaveAccessibleName(text.name);
      await expect(svg, `${id}: the browser computes the same description`).toHaveAccessibleDescription(text.description);
    }
  });

  test('keyboard alone: Tab reaches the year axis and the controls, arrows and Enter navigate', async ({ page }) => {
    await openDeck(page, './#/2016');
    expect((await deckState(page)).id).toBe('2016');
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
    expect(years, 'every year of the axis is a Tab stop').toEqual(Array.from({ length: 10 }, (_, index) => `year ${2014 + index}`));
    expect([...reached].filter((item) => item.startsWith('control ')).length, 'the previous and next arrows are Tab stops').toBeGreaterThanOrEqual(2);
    expect(reached.has('cite'), 'the source markers are Tab stops').toBe(true);

    // The focus ring shows where the keyboard is.
    const link = page.locator('section.present .year-axis a', { hasText: '2019' });
    await link.focus();
    const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    // Enter follows a year link; the arrows still drive the deck while a link has the focus.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deckState(page)).id).toBe('2019');
    const ids = await slideIds(page);
    const at2019 = ids.indexOf('2019');
    await page.locator('section.present .year-axis a', { hasText: '2019' }).focus();
    let state = await pressAndWait(page, 'ArrowRight');
    expect(state.index === at2019 || state.id === ids[at2019 + 1], '→ moves on, a step or a slide').toBe(true);
    while (state.id === '2019') state = await pressAndWait(page, 'ArrowRight');
    expect(state.id).toBe(ids[at2019 + 1]);
    state = await pressAndWait(page, 'ArrowLeft');
    expect(state.id).toBe('2019');
  });

  test('prefers-reduced-motion turns slide transitions off', async ({ page }) => {
    const motion = async (): Promise<{ classes: string[]; duration: string }> =>
      page.evaluate(() => ({
        classes: [...(document.querySelector('.reveal')?.classList ?? [])],
        duration: getComputedStyle(document.querySelector('.reveal .slides > section.present')!).transitionDuration,
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
    await openDeck(page, './#/2016');
    const stepDuration = await page.locator('section.present .fragment').first().evaluate((step) => getComputedStyle(step).transitionDuration);
    expect(stepDuration).toMatch(/^0s(, 0s)*$/);
  });
});
