/** @module The ranges of OpenAPI's numeric formats (`int32`, `int64`, `float`, `double`). */

/** The range and kind of numbers an OpenAPI numeric format allows. */
export interface NumericFormatRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

const NUMERIC: ReadonlyMap<string, NumericFormatRange> = new Map([
  ['int32', { min: -(2 ** 31), max: 2 ** 31 - 1, integer: true }],
  // int64 reaches ±2^63, but JSON parsers read numbers as doubles, which are exact only to 2^53: larger
  // integers would not survive the round trip, so generation stays within the safe integers.
  ['int64', { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true }],
  // The largest finite IEEE 754 single, so every value converts to a float without overflowing.
  ['float', { min: -3.4028234663852886e38, max: 3.4028234663852886e38, integer: false }],
  ['double', { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, integer: false }],
]);

/**
 * The range of an OpenAPI numeric format (`int32`, `int64`, `float`, `double`), or undefined for any other.
 * @example numericFormatRange('int32') // { min: -2147483648, max: 2147483647, integer: true }
 */
export function numericFormatRange(name: string): NumericFormatRange | undefined {
  return NUMERIC.get(name);
}
