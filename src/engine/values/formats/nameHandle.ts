/** @module The `first<sep>last<k>` handle behind name-derived emails and user names. */
import { asciiFold } from './asciiFold.js';

/**
 * `first`, the separator, `last` (each ASCII-folded; `user` when nothing Latin is left), then `k` unless it
 * is 0. Injective in k for fixed names, and in (folded first, folded last, k) overall: the folded names are
 * letters only, so the separator splits them and the trailing digits are k.
 * @example nameHandle('Zoë', 'Núñez', '.', 7) // 'zoe.nunez7'
 */
export function nameHandle(first: string, last: string, separator: string, k: number): string {
  if (!Number.isSafeInteger(k) || k < 0)
    throw new RangeError(`k must be a non-negative safe integer, got ${k}`);
  return `${asciiFold(first) || 'user'}${separator}${asciiFold(last) || 'user'}${k === 0 ? '' : String(k)}`;
}
