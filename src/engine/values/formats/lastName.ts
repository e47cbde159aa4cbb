/** @module `string(last_name)`: a family name from faker's pinned lists for the locale, e.g. `Greenholt`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';
import { listVariants } from './listVariants.js';
import { withLocales } from './withLocales.js';

const english = listFormat('last_name', "A family name, e.g. `Greenholt` or `O'Keefe`.", en.lastNames, {
  minLength: 1,
});

/** @example lastName.realistic(streamOf(['s1', 'last_name']))(0) // 'Orn' */
export const lastName = withLocales(
  english,
  listVariants(english, 'A family name', (d) => d.lastNames),
);
