/**
 * @module `string(price)`: a retail price as text with two decimals, `19.99`, at the price points shops use
 * (…99, …95, …49, …00), from 0.01 to 99 999.99.
 */
import { below, type Stream } from '../../random/stream.js';
import { centsText } from './centsText.js';
import { at, type StringFormat } from './stringFormat.js';

/** Whole-currency ranges and how often prices fall in them (out of 100): most are under 100. */
const TIERS = [
  { weight: 30, from: 0, count: 10 },
  { weight: 45, from: 10, count: 90 },
  { weight: 20, from: 100, count: 900 },
  { weight: 5, from: 1000, count: 9000 },
] as const;
const ENDINGS = [99, 99, 99, 95, 49, 0] as const;

function drawPrice(s: Stream, row: number): string {
  let p = below(s, row, 0, 100);
  const tier = TIERS.find((t) => (p -= t.weight) < 0) ?? at(TIERS, 0);
  const units = tier.from + below(s, row, 1, tier.count);
  const cents =
    below(s, row, 2, 4) === 0 ? below(s, row, 3, 100) : at(ENDINGS, below(s, row, 3, ENDINGS.length));
  // 0.00 is no price: the cheapest is 0.01.
  return centsText(Math.max(1, units * 100 + cents));
}

/**
 * A price. unique() is injective: k + 1 cents, and centsText is injective.
 * @example price.realistic(streamOf(['s1', 'price']))(0) // '21.00'
 */
export const price: StringFormat = {
  name: 'price',
  summary: 'A price as text with two decimals, mostly at price points, e.g. `19.99`; 0.01 to 99999.99.',
  size: 9_999_999,
  plain: true,
  schema: { pattern: '^(0|[1-9]\\d{0,4})\\.\\d{2}$' },
  realistic: (s) => (row) => drawPrice(s, row),
  unique: () => (k) => centsText(k + 1),
};
