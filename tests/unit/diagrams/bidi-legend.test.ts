import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../src/browser/chromium.ts';
import { sourceSans3Files, sourceSans3Measurer } from '../../../src/diagrams/svg/text-measure.ts';
import { LIMITS } from '../../../src/model/lengths.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import { validateTalk } from '../../../src/rules/index.ts';
import { diagramsOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

/** Latin and Urdu in one label, each label at its limit: the toll chart's legend must hold them whole. */
const MIXED = 'پولیس افسران police officers کوئٹہ شہری ہلاکتیں and guards';
const atLimit = (max: number): string => MIXED.repeat(4).slice(0, max).trimEnd();

const talk = mutate(guildsTalk, (t) => {
  const fair = t.events.find((event) => event.id === 'fair')!;
  for (const figure of fair.figures)
    figure.label = atLimit(figure.role === 'part' ? LIMITS.sliceLabel.max : LIMITS.figureLabel.max);
});

/** The deck's own font, as the page ships it; anything it lacks comes from the system's fallback, as on stage. */
function fontFaces(): string {
  const files = sourceSans3Files();
  const face = (weight: number, file: string) =>
    `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')})}`;
  return face(400, files.regular) + face(700, files.bold);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a toll chart with labels mixing Latin and right-to-left text', () => {
  it('is valid content: every label within its limit', () => {
    expect(validateTalk(talk)).toEqual([]);
  });

  it('measures characters the deck font lacks at least as wide as a fallback font draws them', () => {
    const measure = sourceSans3Measurer();
    const style = { fontSize: 20, fontWeight: 400 } as const;
    expect(measure('کوئٹہ', style).width).toBeGreaterThanOrEqual(5 * 0.75 * 20);
    expect(measure('警察官', style).width).toBeGreaterThanOrEqual(3 * 20);
    // Text the font has is measured as before: its own advances.
    expect(measure('police', style).width).toBeLessThan(6 * 0.6 * 20);
  });

  for (const direction of ['ltr', 'rtl'] as const) {
    it(`keeps every label whole inside the chart and the slice labels apart, on a ${direction} page`, async () => {
      const toll = diagramsOf(talk).find((diagram) => diagram.slideId === 'fair-toll')!;
      expect(toll.drawing.engine).toBe('svg');
      const svg = toll.drawing.engine === 'svg' ? toll.drawing.svg : '';
      const page = await browser.newPage();
      await page.setContent(
        `<html lang="${indexTalk(talk).talk.lang}" dir="${direction}"><head><style>${fontFaces()} svg{font-family:'Source Sans 3',sans-serif}</style></head><body>${svg}</body></html>`,
      );
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const problems = await page.evaluate(() => {
        const chart = document.querySelector('svg')!;
        const { width } = chart.viewBox.baseVal;
        const found: string[] = [];
        const boxes = [...chart.querySelectorAll('text')].map((text) => ({ text, box: text.getBBox() }));
        for (const { text, box } of boxes) {
          if (box.x < -0.5 || box.x + box.width > width + 0.5)
            found.push(
              `"${text.textContent}" spans ${box.x.toFixed(0)}–${(box.x + box.width).toFixed(0)} of 0–${width}`,
            );
        }
        for (const [position, { text, box }] of boxes.entries())
          for (const other of boxes.slice(position + 1))
            if (
              Math.abs(other.box.y - box.y) < 1 &&
              other.box.x < box.x + box.width - 0.5 &&
              box.x < other.box.x + other.box.width - 0.5
            )
              found.push(`"${text.textContent}" overlaps "${other.text.textContent}"`);
        return found;
      });
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});
