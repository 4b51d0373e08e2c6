import type { TextMeasurer, TextStyle } from './text-measure.ts';

/** Breaks text into lines no wider than `width`, at spaces; a word wider than the line keeps a line of its own. */
export function wrapText(text: string, width: number, style: TextStyle, measure: TextMeasurer): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, style).width <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
