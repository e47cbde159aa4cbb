/** @module `string(currency_code)`: an ISO 4217 code; localized, the country's own (`USD`, `GBP`, `EUR`). */
import { en } from '../locale/en.js';
import { countryScoped } from './countryScoped.js';
import { listFormat } from './listFormat.js';
import { withLocales } from './withLocales.js';

const worldwide = listFormat(
  'currency_code',
  'An ISO 4217 currency code, e.g. `JPY`; localized, the country currency (`USD`, `GBP`, `EUR`).',
  en.currencyCodes.filter((c) => /^[A-Z]{3}$/.test(c)),
  { pattern: '^[A-Z]{3}$' },
);

/** @example currencyCode.realistic(streamOf(['s1', 'currency_code']))(0) // 'UAH' */
export const currencyCode = withLocales(
  worldwide,
  countryScoped(worldwide, (d) => [d.currencyCode]),
);
