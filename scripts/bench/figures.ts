import { median, ratio } from './stats.ts';
import type { Figure, FigureKey } from './types.ts';

/** Table rows in order, with the label each shows. */
export const LABELS: Record<FigureKey, string> = {
  buildCold: 'Build, cold diagram cache',
  buildWarm: 'Build, warm diagram cache',
  bytesTotal: 'Shipped bytes, total',
  bytesJsGzip: 'JavaScript, gzipped',
  bytesCssGzip: 'CSS, gzipped',
  firstSlide: 'First slide shown',
  allDiagrams: 'All diagrams shown',
  pdfExport: 'PDF export',
};

/** Builds a figure from every run of both sides: medians, and their ratio. An empty floor means the floor has no counterpart. */
export function figure(
  key: FigureKey,
  unit: Figure['unit'],
  deckRuns: readonly number[],
  floorRuns: readonly number[],
): Figure {
  const deck = median(deckRuns);
  const floor = floorRuns.length > 0 ? median(floorRuns) : null;
  return { key, label: LABELS[key], unit, deck, floor, ratio: ratio(deck, floor), deckRuns, floorRuns };
}

/** Puts figures in the table's order, whatever order they were measured in. */
export function inTableOrder(figures: readonly Figure[]): Figure[] {
  const order = Object.keys(LABELS);
  return [...figures].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}
