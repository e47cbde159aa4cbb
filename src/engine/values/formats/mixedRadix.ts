/** @module Mixed-radix digits: how unique() enumerations turn an index into independent choices. */

/**
 * The digits of `k` in the given radices, least significant first. The map is a bijection from
 * [0, product of radices) onto digit tuples, which is what makes the enumerations built on it injective.
 * @example mixedRadix(1234, [10, 10, 100]) // [4, 3, 12]
 */
export function mixedRadix(k: number, radices: readonly number[]): number[] {
  const digits: number[] = [];
  let rest = k;
  for (const radix of radices) {
    digits.push(rest % radix);
    rest = Math.floor(rest / radix);
  }
  return digits;
}

/**
 * A format's `size` for a domain of `count` values: `Infinity` once it exceeds 2^52, the largest index a
 * unique() enumeration is asked for (see StringFormat.size).
 */
export function domainSize(count: number): number {
  return count > 2 ** 52 ? Infinity : count;
}

/** The product of the radices: the number of digit tuples `mixedRadix` enumerates. */
export function radixProduct(radices: readonly number[]): number {
  return radices.reduce((a, b) => a * b, 1);
}
