/** Small helpers for SVGs a generator writes itself: escaping, rounding, text lines. */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate rounded to 0.1, as SVG needs at slide scale. */
export function fixed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
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
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(id)}" class="${className}" viewBox="0 0 ${fixed(width)} ${fixed(height)}" font-family="'Source Sans 3', sans-serif" text-rendering="geometricPrecision">`,
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>`,
    `<desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>`,
    `<style>${style}</style>`,
  ].join('');
}
