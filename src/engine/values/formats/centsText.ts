/** @module Money as text with exactly two decimals, computed from whole cents (no float rounding). */

/**
 * `1234` → `'12.34'`; injective on non-negative integers.
 * @example centsText(5) // '0.05'
 */
export function centsText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
