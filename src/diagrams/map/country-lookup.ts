/**
 * Which drawn country a point of the map lies in. Label placement asks it for every sample
 * point of every candidate box (is this label over its own country, over another's land?),
 * tens of thousands of times a map, so the frame is cut into square cells, each listing the
 * countries whose box meets it: a question reads its cell's short list and tests only those,
 * each by its indexed inside test. Points off the frame (rarely asked) try every country.
 */
import type { CountryShape } from './geography.ts';
import { type Rect, rectContainsPoint, rectsMeet } from './label-placement.ts';
import { shapeContains } from './planar.ts';

export type CountryLookup = (x: number, y: number) => CountryShape | null;

/** A cell's side in user units: a few label heights, so a cell lists only the countries around it. */
const CELL = 32;

/** The cells (column, row) a box covers, clamped to the grid. */
function cellRange(box: Rect, frame: Rect, columns: number, rows: number): [number, number, number, number] {
  const clamp = (value: number, cells: number): number => Math.min(cells - 1, Math.max(0, value));
  return [
    clamp(Math.floor((box.x - frame.x) / CELL), columns),
    clamp(Math.floor((box.y - frame.y) / CELL), rows),
    clamp(Math.floor((box.x + box.w - frame.x) / CELL), columns),
    clamp(Math.floor((box.y + box.h - frame.y) / CELL), rows),
  ];
}

/** The lookup for some countries over the map's frame: at sea, null; where two overlap, the first listed. */
export function countryLookup(countries: readonly CountryShape[], frame: Rect): CountryLookup {
  const columns = Math.max(1, Math.ceil(frame.w / CELL));
  const rows = Math.max(1, Math.ceil(frame.h / CELL));
  const cells: CountryShape[][] = Array.from({ length: columns * rows }, () => []);
  for (const country of countries) {
    if (!rectsMeet(country.shape.bbox, frame)) continue;
    const [left, top, right, bottom] = cellRange(country.shape.bbox, frame, columns, rows);
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) cells[row * columns + column]?.push(country);
  }
  return (x, y) => {
    const [column, row] = [Math.floor((x - frame.x) / CELL), Math.floor((y - frame.y) / CELL)];
    const near = rectContainsPoint(frame, x, y)
      ? cells[Math.min(rows - 1, row) * columns + Math.min(columns - 1, column)]
      : countries;
    return near?.find((country) => shapeContains(country.shape, x, y)) ?? null;
  };
}
