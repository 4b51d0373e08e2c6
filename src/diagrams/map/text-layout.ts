import type { FontWeight, TextMeasurer, TextStyle } from '../svg/text-measure.ts';

export interface TextBlock {
  readonly lines: readonly string[];
  readonly style: TextStyle;
  readonly width: number;
  readonly height: number;
  readonly ascent: number;
  /** Baseline-to-baseline distance between lines. */
  readonly lineAdvance: number;
}

export function layoutText(lines: readonly string[], style: TextStyle, measure: TextMeasurer): TextBlock {
  let width = 0;
  let ascent = 0;
  let descent = 0;
  for (const line of lines) {
    const m = measure(line, style);
    width = Math.max(width, m.width);
    ascent = m.ascent;
    descent = m.descent;
  }
  const lineAdvance = Math.round(style.fontSize * 1.2 * 10) / 10;
  return { lines, style, width, height: ascent + descent + (lines.length - 1) * lineAdvance, ascent, lineAdvance };
}

/** Single-line and (if it has spaces) best two-line layouts of a label. */
export function labelVariants(label: string, style: TextStyle, measure: TextMeasurer): TextBlock[] {
  if (label.includes('\n')) return [layoutText(label.split('\n'), style, measure)];
  const out = [layoutText([label], style, measure)];
  const words = label.split(' ');
  if (words.length > 1) {
    let best: TextBlock | undefined;
    for (let k = 1; k < words.length; k++) {
      const block = layoutText([words.slice(0, k).join(' '), words.slice(k).join(' ')], style, measure);
      if (!best || block.width < best.width) best = block;
    }
    if (best) out.push(best);
  }
  return out;
}

export function textStyle(fontSize: number, fontWeight: FontWeight, letterSpacing?: number): TextStyle {
  return letterSpacing === undefined ? { fontSize, fontWeight } : { fontSize, fontWeight, letterSpacing };
}
