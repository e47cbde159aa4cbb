/**
 * @module References to the entity's own rows (`manager_id: fk(Employee.id) nullable`, a category's
 * `parent_id`) that form a forest: a row points only at an earlier row, so no chain can loop, and never below
 * the depth bound. Each row's parent and depth are recomputed from the row alone (a chain of at most `depth`
 * earlier rows), so no table of the entity is kept.
 */
import { below, unit, type Stream } from '../random/stream.js';
import type { FieldValue, ValueDomain } from './valueDomain.js';

export const DEFAULT_TREE_DEPTH = 5;

/**
 * @param isRootDrawn the field's own null decision for a row (its nullable share): such rows are roots
 * @param maxDepth the deepest level below a root
 */
export function treeReferenceDomain(
  key: (row: number) => FieldValue,
  isRootDrawn: (row: number) => boolean,
  maxDepth: number,
  stream: Stream,
  count: number,
  encoding: ValueDomain['encoding'],
): ValueDomain {
  const isRoot = (row: number): boolean => row === 0 || isRootDrawn(row);
  // A small cache: rows are visited in order, and a row's ancestors are recent rows' ancestors too.
  const cache = new Map<number, { parent: number; depth: number }>();
  const chain = (row: number): { parent: number; depth: number } => {
    if (isRoot(row)) return { parent: -1, depth: 0 };
    const hit = cache.get(row);
    if (hit) return hit;
    // An earlier row, biased toward the start so that trees are bushy rather than long.
    let parent = below(stream, row, 0, Math.max(1, Math.floor(row * unit(stream, row, 1)) + 1));
    let up = chain(parent);
    while (up.depth >= maxDepth) {
      parent = up.parent;
      up = chain(parent);
    }
    const result = { parent, depth: up.depth + 1 };
    if (cache.size > 65_536) cache.clear();
    cache.set(row, result);
    return result;
  };
  const parentOf = (row: number): number => chain(row).parent;
  const value = (row: number): FieldValue => (isRoot(row) ? null : key(parentOf(row)));
  return {
    size: count,
    encoding,
    realistic: value,
    unique: (_k, row) => value(row),
    parentOf,
    nullAt: isRoot,
  };
}
