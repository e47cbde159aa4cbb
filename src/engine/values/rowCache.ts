/**
 * @module A bounded memo of a pure function of a row: for values read through foreign keys whose parents come
 * in no order (`derive(product.price)` for each order line: with up to 131 072 parents every parent's value is
 * computed once per run), and for the window of recent rows that a wave reads again (waves.ts). Slots are
 * shared by row modulo their number, so past that many rows the memo degrades to recomputing. Memory is
 * fixed by the size, never by the row count, and outputs are unchanged.
 */

/** Slots at most: 131 072 rows' values (about 2 MB with their keys). */
const MAX_SLOTS = 1 << 17;

/** A memo of `compute` with slots for `rows` rows (rounded up to a power of two, at most 131 072). */
export function rowCache<T>(compute: (row: number) => T, rows: number): (row: number) => T {
  let slots = 1;
  while (slots < Math.min(rows, MAX_SLOTS)) slots *= 2;
  const mask = slots - 1;
  const keys = new Float64Array(slots).fill(-1);
  const values: T[] = new Array<T>(slots);
  return (row) => {
    const slot = row & mask;
    if (keys[slot] === row) return values[slot] as T;
    const value = compute(row);
    values[slot] = value;
    keys[slot] = row;
    return value;
  };
}

/**
 * `rowCache` for a number-valued function (a window of totals, prices, instants): the values sit in a
 * Float64Array, so keeping and reading them allocates nothing, where an array of numbers boxes each double.
 * `null` and `undefined` answers are kept as flags beside them.
 */
export function numberCache<T extends number | null | undefined>(
  compute: (row: number) => T,
  rows: number,
): (row: number) => T {
  let slots = 1;
  while (slots < Math.min(rows, MAX_SLOTS)) slots *= 2;
  const mask = slots - 1;
  const keys = new Float64Array(slots).fill(-1);
  const values = new Float64Array(slots);
  // 0: a number, 1: null, 2: undefined.
  const kinds = new Uint8Array(slots);
  return (row) => {
    const slot = row & mask;
    if (keys[slot] === row) {
      const kind = kinds[slot];
      return (kind === 0 ? values[slot] : kind === 1 ? null : undefined) as T;
    }
    const value = compute(row);
    if (typeof value === 'number') {
      values[slot] = value;
      kinds[slot] = 0;
    } else kinds[slot] = value === null ? 1 : 2;
    keys[slot] = row;
    return value;
  };
}
