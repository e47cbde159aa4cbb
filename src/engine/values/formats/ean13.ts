/**
 * @module `string(ean13)`: EAN-13 / GTIN-13 barcodes with a valid check digit, all with a leading 2: GS1
 * keeps prefixes 200–299 for restricted circulation (in-store and variable-measure numbers) and never
 * assigns them to a company's products, so no value is a real product's barcode.
 */
import { below } from '../../random/stream.js';
import type { StringFormat } from './stringFormat.js';

/**
 * GS1 check digit: weights 1 and 3 alternate from the left over the first 12 digits.
 * @example ean13CheckDigit('200000000000') // '8'
 */
export function ean13CheckDigit(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (twelve.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

const FREE = 100_000_000_000; // eleven digits after the 2

function barcode(n: number): string {
  const twelve = '2' + String(n).padStart(11, '0');
  return twelve + ean13CheckDigit(twelve);
}

/**
 * An EAN-13. unique() is injective: k is the eleven free digits; the check digit is a function of them.
 * @example ean13.realistic(streamOf(['s1', 'ean13']))(0) // '2957802582792'
 */
export const ean13: StringFormat = {
  name: 'ean13',
  summary:
    'An EAN-13 with a valid check digit in the GS1 restricted-circulation range 2xx, e.g. `2012345678903`.',
  size: FREE,
  plain: true,
  schema: { pattern: '^2\\d{12}$', minLength: 13, maxLength: 13 },
  realistic: (s) => (row) => barcode(below(s, row, 0, FREE)),
  unique: () => barcode,
};
