/**
 * @module Lorem-ipsum words with one accented vowel (`témpora`, `cülpa`): an unbounded supply of non-ASCII
 * words whose accents can be undone, so the internationalised formats can enumerate 2^52 distinct values.
 */
import { WORDS } from './word.js';
import { at } from './stringFormat.js';

/** Four precomposed (NFC) accented forms of each vowel, all valid in IDNA2008 U-labels. */
const ACCENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['á', 'à', 'â', 'ä'],
  e: ['é', 'è', 'ê', 'ë'],
  i: ['í', 'ì', 'î', 'ï'],
  o: ['ó', 'ò', 'ô', 'ö'],
  u: ['ú', 'ù', 'û', 'ü'],
};
/** How many accent variants `accentedWord` offers per word. */
export const ACCENT_VARIANTS = 4;

/** Lorem words that have a vowel to accent (all of them, today). */
export const ACCENTABLE_WORDS: readonly string[] = WORDS.filter((w) => /[aeiou]/.test(w));

/**
 * Word `index` of ACCENTABLE_WORDS with its first vowel accented by `variant` (< ACCENT_VARIANTS). Injective
 * in (index, variant): words are distinct ASCII, and the single non-ASCII letter names both the vowel it
 * replaced and the variant.
 * @example accentedWord(5, 0) // 'ábscido'
 */
export function accentedWord(index: number, variant: number): string {
  const word = at(ACCENTABLE_WORDS, index);
  const i = word.search(/[aeiou]/);
  const vowel = word.charAt(i);
  return word.slice(0, i) + at(ACCENTS[vowel] ?? [vowel], variant) + word.slice(i + 1);
}
