/**
 * @module `string(credit_card)`: 16-digit card numbers with a valid Luhn digit, only under test BINs that
 * payment processors publish for test cards with free account digits: Visa 400000 (Stripe's `4000 00…`
 * test cards; Cybersource's Visa test BIN) and Mastercard 511111 (Cybersource's Mastercard test BIN). They
 * validate like real cards in forms and schemas but are not live accounts.
 */
import type { ByteWriter } from '../../encoders/byteWriter.js';
import { below } from '../../random/stream.js';
import { luhnCheckDigit } from './luhn.js';
import { at, type StringFormat } from './stringFormat.js';

export const TEST_BINS = ['400000', '511111'] as const;
const ACCOUNTS = 1_000_000_000;

function card(bin: number, account: number): string {
  const body = at(TEST_BINS, bin) + String(account).padStart(9, '0');
  return body + luhnCheckDigit(body);
}

/** The BINs' digits, for the byte path. */
const BIN_DIGITS = TEST_BINS.map((b) => [...b].map(Number));

/** `card` written as bytes: the fifteen digits and the Luhn digit computed from the numbers, no string. */
function writeCard(bin: number, account: number, out: ByteWriter): void {
  const digits = BIN_DIGITS[bin] as number[];
  // Luhn from the right: the check digit's neighbour (the account's last digit) is doubled, then every other.
  let sum = 0;
  let rest = account;
  for (let i = 0; i < 9; i++) {
    const d = rest % 10;
    rest = Math.floor(rest / 10);
    sum += i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  for (let i = 5; i >= 0; i--) {
    const d = digits[i] as number;
    // BIN digit i sits 9 + (5 − i) places from the body's right end: doubled where that count is even.
    sum += (5 - i) % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  for (const d of digits) out.byte(48 + d);
  out.digits(account, 9);
  out.byte(48 + ((10 - (sum % 10)) % 10));
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
  writeRealistic: (s) => (row, out) =>
    writeCard(below(s, row, 0, TEST_BINS.length), below(s, row, 1, ACCOUNTS), out),
  writeUnique: () => (k, _row, out) => writeCard(k % TEST_BINS.length, Math.floor(k / TEST_BINS.length), out),
};
