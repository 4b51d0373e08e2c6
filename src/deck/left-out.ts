import type { Talk } from '../model/types.ts';
import { allPages } from './specs.ts';

/**
 * For a cut: each page of the talk as written that the cut leaves out, with the page of the
 * cut a link to it should land on instead — the nearest before it (where the speaker would
 * be in the full talk), or the first after it when nothing of the cut comes before. So
 * `#/2016-2` in a cut that gives 2016 one slide opens `#/2016`, never a dead deck.
 */
export function leftOutPages(written: Talk, presented: Talk): ReadonlyMap<string, string> {
  if (written === presented) return new Map();
  const shown = new Set(
    allPages(
      presented,
      presented.sections.flatMap((section) => section.slides),
    ).map((page) => page.id),
  );
  const order = allPages(
    written,
    written.sections.flatMap((section) => section.slides),
  ).map((page) => page.id);
  const landing = new Map<string, string>();
  order.forEach((id, position) => {
    if (shown.has(id)) return;
    const before = order
      .slice(0, position)
      .reverse()
      .find((candidate) => shown.has(candidate));
    const after = order.slice(position + 1).find((candidate) => shown.has(candidate));
    const nearest = before ?? after;
    if (nearest !== undefined) landing.set(id, nearest);
  });
  return landing;
}
