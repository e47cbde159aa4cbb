/**
 * @module `string(amount)`: a money amount as text with two decimals (`1234.56`), for transactions and
 * balances, from 0.00 to 999 999.99. Unlike `price`, cents are uniform.
 */
import { below } from '../../random/stream.js';
import { centsText } from './centsText.js';
import type { StringFormat } from './stringFormat.js';

/**
 * Realistic amounts spread over orders of magnitude, most between 10 and 1 000: tier i is [10^i, 10^(i+1))
 * whole units (tier 0 from 0), drawn with these weights out of 100.
 */
const WEIGHTS = [10, 25, 30, 20, 10, 5] as const;

function drawTier(p: number): number {
  for (let i = 0; i < WEIGHTS.length; i++) if ((p -= WEIGHTS[i] ?? 0) < 0) return i;
  return 0;
}

/**
 * An amount. unique() is injective: k cents, and centsText is injective.
 * @example amount.realistic(streamOf(['s1', 'amount']))(0) // '5676.13'
 */
export const amount: StringFormat = {
  name: 'amount',
  summary: 'A money amount as text with two decimals, e.g. `1234.56`; 0.00 to 999999.99.',
  size: 100_000_000,
  plain: true,
  schema: { pattern: '^(0|[1-9]\\d{0,5})\\.\\d{2}$' },
  realistic: (s) => (row) => {
    const tier = drawTier(below(s, row, 0, 100));
    const low = tier === 0 ? 0 : 10 ** tier;
    return centsText((low + below(s, row, 1, 10 ** (tier + 1) - low)) * 100 + below(s, row, 2, 100));
  },
  unique: () => (k) => centsText(k),
};
