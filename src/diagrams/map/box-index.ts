/**
 * A spatial index of boxes that never move once a map's phase has made them (its obstacles,
 * its countries): flatbush, a packed Hilbert R-tree in typed arrays, built in one pass and
 * searched without allocating a node per item. (Labels being placed move: the optimiser
 * keeps them in rbush, which takes inserts and removals.)
 */
import Flatbush from 'flatbush';

/** An item's bounds, as both indexes take them. */
export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The items whose box meets a box (edges touching count). */
export type BoxSearch<T> = (box: Bounds) => T[];

export function boxIndex<T extends Bounds>(items: readonly T[]): BoxSearch<T> {
  // Flatbush holds one item or more.
  if (items.length === 0) return () => [];
  const index = new Flatbush(items.length);
  for (const item of items) index.add(item.minX, item.minY, item.maxX, item.maxY);
  index.finish();
  return (box) => {
    const found: T[] = [];
    for (const at of index.search(box.minX, box.minY, box.maxX, box.maxY)) {
      const item = items[at];
      if (item) found.push(item);
    }
    return found;
  };
}
