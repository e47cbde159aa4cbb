/** @module `string(first_name)`: a given name from faker's pinned lists for the locale, e.g. `Ada`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';
import { listVariants } from './listVariants.js';
import { withLocales } from './withLocales.js';

const english = listFormat('first_name', "A given name, e.g. `Ada` or `D'angelo`.", en.firstNames, {
  minLength: 1,
});

/** @example firstName.realistic(streamOf(['s1', 'first_name']))(0) // 'Darryl' */
export const firstName = withLocales(
  english,
  listVariants(english, 'A given name', (d) => d.firstNames),
);
