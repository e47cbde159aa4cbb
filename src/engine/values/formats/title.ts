/** @module `string(title)`: a form of address written before a name, `Mr.`, `Dr.`; `Frau`, `Mme`, `Sra.`. */
import { enUS } from '../locale/enUS.js';
import { listFormat } from './listFormat.js';
import { listVariants } from './listVariants.js';
import { withLocales } from './withLocales.js';

const english = listFormat(
  'title',
  'A form of address before a name, e.g. `Mr.`, `Dr.`; `Frau`, `Mme`, `Sra.` in other locales.',
  enUS.titles,
  { minLength: 1 },
);

/** @example title.realistic(streamOf(['s1', 'title']))(0) // 'Dr.' */
export const title = withLocales(
  english,
  listVariants(english, 'A form of address', (d) => d.titles),
);
