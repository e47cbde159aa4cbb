/** @module Folds a personal name to the lowercase ASCII letters an email address or user name is made of. */

/** Letters that Unicode decomposition does not reduce to a Latin base letter plus marks. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i',
}; // prettier-ignore

/**
 * Lowercases, spells out `ß` `æ` `œ` and the like, strips accents (NFD, then marks go) and drops everything
 * that is not a–z (spaces, apostrophes, hyphens), so `Ségolène d’Arc-Müller` becomes `segolenedarcmuller`.
 * @example asciiFold("O'Keefe") // 'okeefe'
 */
export function asciiFold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => SPECIAL[c] ?? '')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}
