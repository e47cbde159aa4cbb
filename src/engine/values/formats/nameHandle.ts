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

/** The handle's names as bytes: folded names are a–z only, one byte per letter. */
const handleBytes = new Map<string, Uint8Array>();
const HANDLE_BYTES_LIMIT = 20_000;
const USER = new TextEncoder().encode('user');

/** `asciiFold(name) || 'user'` as bytes, kept per name (names come from lists of a few thousand). */
export function handleNameBytes(name: string): Uint8Array {
  const known = handleBytes.get(name);
  if (known !== undefined) return known;
  const folded = asciiFold(name);
  const bytes = folded === '' ? USER : new TextEncoder().encode(folded);
  if (handleBytes.size >= HANDLE_BYTES_LIMIT) handleBytes.clear();
  handleBytes.set(name, bytes);
  return bytes;
}
