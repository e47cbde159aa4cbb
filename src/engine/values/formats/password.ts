/**
 * @module `string(password)`: throwaway passwords of the shapes people and generators produce (`Tempora42!`,
 * `vero-culpa-alias-ipsum`, `xK9#mQ2$vL7p`), at least 8 characters, never a quote, backslash or comma.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { domainSize, mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

const SYMBOLS = '!#$%&*+-=?@^_~';
const ALPHABET = `ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789${SYMBOLS}`;
const SEPARATORS = ['-', '.', '_', '~'] as const;

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function drawPassword(d: DrawSequence): string {
  switch (d.int(4)) {
    case 0: {
      // Word, number, symbol; padded with a second word when the first is short.
      const word = capitalise(d.pick(WORDS)) + (d.chance(0.5) ? capitalise(d.pick(WORDS)) : '');
      const body = `${word}${d.int(100)}${d.pick([...SYMBOLS])}`;
      return body.length >= 8 ? body : body + capitalise(d.pick(WORDS));
    }
    case 1: {
      const separator = d.pick(SEPARATORS);
      const words = Array.from({ length: 3 + d.int(3) }, () => d.pick(WORDS));
      // Short lorem words ('a', 'et') could leave a passphrase under 8 characters.
      while (words.join(separator).length < 8) words.push(d.pick(WORDS));
      return words.join(separator);
    }
    default:
      return Array.from({ length: 12 + d.int(13) }, () => d.pick([...ALPHABET])).join('');
  }
}

/** unique(): five words and a final digit, |WORDS|^5 · 10 > 2^52. */
const RADICES = [...Array<number>(5).fill(WORDS.length), 10];

/**
 * Injective on [0, 2^52): k's digits are the five words and the digit of a passphrase `w-w-w-w-w7`; the
 * separator and the capital first letter are decoration from the row (words are lowercase letters, so
 * lowercasing and splitting on any non-letter recovers them).
 */
function uniquePassword(d: DrawSequence, k: number): string {
  const [a = 0, b = 0, c = 0, e = 0, f = 0, n = 0] = mixedRadix(k, RADICES);
  const phrase = [a, b, c, e, f].map((i) => at(WORDS, i)).join(d.pick(SEPARATORS)) + String(n);
  return d.chance(0.5) ? capitalise(phrase) : phrase;
}

/**
 * A password.
 * @example password.realistic(streamOf(['s1', 'password']))(0) // 'Sollers91!'
 */
export const password: StringFormat = {
  name: 'password',
  summary: 'A throwaway password of at least 8 characters, e.g. `Tempora42!`, `vero-culpa-alias-ipsum`.',
  size: domainSize(radixProduct(RADICES)),
  plain: true,
  schema: { format: 'password', minLength: 8 },
  realistic: (s) => (row) => drawPassword(drawSequence(s, row)),
  unique: (s) => (k, row) => uniquePassword(drawSequence(s, row), k),
};
