/**
 * @module `string(iban)`: German IBANs that pass the ISO 13616 mod-97 check and the DE length (22) but can
 * belong to no account.
 *
 * Why German, and why a leading 0: a DE BBAN is an 8-digit Bankleitzahl then a 10-digit account number, and
 * the Bundesbank assigns the Bankleitzahl's first digit by clearing area, 1 to 8 (Bundesbank, "Merkblatt
 * Bankleitzahlendatei"). A Bankleitzahl starting with 0 is in no clearing area and is never allocated, so
 * every IBAN here validates structurally yet routes to no bank. The other 17 digits are free.
 */
import { below } from '../../random/stream.js';
import type { StringFormat } from './stringFormat.js';

/** ISO 13616 check digits for a numeric DE BBAN: 98 − ((BBAN ‖ "DE00" as digits) mod 97). */
function checkDigits(bban: string): string {
  let r = 0;
  for (const ch of bban + '131400') r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return String(98 - r).padStart(2, '0');
}

function ibanOf(bban: string): string {
  return `DE${checkDigits(bban)}${bban}`;
}

/**
 * A valid IBAN that routes to no bank.
 * @example iban.realistic(streamOf(['s1', 'iban']))(0) // 'DE77077590622206474445'
 */
export const iban: StringFormat = {
  name: 'iban',
  summary:
    'A mod-97-valid German IBAN whose bank code (leading 0) is never allocated, e.g. `DE12012345678901234567`.',
  size: Infinity, // 10^17 free digits > 2^52
  plain: true,
  schema: { pattern: '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$', minLength: 22, maxLength: 22 },
  realistic: (s) => (row) =>
    ibanOf(
      '0' + String(below(s, row, 0, 1e9)).padStart(9, '0') + String(below(s, row, 1, 1e8)).padStart(8, '0'),
    ),
  // Injective on [0, 2^52): k < 10^16 is written as exactly the last 16 digits; the digit after the leading 0
  // is decoration from the row, and the check digits are a function of the BBAN.
  unique: (s) => (k, row) => ibanOf('0' + String(below(s, row, 0, 10)) + String(k).padStart(16, '0')),
};
