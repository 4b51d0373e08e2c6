import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The deck's own frame around the slides: reveal.js's arrows, progress bar and slide number. */
export const CHROME = ['.reveal > .controls', '.reveal > .progress', '.reveal > .slide-number'];

export const BLOCKING = new Set(['serious', 'critical']);

/** axe-core's source, put into each frame of a page once (see `axeOverPage`). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The tags every axe run checks: WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe over a whole page and the frames in it (the speaker view's previews), put into each frame once.
 * AxeBuilder injects its source into every frame at each call, and axe listens for its frames' messages
 * once more at each injection: a page checked four times answered four times at the fourth, and took
 * three times as long. In its legacy mode axe runs from the page and reaches into each frame itself.
 * Only violations are asserted: each passing rule then comes back with one node, not every node it checked.
 */
export async function axeOverPage(page: Page): Promise<AxeBuilder> {
  for (const frame of page.frames())
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return new AxeBuilder({ page, axeSource: 'void 0' })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
}

/** axe over the slide on show and the chrome; returns the serious and critical violations, one line per node. */
export async function blockingViolations(page: Page): Promise<{ lines: string[]; contrastChecked: boolean }> {
  // A walk calls this once a slide in the same page: axe goes into it once.
  let axe = (await axeOverPage(page)).include('.reveal .slides section.slide.present');
  for (const selector of CHROME) if ((await page.locator(selector).count()) > 0) axe = axe.include(selector);
  const results = await axe.analyze();
  const lines = results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      ),
    );
  const contrastChecked = [...results.passes, ...results.violations, ...results.incomplete].some(
    (rule) => rule.id === 'color-contrast',
  );
  return { lines, contrastChecked };
}
