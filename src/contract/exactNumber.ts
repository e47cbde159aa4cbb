/**
 * @module Reads a number written in a contract only when a double holds it: `1e400` (Infinity) and whole
 * numbers beyond 2^53 that a double would round are refused, and `-0` is read as 0.
 */

/** The largest whole number every integer up to which a double holds exactly: 2^53 - 1. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** The hint every refused number carries. */
export const NUMBER_HINT =
  'write a finite number; whole numbers must stay within ±9007199254740991 (2^53 - 1) to be exact. ' +
  'Use a narrower bound, or a string type for identifiers this large';

/**
 * The double a decimal literal denotes, or what was expected instead (a text) when no double is exactly it.
 * A fraction such as 0.1 is accepted: numbers are doubles, and bounds with decimals are compared on their
 * decimal grid. `-0` comes back as 0, so it is never written as `-0`.
 * @example exactNumber('1e400') // 'a finite number (at most 1.7976931348623157e308 in magnitude)'
 * @example exactNumber('9007199254740993') // 'a number a double holds exactly (…)'
 */
export function exactNumber(text: string): number | string {
  const n = Number(text);
  if (!Number.isFinite(n)) return 'a finite number (at most 1.7976931348623157e308 in magnitude)';
  const whole = /^\s*-?\d+\s*$/.test(text);
  if (whole && !Number.isSafeInteger(n) && BigInt(text.trim()) !== BigInt(n))
    return `a number a double holds exactly (${text.trim()} would be read as ${BigInt(n)})`;
  return n === 0 ? 0 : n;
}
