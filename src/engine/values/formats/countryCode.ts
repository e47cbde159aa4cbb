/** @module `string(country_code)`: an ISO 3166-1 alpha-2 country code, e.g. `DE`. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

const CODES = en.countryCodes.filter((c) => /^[A-Z]{2}$/.test(c));

/**
 * An ISO 3166-1 alpha-2 code.
 * @example countryCode.realistic(streamOf(['s1', 'country_code']))(0) // 'RS'
 */
export const countryCode: StringFormat = {
  name: 'country_code',
  summary: 'An ISO 3166-1 alpha-2 country code, e.g. `DE`.',
  size: CODES.length,
  plain: true,
  schema: { pattern: '^[A-Z]{2}$' },
  realistic: (s) => (row) => at(CODES, below(s, row, 0, CODES.length)),
  // Injective: the list is de-duplicated and k < size indexes it directly.
  unique: () => (k) => at(CODES, k),
};
