/**
 * SVG built from data: the one escaper of every drawing a generator writes itself (the map,
 * the bar chart, the year columns). Every interpolated string is escaped and every number
 * rounded to 0.1, unless it is already `SafeSvg`, so no data string can reach a drawing as markup.
 */
export class SafeSvg {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type SvgValue = string | number | SafeSvg | readonly SafeSvg[] | null | undefined | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A coordinate rounded to 0.1, as SVG needs at slide scale. */
export function fixed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function render(value: SvgValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeSvg) return value.markup;
  if (typeof value === 'number') return fixed(value);
  if (Array.isArray(value)) return value.map((part: SafeSvg) => part.markup).join('');
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Tagged template: `svg\`<text x="${x}">${label}</text>\`` escapes `label` and rounds `x`. */
export function svg(strings: TemplateStringsArray, ...values: readonly SvgValue[]): SafeSvg {
  return new SafeSvg(
    strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''),
  );
}

/** Markup written by the generator itself from no data (a path's `d`, a stylesheet): taken as it is. */
export function rawSvg(markup: string): SafeSvg {
  return new SafeSvg(markup);
}

/** The opening of a drawing: its size, its name and description (the slide names it again for assistive technology), its styles. */
export function svgOpening(
  id: string,
  width: number,
  height: number,
  className: string,
  title: string,
  description: string,
  style: string,
): SafeSvg {
  return svg`<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="${className}" viewBox="0 0 ${width} ${height}" font-family="'Source Sans 3', sans-serif" text-rendering="geometricPrecision"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc><style>${rawSvg(style)}</style>`;
}
