/**
 * @module `fanout: between(min, max)`: each parent's children form one contiguous block of child rows, of a
 * size drawn per parent. The blocks' starts are a prefix sum over the parents (8 bytes per parent: counts,
 * never parent values), which gives the child entity's row count, each child's parent by binary search, and
 * each parent's children as a range — what aggregates over children need.
 */
import { below, substream, type Stream } from '../random/stream.js';

const PURPOSE_BLOCKS = 11;

export interface BlockLayout {
  /** Child rows in all: the child entity's count. */
  readonly total: number;
  /** The parent row of a child row. */
  parentOf(row: number): number;
  /** The child rows of a parent: [first, end). */
  children(parent: number): readonly [number, number];
  /** The first child row of a parent (`parents` gives the total): `children` without the pair. */
  first(parent: number): number;
}

/**
 * @param stream the foreign key field's stream (the plan and the engine derive the same layout from it)
 * @param edge for the edge and mixed profiles: parents 0, 1 and 2 get max, min and one child
 */
export function blockLayout(
  stream: Stream,
  parents: number,
  min: number,
  max: number,
  edge = false,
): BlockLayout {
  // The plan, the foreign key, a composite key and each aggregate ask for the same layout: build it once.
  const id = `${stream.a}:${stream.b}:${parents}:${min}:${max}:${edge}`;
  const known = layouts.get(id);
  if (known) return known;
  if (layouts.size >= 64) layouts.clear();
  const layout = buildLayout(stream, parents, min, max, edge);
  layouts.set(id, layout);
  return layout;
}

const layouts = new Map<string, BlockLayout>();

function buildLayout(stream: Stream, parents: number, min: number, max: number, edge: boolean): BlockLayout {
  // Blocks of one size (`between(1, 1)`: a payment per order) need no draws and no table (every draw would
  // be below(…, 1) = 0, and every edge size is that size too): arithmetic gives the same layout.
  if (min === max) return fixedLayout(parents, min);
  const sizes = substream(stream, PURPOSE_BLOCKS);
  const start = new Float64Array(parents + 1);
  // Edge profiles: the first parents get the most children, the fewest, and one (the cardinality targets).
  const edgeSizes = edge ? [max, min, Math.min(max, Math.max(min, 1))] : [];
  for (let p = 0; p < parents; p++)
    start[p + 1] = (start[p] as number) + (edgeSizes[p] ?? min + below(sizes, p, 0, max - min + 1));
  const total = start[parents] as number;
  let last = 0;
  return {
    total,
    parentOf(row) {
      // Rows are mostly asked for in order: the last parent, or the next, answers without a search.
      if (row >= (start[last] as number) && row < (start[last + 1] as number)) return last;
      if (row >= (start[last + 1] as number) && row < (start[last + 2] as number)) return ++last;
      let lo = 0;
      let hi = parents - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((start[mid] as number) <= row) lo = mid;
        else hi = mid - 1;
      }
      last = lo;
      return lo;
    },
    children: (parent) => [start[parent] as number, start[parent + 1] as number],
    first: (parent) => start[parent] as number,
  };
}

function fixedLayout(parents: number, size: number): BlockLayout {
  return {
    total: parents * size,
    parentOf: (row) => Math.floor(row / size),
    children: (parent) => [parent * size, (parent + 1) * size],
    first: (parent) => parent * size,
  };
}
