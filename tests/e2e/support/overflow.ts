/**
 * Runs in the page. Lists everything inside `root` that is outside `root`'s box or
 * clipped: the box's own scroll size, every element's rectangle, every line of
 * text (against the box's padding too, and against each clipping ancestor, an
 * SVG's viewport included), and every block whose content is larger than the block.
 */
export function overflowIn(root: Element): string[] {
  // Subpixel rounding at non-integer scales; anything real is far larger.
  const TOLERANCE = 1.5;
  const problems: string[] = [];
  const box = root.getBoundingClientRect();
  // The slide's padding is its margin: text belongs inside it, clear of the controls and the slide number.
  const rootStyle = getComputedStyle(root);
  const scale = root instanceof HTMLElement && root.offsetWidth > 0 ? box.width / root.offsetWidth : 1;
  const inset = (side: 'Top' | 'Right' | 'Bottom' | 'Left'): number => parseFloat(rootStyle[`padding${side}`]) * scale;
  // A heading may sit in the top padding, out of the flow (a year slide's section title does, so the year
  // axis keeps one height on every slide); nothing may pass the slide's top edge.
  const content = new DOMRect(
    box.left + inset('Left'),
    box.top,
    box.width - inset('Left') - inset('Right'),
    box.height - inset('Bottom'),
  );
  const name = (node: Element): string => {
    const classes =
      typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${node.tagName.toLowerCase()}${classes}>${text ? ` "${text}"` : ''}`;
  };
  const beyond = (inner: DOMRect, outer: DOMRect, tolerance = TOLERANCE): string | null => {
    const sides = [
      ['left', outer.left - inner.left],
      ['right', inner.right - outer.right],
      ['top', outer.top - inner.top],
      ['bottom', inner.bottom - outer.bottom],
    ] as const;
    const over = sides.filter(([, by]) => by > tolerance).map(([side, by]) => `${Math.round(by)}px past the ${side}`);
    return over.length > 0 ? over.join(', ') : null;
  };
  const ignored = (node: Element): boolean => node.closest('aside.notes') !== null;
  const shown = (node: Element): boolean => {
    const style = getComputedStyle(node);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };

  if (root.scrollWidth > root.clientWidth + 1 || root.scrollHeight > root.clientHeight + 1) {
    problems.push(
      `content is ${root.scrollWidth}×${root.scrollHeight}, larger than the ${root.clientWidth}×${root.clientHeight} box`,
    );
  }
  for (const node of root.querySelectorAll('*')) {
    if (ignored(node) || !shown(node)) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const out = beyond(rect, box);
    if (out) problems.push(`${name(node)} is ${out}`);
    const style = getComputedStyle(node);
    if (node instanceof HTMLElement && style.display !== 'inline' && node.clientWidth > 0) {
      // A line box is shorter than the glyphs' content area when line-height is under about 1.3, so a block
      // always reports a few pixels of vertical overflow; a line of text that does not fit is far more than that.
      const slack = Math.max(1, 0.3 * parseFloat(style.fontSize));
      if (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + slack) {
        problems.push(
          `${name(node)} holds ${node.scrollWidth}×${node.scrollHeight} of content in a ${node.clientWidth}×${node.clientHeight} box`,
        );
      }
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || ignored(parent) || !shown(parent) || (text.textContent ?? '').trim() === '') continue;
    range.selectNodeContents(text);
    const clippers: Element[] = [];
    for (let up: Element | null = parent; up && up !== root; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clippers.push(up);
    }
    // A line's rectangle is the font's full ascent and descent, taller than a line box under about 1.3 line-height;
    // the margin may take that much, never a real line of text.
    const leading = Math.max(TOLERANCE, 0.25 * parseFloat(getComputedStyle(parent).fontSize) * scale);
    for (const line of range.getClientRects()) {
      if (line.width === 0 || line.height === 0) continue;
      const out = beyond(line, box);
      const inMargin = beyond(line, content, leading);
      if (out) problems.push(`text "${(text.textContent ?? '').trim().slice(0, 50)}" is ${out}`);
      else if (inMargin)
        problems.push(
          `text "${(text.textContent ?? '').trim().slice(0, 50)}" runs into the slide's margin: ${inMargin}`,
        );
      for (const clipper of clippers) {
        const cut = beyond(line, clipper.getBoundingClientRect());
        if (cut)
          problems.push(
            `text "${(text.textContent ?? '').trim().slice(0, 50)}" is cut off by ${name(clipper).slice(0, 60)}: ${cut}`,
          );
      }
    }
  }
  return [...new Set(problems)];
}
