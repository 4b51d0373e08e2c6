/**
 * A d3-geo path context that writes compact SVG path data: coordinates
 * rounded to 0.1 user units, relative line-tos, no redundant separators or
 * leading zeros, zero-length segments dropped. Rounding is done on absolute
 * positions, so relative steps never accumulate error.
 */
import type { GeoContext } from 'd3-geo';

/** Formats an integer count of tenths: 12 → "1.2", 7 → ".7", -3 → "-.3", 10 → "1". */
function tenths(v: number): string {
  if (v === 0) return '0';
  const sign = v < 0 ? '-' : '';
  const a = Math.abs(v);
  const int = Math.floor(a / 10);
  const frac = a % 10;
  if (frac === 0) return `${sign}${int}`;
  return `${sign}${int === 0 ? '' : int}.${frac}`;
}

/** Appends numbers, inserting a separator only where the parser needs one. */
function appendNumbers(out: string[], nums: readonly string[], state: { last: string }): void {
  for (const n of nums) {
    const needsSep = state.last !== '' && !n.startsWith('-') && !(n.startsWith('.') && state.last.includes('.'));
    out.push(needsSep ? ` ${n}` : n);
    state.last = n;
  }
}

export class CompactPathContext implements GeoContext {
  private readonly out: string[] = [];
  private cx = 0;
  private cy = 0;
  private sx = 0;
  private sy = 0;
  private inLine = false;
  private readonly sep = { last: '' };

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const ix = Math.round(x * 10);
    const iy = Math.round(y * 10);
    this.out.push('M');
    this.sep.last = '';
    appendNumbers(this.out, [tenths(ix), tenths(iy)], this.sep);
    this.cx = this.sx = ix;
    this.cy = this.sy = iy;
    this.inLine = false;
  }

  lineTo(x: number, y: number): void {
    const ix = Math.round(x * 10);
    const iy = Math.round(y * 10);
    const dx = ix - this.cx;
    const dy = iy - this.cy;
    if (dx === 0 && dy === 0) return;
    if (!this.inLine) {
      this.out.push('l');
      this.sep.last = '';
      this.inLine = true;
    }
    appendNumbers(this.out, [tenths(dx), tenths(dy)], this.sep);
    this.cx = ix;
    this.cy = iy;
  }

  closePath(): void {
    this.out.push('z');
    this.sep.last = '';
    this.cx = this.sx;
    this.cy = this.sy;
    this.inLine = false;
  }

  arc(): void {
    // Only used by d3 for Point geometries, which the map never passes here.
  }

  toString(): string {
    return this.out.join('');
  }
}
