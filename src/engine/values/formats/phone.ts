/**
 * @module `string(phone)`: North American numbers in 555-0100..555-0199, the only range the NANP
 * administrator reserves for fictional use, so no generated number can ring a real line. Other locales use
 * their own country's reserved ranges (see countryPhones.ts).
 */
import { below } from '../../random/stream.js';
import { frenchPhone, germanPhone, portuguesePhone, spanishPhone, ukPhone } from './countryPhones.js';
import { at, type StringFormat } from './stringFormat.js';
import { withLocales } from './withLocales.js';

/** Forty real, well-known US area codes (the exchange 555-01xx makes every number fictional). */
const AREA_CODES = [
  '201', '202', '206', '207', '212', '213', '214', '215', '302', '303', '305', '312', '313', '314',
  '317', '401', '404', '412', '414', '415', '502', '503', '504', '505', '512', '513', '602', '603',
  '612', '614', '615', '617', '702', '713', '801', '802', '808', '816', '858', '919',
] as const; // prettier-ignore
const LINES = 100; // 0100..0199
const SIZE = AREA_CODES.length * LINES;

/** Injective on [0, SIZE): k ↦ (⌊k / 100⌋, k mod 100) is a bijection onto (area code, line) pairs, the area
 * codes are distinct, and both parts sit at fixed positions. */
function phoneNumber(k: number): string {
  return `+1-${at(AREA_CODES, Math.floor(k / LINES))}-555-01${String(k % LINES).padStart(2, '0')}`;
}

const northAmerican: StringFormat = {
  name: 'phone',
  summary: 'A fictional North American number in 555-0100..555-0199, e.g. `+1-202-555-0143`.',
  size: SIZE,
  plain: true,
  schema: { pattern: '^\\+1-[2-9]\\d{2}-555-01\\d{2}$' },
  realistic: (s) => (row) => phoneNumber(below(s, row, 0, SIZE)),
  unique: () => phoneNumber,
};

/**
 * A fictional phone number, North American unless localized.
 * @example phone.realistic(streamOf(['s1', 'phone']))(0) // '+1-612-555-0112'
 * @example phone.localized?.('fr-FR').realistic(streamOf(['s1', 'phone']))(0) // '+33 6 39 98 08 12'
 */
export const phone: StringFormat = withLocales(northAmerican, {
  'en-US': () => northAmerican,
  'en-GB': () => ukPhone,
  'de-DE': () => germanPhone,
  'fr-FR': () => frenchPhone,
  'pt-PT': () => portuguesePhone,
  'es-ES': () => spanishPhone,
});
