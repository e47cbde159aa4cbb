/** @module Folds a personal name to the lowercase ASCII letters an email address or user name is made of. */

/** Letters that Unicode decomposition does not reduce to a Latin base letter plus marks. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i',
}; // prettier-ignore

/**
 * Names come from lists of a few thousand per locale, so each is folded once: normalising costs more than the
 * rest of an email. Bounded, so an unusual input cannot grow it without end.
 */
const folded = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/**
 * Lowercases, spells out `ß` `æ` `œ` and the like, strips accents (NFD, then marks go) and drops everything
 * that is not a–z (spaces, apostrophes, hyphens), so `Ségolène d’Arc-Müller` becomes `segolenedarcmuller`.
 * @example asciiFold("O'Keefe") // 'okeefe'
 */
export function asciiFold(name: string): string {
  const known = folded.get(name);
  if (known !== undefined) return known;
  const result = name
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => SPECIAL[c] ?? '')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  if (folded.size >= FOLDED_LIMIT) folded.clear();
  folded.set(name, result);
  return result;
}
