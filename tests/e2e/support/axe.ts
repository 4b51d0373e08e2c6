import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The deck's own frame around the slides: reveal.js's arrows, progress bar and slide number. */
export const CHROME = ['.reveal > .controls', '.reveal > .progress', '.reveal > .slide-number'];

export const BLOCKING = new Set(['serious', 'critical']);

/**
 * axe-core, put into the page once. AxeBuilder evaluates the 0.5 MB source it is given twice on every
 * call; a walk calls it once a slide in the same page, so it is given a no-op and finds axe in place.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeInPage(page: Page): Promise<AxeBuilder> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return new AxeBuilder({ page, axeSource: 'void 0' });
}

/** axe over the slide on show and the chrome; returns the serious and critical violations, one line per node. */
export async function blockingViolations(page: Page): Promise<{ lines: string[]; contrastChecked: boolean }> {
  let axe = (await axeInPage(page))
    .include('.reveal .slides section.slide.present')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // The deck has no frames, so axe can run in the page itself, twice as fast as its frame-by-frame mode.
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
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
