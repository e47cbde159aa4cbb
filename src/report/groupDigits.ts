/** @module Whole numbers with their thousands grouped, the same on every machine whatever its locale. */

/** @example groupDigits(1234567) // '1,234,567' */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
