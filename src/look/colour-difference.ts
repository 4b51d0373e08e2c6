/**
 * How different two colours look: CIELAB (D65) and the CIEDE2000 colour difference, so the
 * palette's tests can hold colours with different meanings apart by what a viewer sees, not
 * by their hex codes. Written out here (about fifty lines of published formulas) rather than
 * taken from a package: the deck has no colour library, and this one needs nothing else.
 * Formulas: Sharma, Wu and Dalal, "The CIEDE2000 color-difference formula" (2005).
 */

/** A colour in CIELAB: lightness 0–100 and the two opponent axes. */
export interface Lab {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

const WHITE_D65 = [0.95047, 1, 1.08883] as const;

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function labCurve(t: number): number {
  return t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29;
}

/** CIELAB of a #rrggbb sRGB colour. */
export function toLab(hex: string): Lab {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`'${hex}' is not a #rrggbb colour`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => linear(Number.parseInt(part ?? '0', 16))) as [
    number,
    number,
    number,
  ];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / WHITE_D65[0];
  const y = (0.2126729 * r + 0.7151522 * g + 0.072175 * b) / WHITE_D65[1];
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / WHITE_D65[2];
  const [fx, fy, fz] = [labCurve(x), labCurve(y), labCurve(z)];
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

const degrees = (radians: number): number => (radians * 180) / Math.PI;
const radians = (deg: number): number => (deg * Math.PI) / 180;

/** Hue angle in degrees, 0–360. */
function hue(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const angle = degrees(Math.atan2(b, a));
  return angle < 0 ? angle + 360 : angle;
}

/** CIEDE2000 difference of two Lab colours (kL = kC = kH = 1). About 2 is just noticeable; 15 reads as another colour. */
export function ciede2000(first: Lab, second: Lab): number {
  const meanChroma = (Math.hypot(first.a, first.b) + Math.hypot(second.a, second.b)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanChroma ** 7 / (meanChroma ** 7 + 25 ** 7)));
  const [a1, a2] = [first.a * (1 + g), second.a * (1 + g)];
  const [c1, c2] = [Math.hypot(a1, first.b), Math.hypot(a2, second.b)];
  const [h1, h2] = [hue(first.b, a1), hue(second.b, a2)];
  const deltaL = second.l - first.l;
  const deltaC = c2 - c1;
  let deltaHue = 0;
  if (c1 * c2 !== 0) deltaHue = Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
  const deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin(radians(deltaHue / 2));
  const meanL = (first.l + second.l) / 2;
  const meanC = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0)
    meanH = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const sL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sC = 1 + 0.045 * meanC;
  const sH = 1 + 0.015 * meanC * t;
  const rT =
    -2 *
    Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)) *
    Math.sin(radians(60 * Math.exp(-(((meanH - 275) / 25) ** 2))));
  return Math.sqrt((deltaL / sL) ** 2 + (deltaC / sC) ** 2 + (deltaH / sH) ** 2 + rT * (deltaC / sC) * (deltaH / sH));
}

/** CIEDE2000 difference of two #rrggbb colours. */
export function colourDifference(first: string, second: string): number {
  return ciede2000(toLab(first), toLab(second));
}
