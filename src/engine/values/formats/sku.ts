/** @module `string(sku)`: a stock-keeping unit, three letters and five digits, e.g. `KTB-04817`. */
import { below } from '../../random/stream.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import type { StringFormat } from './stringFormat.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const RADICES = [100000, 26, 26, 26];

function render(n: number, a: number, b: number, c: number): string {
  return `${LETTERS.charAt(a)}${LETTERS.charAt(b)}${LETTERS.charAt(c)}-${String(n).padStart(5, '0')}`;
}

/**
 * A SKU. unique() is injective: k's mixed-radix digits are the number and the three letters, each at a fixed
 * position.
 * @example sku.realistic(streamOf(['s1', 'sku']))(0) // 'DAP-20627'
 */
export const sku: StringFormat = {
  name: 'sku',
  summary: 'A stock-keeping unit: three letters, a hyphen, five digits, e.g. `KTB-04817`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { pattern: '^[A-Z]{3}-\\d{5}$', minLength: 9, maxLength: 9 },
  realistic: (s) => (row) =>
    render(below(s, row, 0, 100000), below(s, row, 1, 26), below(s, row, 2, 26), below(s, row, 3, 26)),
  unique: () => (k) => {
    const [n = 0, a = 0, b = 0, c = 0] = mixedRadix(k, RADICES);
    return render(n, a, b, c);
  },
};
