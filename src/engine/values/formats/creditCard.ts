/**
 * @module `string(credit_card)`: 16-digit card numbers with a valid Luhn digit, only under test BINs that
 * payment processors publish for test cards with free account digits: Visa 400000 (Stripe's `4000 00…`
 * test cards; Cybersource's Visa test BIN) and Mastercard 511111 (Cybersource's Mastercard test BIN). They
 * validate like real cards in forms and schemas but are not live accounts.
 */
import { below } from '../../random/stream.js';
import { luhnCheckDigit } from './luhn.js';
import { at, type StringFormat } from './stringFormat.js';

export const TEST_BINS = ['400000', '511111'] as const;
const ACCOUNTS = 1_000_000_000;

function card(bin: number, account: number): string {
  const body = at(TEST_BINS, bin) + String(account).padStart(9, '0');
  return body + luhnCheckDigit(body);
}

/**
 * A test card number. unique() is injective: k ↦ (k mod 2, ⌊k / 2⌋) picks the BIN and the nine account
 * digits; the check digit is a function of them.
 * @example creditCard.realistic(streamOf(['s1', 'credit_card']))(0) // '5111113160313876'
 */
export const creditCard: StringFormat = {
  name: 'credit_card',
  summary: 'A Luhn-valid 16-digit card number under a processor test BIN (Visa 400000, Mastercard 511111).',
  size: TEST_BINS.length * ACCOUNTS,
  plain: true,
  schema: { pattern: '^(400000|511111)\\d{10}$', minLength: 16, maxLength: 16 },
  realistic: (s) => (row) => card(below(s, row, 0, TEST_BINS.length), below(s, row, 1, ACCOUNTS)),
  unique: () => (k) => card(k % TEST_BINS.length, Math.floor(k / TEST_BINS.length)),
};
