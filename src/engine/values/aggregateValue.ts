/**
 * @module `derive(sum(OrderItem.line_total))` and its kin: a parent's value over its children, which
 * `fanout: between(min, max)` keeps in one contiguous block of child rows. Each child's value is recomputed
 * from its own pure function of the row, so the total is exact for the rows actually written.
 */
import type { CompiledField } from '../compiledDataset.js';
import { valueOf } from '../rowValues.js';
import type { BlockLayout } from './blockLayout.js';
import type { Unwritable } from './unwritableValue.js';
import type { ValueDomain } from './valueDomain.js';

export function aggregateDomain(
  fn: 'sum' | 'count' | 'min' | 'max',
  layout: BlockLayout,
  source: CompiledField | null,
  decimals: number,
  unwritable: Unwritable,
): ValueDomain {
  const scale = 10 ** decimals;
  // A numeric child field is read as its number (no text round trip); others through their decoded value.
  const read = source?.number ?? (source ? (r: number) => valueOf(source, r) : null);
  const value = (row: number): number | null => {
    const first = layout.first(row);
    const end = layout.first(row + 1);
    if (fn === 'count' || !read) return end - first;
    let acc: number | null = null;
    for (let r = first; r < end; r++) {
      const v = read(r);
      if (typeof v !== 'number') continue;
      acc = acc === null ? v : fn === 'sum' ? acc + v : fn === 'min' ? Math.min(acc, v) : Math.max(acc, v);
    }
    if (acc === null) return fn === 'sum' ? 0 : null;
    if (fn !== 'sum') return acc;
    // Sums of decimals drift in binary floating point (0.1 + 0.2); the children's own grid puts them back,
    // where the grid's integers are still doubles.
    const units = acc * scale;
    if (Number.isFinite(units)) return Math.round(units) / scale;
    return Number.isFinite(acc) ? acc : unwritable(row, `${acc} (the sum overflows a double)`);
  };
  // Its number is its value: a parent's total read by a payment, or kept in a wave's window, stays a number.
  return { size: 1, encoding: 'number', realistic: value, unique: (_k, row) => value(row), number: value };
}
