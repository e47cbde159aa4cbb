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
}

/**
 * @param stream the foreign key field's stream (the plan and the engine derive the same layout from it)
 */
export function blockLayout(stream: Stream, parents: number, min: number, max: number): BlockLayout {
  const sizes = substream(stream, PURPOSE_BLOCKS);
  const start = new Float64Array(parents + 1);
  for (let p = 0; p < parents; p++)
    start[p + 1] = (start[p] as number) + min + below(sizes, p, 0, max - min + 1);
  const total = start[parents] as number;
  return {
    total,
    parentOf(row) {
      let lo = 0;
      let hi = parents - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((start[mid] as number) <= row) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    children: (parent) => [start[parent] as number, start[parent + 1] as number],
  };
}
