/** @module `string(country_code)`: an ISO 3166-1 alpha-2 country code, e.g. `DE`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';

/** @example countryCode.realistic(streamOf(['s1', 'country_code']))(0) // 'RS' */
export const countryCode = listFormat(
  'country_code',
  'An ISO 3166-1 alpha-2 country code, e.g. `DE`.',
  en.countryCodes.filter((c) => /^[A-Z]{2}$/.test(c)),
  { pattern: '^[A-Z]{2}$' },
);
