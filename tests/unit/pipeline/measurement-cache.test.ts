import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measuredTexts, sourceSans3Measurer, type TextStyle } from '../../../src/diagrams/svg/text-measure.ts';
import { withKeptMeasurements } from '../../../src/pipeline/measurement-cache.ts';

const style: TextStyle = { fontSize: 20, fontWeight: 700 };

/** The measurer's key for a text in `style` (text-measure.ts). */
const keyOf = (text: string): string => `700|20|0|${text}`;

function keptFile(dir: string): string {
  const [file] = readdirSync(dir).filter((name) => name.startsWith('measurements-'));
  if (!file) throw new Error(`nothing kept in ${dir}`);
  return join(dir, file);
}

/** Sets what the kept file says of `text`. */
function rewrite(dir: string, text: string, metrics: unknown): void {
  const file = keptFile(dir);
  const kept = JSON.parse(readFileSync(file, 'utf8')) as { texts: [string, unknown][] };
  kept.texts = kept.texts.map(([key, value]) => [key, key === keyOf(text) ? metrics : value]);
  writeFileSync(file, JSON.stringify(kept));
}

describe('text measurements kept between builds (src/pipeline/measurement-cache.ts)', () => {
  it('keeps what a build measured, and gives it to the next build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'measurements-'));
    const text = `Kept ${Math.random()}`;
    const first = withKeptMeasurements(dir, () => sourceSans3Measurer()(text, style));
    expect(readFileSync(keptFile(dir), 'utf8')).toContain(text);
    // As a new build would find it: not measured in this process, a kept value the next build believes.
    measuredTexts().delete(keyOf(text));
    rewrite(dir, text, { ...first, width: first.width + 1 });
    const next = withKeptMeasurements(dir, () => sourceSans3Measurer()(text, style));
    expect(next.width).toBe(first.width + 1);
  });

  it.each([
    ['a width that is no number', { width: '<script>', ascent: 10, descent: 4 }],
    ['a negative width', { width: -5, ascent: 10, descent: 4 }],
    ['an infinite width', { width: null, ascent: 10, descent: 4 }],
    ['no measurement at all', 'wide'],
  ])('drops %s, and measures the text again', (_what, spoiled) => {
    const dir = mkdtempSync(join(tmpdir(), 'measurements-'));
    const text = `Spoiled ${Math.random()}`;
    const honest = withKeptMeasurements(dir, () => sourceSans3Measurer()(text, style));
    measuredTexts().delete(keyOf(text));
    rewrite(dir, text, spoiled);
    const again = withKeptMeasurements(dir, () => sourceSans3Measurer()(text, style));
    expect(again).toEqual(honest);
  });
});
