/**
 * @module `string(bic)`: ISO 9362 business identifier codes that are test BICs: a `0` as the second
 * character of the location code marks a BIC for SWIFT's test and training network, never the live one, so
 * no value routes a payment to a real bank.
 */
import { below } from '../../random/stream.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** A location code's first character is a letter or 2–9 (0 and 1 are reserved). */
const LOCATION = '23456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const COUNTRIES = ['DE', 'FR', 'GB', 'ES', 'PT', 'US', 'IT', 'NL', 'BE', 'AT', 'CH', 'IE'] as const;
/** Branch 0 is none (an 8-character BIC); 1 + n is the n-th three-character branch code. */
const RADICES = [26, 26, 26, 26, COUNTRIES.length, LOCATION.length, 1 + ALNUM.length ** 3];

function render(digits: readonly number[]): string {
  const [a = 0, b = 0, c = 0, d = 0, country = 0, location = 0, branch = 0] = digits;
  const bank = LETTERS.charAt(a) + LETTERS.charAt(b) + LETTERS.charAt(c) + LETTERS.charAt(d);
  const code =
    branch === 0
      ? ''
      : mixedRadix(branch - 1, [36, 36, 36])
          .map((i) => ALNUM.charAt(i))
          .join('');
  return `${bank}${at(COUNTRIES, country)}${LOCATION.charAt(location)}0${code}`;
}

/**
 * A test BIC. unique() is injective: k's mixed-radix digits are written at fixed positions, and the length
 * (8 or 11) tells whether there is a branch code.
 * @example bic.realistic(streamOf(['s1', 'bic']))(0) // 'JOLSNL80'
 */
export const bic: StringFormat = {
  name: 'bic',
  summary: 'A test BIC (ISO 9362, location code ending in 0: never live), e.g. `KUHNDEB0` or `KUHNDEB0XXX`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { pattern: '^[A-Z]{4}[A-Z]{2}[2-9A-Z]0([A-Z0-9]{3})?$', minLength: 8, maxLength: 11 },
  // Half are a head office's 8-character code, a quarter name it with XXX, a quarter a branch.
  realistic: (s) => (row) => {
    const digits = [0, 1, 2, 3].map((i) => below(s, row, i, 26));
    const kind = below(s, row, 6, 4);
    const branch =
      kind < 2 ? 0 : kind === 2 ? 1 + 33 * 36 * 36 + 33 * 36 + 33 : 1 + below(s, row, 7, 36 ** 3);
    return render([...digits, below(s, row, 4, COUNTRIES.length), below(s, row, 5, LOCATION.length), branch]);
  },
  unique: () => (k) => render(mixedRadix(k, RADICES)),
};
