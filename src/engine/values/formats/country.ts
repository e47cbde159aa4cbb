/**
 * @module `string(country)`: a country's English name, worldwide; localized, the locale's own country in
 * its own language (`Deutschland`, `España`), so a German row says where it is as a German would.
 */
import { en } from '../locale/en.js';
import { countryScoped } from './countryScoped.js';
import { listFormat } from './listFormat.js';
import { withLocales } from './withLocales.js';

const worldwide = listFormat(
  'country',
  'A country name in English, e.g. `Portugal`; localized, the country itself in its language (`Deutschland`).',
  en.countries,
  { minLength: 2 },
);

/** @example country.realistic(streamOf(['s1', 'country']))(0) // 'Macao' */
export const country = withLocales(
  worldwide,
  countryScoped(worldwide, (d) => [d.countryName]),
);
