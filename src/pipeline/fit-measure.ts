/**
 * Browser code for the fit check (src/pipeline/fit-check.ts): handed to `page.evaluate` as its
 * own source, so it imports nothing and uses only what a page has.
 */

/** The smallest a diagram's label may be drawn, in CSS px of the slide (1280×720 or 1024×768): legible from the back of a room. */
export const MIN_LABEL_PX = 20;

/** One slide that does not fit, in the window's pixels. */
export interface SlideOverflow {
  readonly id: string;
  /** The slide's kind, from its `slide--<kind>` class. */
  readonly kind: string;
  /** What does not fit: content past the box, or a diagram scaled down until its labels are too small to read. */
  readonly problem: 'overflow' | 'labels';
  /** For an overflow, how far its furthest content reaches past the slide's box (past its padding, for text);
   * for labels, the smallest label's size in CSS px of the 1280×720 slide. */
  readonly px: number;
  /** The side it leaves by. */
  readonly side: 'bottom' | 'right' | 'left' | 'top';
  /** The first texts past the box, for the message: what the author would cut. */
  readonly beyond: readonly string[];
}

/**
 * Lays out every slide, every step visible, and measures what leaves its box.
 * Runs in the built deck once reveal.js is ready; returns only the slides that overflow.
 */
export async function measureSlides(minLabel: number): Promise<SlideOverflow[]> {
  const TOLERANCE = 1.5;
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  const leaves = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].filter(
    (section) => section.id !== '' && section.querySelector('section') === null,
  );
  // Every slide laid out at once, as the present slide is, every step shown (its final state, as at the end of
  // the slide and on its printed page): one layout for the whole deck, where stepping through it costs a
  // layout per slide. Each slide is measured against its own box, so that they overlap does not matter.
  for (const section of leaves) {
    for (let up: HTMLElement | null = section; up && up.tagName === 'SECTION'; up = up.parentElement) {
      up.hidden = false;
      up.style.display = 'block';
      up.classList.remove('past', 'future');
      up.classList.add('present');
    }
    for (const step of section.querySelectorAll('.fragment')) step.classList.add('visible');
  }
  await frame();
  const results: SlideOverflow[] = [];
  for (const section of leaves) {
    const box = section.getBoundingClientRect();
    const style = getComputedStyle(section);
    const scale = section.offsetWidth > 0 ? box.width / section.offsetWidth : 1;
    const pad = (side: 'Top' | 'Right' | 'Bottom' | 'Left') => parseFloat(style[`padding${side}`]) * scale;
    // A heading may sit in the top padding, out of the flow (a year slide's section title does), but never past the edge.
    const content = {
      top: box.top,
      right: box.right - pad('Right'),
      bottom: box.bottom - pad('Bottom'),
      left: box.left + pad('Left'),
    };
    let worst: { px: number; side: SlideOverflow['side'] } = { px: 0, side: 'bottom' };
    const beyond: string[] = [];
    const consider = (rect: DOMRect, outer: typeof content, label: string, slack: number) => {
      const sides = [
        ['bottom', rect.bottom - outer.bottom],
        ['right', rect.right - outer.right],
        ['left', outer.left - rect.left],
        ['top', outer.top - rect.top],
      ] as const;
      for (const [side, by] of sides) {
        if (by <= slack) continue;
        if (by > worst.px) worst = { px: by, side };
        if (label && beyond.length < 3 && !beyond.includes(label)) beyond.push(label);
      }
    };
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      const words = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!parent || words === '' || parent.closest('aside.notes')) continue;
      const shown = getComputedStyle(parent);
      if (shown.display === 'none' || shown.visibility === 'hidden') continue;
      range.selectNodeContents(text);
      // A line's rectangle is the font's full ascent and descent, a little taller than its line box.
      const leading = Math.max(TOLERANCE, 0.25 * parseFloat(shown.fontSize) * scale);
      for (const line of range.getClientRects())
        if (line.width > 0 && line.height > 0) consider(line, content, words.slice(0, 60), leading);
    }
    for (const node of section.querySelectorAll('svg, img, figure, table')) {
      if (node.closest('aside.notes')) continue;
      const rect = node.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0)
        consider(rect, { top: box.top, right: box.right, bottom: box.bottom, left: box.left }, '', TOLERANCE);
    }
    const kind = /\bslide--([\w-]+)/.exec(section.className)?.[1] ?? 'slide';
    if (worst.px > 0)
      results.push({ id: section.id, kind, problem: 'overflow', px: Math.ceil(worst.px), side: worst.side, beyond });
    // A diagram taller or wider than its place is scaled down as a whole, its labels with it.
    let smallest: { px: number; text: string } | null = null;
    for (const label of section.querySelectorAll('figure svg text')) {
      const words = (label.textContent ?? '').trim();
      const matrix = label instanceof SVGGraphicsElement ? label.getScreenCTM() : null;
      // A label not displayed is not seen. (The drawing for the other layout waits in a template, out of the document:
      // src/client/layout-drawings.ts; this keeps the floor right should both drawings ever be in the page.)
      if (words === '' || !matrix || !label.checkVisibility()) continue;
      const px = (parseFloat(getComputedStyle(label).fontSize) * Math.hypot(matrix.a, matrix.b)) / scale;
      if (!smallest || px < smallest.px) smallest = { px, text: words.slice(0, 60) };
    }
    if (smallest && smallest.px < minLabel - 0.5)
      results.push({
        id: section.id,
        kind,
        problem: 'labels',
        px: Math.round(smallest.px * 10) / 10,
        side: 'bottom',
        beyond: [smallest.text],
      });
  }
  return results;
}
