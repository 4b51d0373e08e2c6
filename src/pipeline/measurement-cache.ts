/**
 * The diagrams' text measurements kept between builds. A drawing made of SVG is generated on every
 * build (its output is its cache key), and generating it measures its labels in the fonts the
 * browser will use: opening and shaping those fonts took a third of a warm build, for numbers that
 * change only with the fonts or the measuring code. They are kept here, keyed by both.
 *
 * Only numbers are kept: an entry that is not a finite, non-negative measurement is dropped and the
 * text measured again, so the folder can spoil no drawing's markup.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEASURING_CODE, measuredTexts, sourceSans3Files, type TextMetrics } from '../diagrams/svg/text-measure.ts';
import { replaceFile } from './cache-files.ts';

interface KeptMeasurements {
  readonly key: string;
  readonly texts: ReadonlyArray<readonly [string, TextMetrics]>;
}

function measurementsKey(): string {
  const { regular, bold } = sourceSans3Files();
  return createHash('sha256')
    .update(readFileSync(regular))
    .update(readFileSync(bold))
    .update(MEASURING_CODE, 'utf8')
    .digest('hex');
}

function isMeasurement(value: unknown): value is TextMetrics {
  if (typeof value !== 'object' || value === null) return false;
  const { width, ascent, descent } = value as Record<string, unknown>;
  return [width, ascent, descent].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

/** The measurements kept for `key` in `file`, those that are measurements. */
function readKept(file: string, key: string): Array<[string, TextMetrics]> {
  if (!existsSync(file)) return [];
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptMeasurements>;
    if (kept.key !== key || !Array.isArray(kept.texts)) return [];
    return kept.texts.flatMap((entry: unknown) =>
      Array.isArray(entry) && typeof entry[0] === 'string' && isMeasurement(entry[1])
        ? [[entry[0], { width: entry[1].width, ascent: entry[1].ascent, descent: entry[1].descent }]]
        : [],
    );
  } catch {
    return [];
  }
}

/**
 * Gives the default measurer what earlier builds measured, runs `generate`, then keeps what it
 * measured that was new. Returns what `generate` returns.
 */
export function withKeptMeasurements<T>(cacheDir: string, generate: () => T): T {
  const key = measurementsKey();
  const file = join(cacheDir, `measurements-${key.slice(0, 32)}.json`);
  const measured = measuredTexts();
  for (const [text, metrics] of readKept(file, key)) if (!measured.has(text)) measured.set(text, metrics);
  const before = measured.size;
  const result = generate();
  if (measured.size > before)
    replaceFile(file, JSON.stringify({ key, texts: [...measured] } satisfies KeptMeasurements));
  return result;
}
