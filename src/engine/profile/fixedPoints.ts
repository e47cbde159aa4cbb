/**
 * @module A unique field's permutation with chosen values at chosen rows — the edge profile's bounds in a
 * unique column — that is still a bijection, so nothing repeats: rows [r₀ … rₜ₋₁] take indices [k₀ … kₜ₋₁];
 * any other row whose permuted index is one of those k takes instead one of the indices the chosen rows gave
 * up. O(t) to build, O(1) per row.
 */

/**
 * @param apply the permutation (row → index)
 * @param rows the rows that must take the given indices, distinct
 * @param ks the indices, distinct, one per row
 */
export function withFixedPoints(
  apply: (row: number) => number,
  rows: readonly number[],
  ks: readonly number[],
): (row: number) => number {
  if (rows.length === 0) return apply;
  const fixed = new Map(rows.map((r, i) => [r, ks[i] as number]));
  const wanted = new Set(ks);
  // What the chosen rows would have had: the ones that are not wanted are given up, and the wanted ones that
  // none of them had are taken from other rows, which get the given-up ones in exchange.
  const had = rows.map((r) => apply(r));
  const givenUp = had.filter((k) => !wanted.has(k));
  const hadSet = new Set(had);
  const missing = ks.filter((k) => !hadSet.has(k)).sort((a, b) => a - b);
  const exchange = new Map(missing.map((k, i) => [k, givenUp[i] as number]));
  return (row) => {
    const f = fixed.get(row);
    if (f !== undefined) return f;
    const k = apply(row);
    return exchange.get(k) ?? k;
  };
}
