import type { Mark } from '../words/vocabulary.ts';

/** Every mark, in the order they are handed out to groups (`ring` is kept for "nobody claimed it"). */
export const MARKS: readonly Mark[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'cross',
  'star',
  'hexagon',
  'triangle-down',
];

/** The mark that stands for no claimant at all. */
export const UNCLAIMED_MARK: Mark = 'ring';

/** The mark of a claim whose source does not state the name it was made in: hollow, like "nobody", but square. */
export const NOT_STATED_MARK: Mark = 'open-square';

/** The mark of competing claims, none preferred: hollow and diamond-shaped, no group's. */
export const COMPETING_MARK: Mark = 'open-diamond';

type Point = readonly [number, number];

/** Rounds to 0.1, the precision SVG paths need at slide scale. */
function fixed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function polygon(points: readonly Point[], x: number, y: number): string {
  return `M${points.map(([a, b]) => `${fixed(x + a)} ${fixed(y + b)}`).join('L')}Z`;
}

function regular(corners: number, radius: number, start: number): Point[] {
  return Array.from({ length: corners }, (_, k) => {
    const angle = start + (2 * Math.PI * k) / corners;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
  });
}

function circle(x: number, y: number, r: number): string {
  return `M${fixed(x - r)} ${fixed(y)}a${fixed(r)} ${fixed(r)} 0 1 0 ${fixed(2 * r)} 0a${fixed(r)} ${fixed(r)} 0 1 0 ${fixed(-2 * r)} 0Z`;
}

/** How a mark's area shows a count: its radius grows with the count's square root, from `least` up to `most`. */
export interface AreaScale {
  /** The radius of the smallest count, and of a mark with no count. */
  readonly least: number;
  readonly most: number;
  /** Radius per square root of the count. */
  readonly perRoot: number;
}

/** A mark's radius for a count (deaths, say) on `scale`: area by count; no count gets the least. */
export function areaRadius(count: number | null | undefined, scale: AreaScale): number {
  if (count === null || count === undefined) return scale.least;
  return Math.min(scale.most, Math.max(scale.least, Math.sqrt(Math.max(0, count)) * scale.perRoot));
}

/**
 * SVG path data of a mark centred on (x, y) that fits a circle of radius `r`. Each shape
 * is scaled so that the marks look about as heavy as one another.
 */
export function markPath(mark: Mark, x: number, y: number, r: number): string {
  switch (mark) {
    case 'circle':
      return circle(x, y, r * 0.85);
    case 'ring':
      // A hollow circle: an outer and an inner circle, filled even-odd.
      return `${circle(x, y, r * 0.85)}${circle(x, y, r * 0.42)}`;
    case 'square':
      return polygon(regular(4, r * 0.98, Math.PI / 4), x, y);
    case 'open-square':
      // Hollow, filled even-odd like the ring: an outer and an inner square.
      return `${polygon(regular(4, r * 0.98, Math.PI / 4), x, y)}${polygon(regular(4, r * 0.5, Math.PI / 4), x, y)}`;
    case 'open-diamond':
      return `${polygon(regular(4, r * 1.05, -Math.PI / 2), x, y)}${polygon(regular(4, r * 0.52, -Math.PI / 2), x, y)}`;
    case 'diamond':
      return polygon(regular(4, r, -Math.PI / 2), x, y);
    case 'triangle':
      return polygon(regular(3, r, -Math.PI / 2), x, y + r * 0.12);
    case 'triangle-down':
      return polygon(regular(3, r, Math.PI / 2), x, y - r * 0.12);
    case 'hexagon':
      return polygon(regular(6, r * 0.92, 0), x, y);
    case 'star': {
      const points = Array.from({ length: 10 }, (_, k) => {
        const radius = k % 2 === 0 ? r * 1.05 : r * 0.46;
        const angle = -Math.PI / 2 + (k * Math.PI) / 5;
        return [radius * Math.cos(angle), radius * Math.sin(angle) + r * 0.08] as const;
      });
      return polygon(points, x, y);
    }
    case 'cross': {
      const [a, t] = [r * 0.92, r * 0.34];
      return polygon(
        [
          [-t, -a],
          [t, -a],
          [t, -t],
          [a, -t],
          [a, t],
          [t, t],
          [t, a],
          [-t, a],
          [-t, t],
          [-a, t],
          [-a, -t],
          [-t, -t],
        ],
        x,
        y,
      );
    }
  }
}
