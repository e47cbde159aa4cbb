/**
 * @module `string(region)`: the first-level division an address names: a US state, a UK county, a German
 * Land, a French région, a Portuguese distrito, a Spanish comunidad autónoma.
 */
import { enUS } from '../locale/enUS.js';
import { listFormat } from './listFormat.js';
import { listVariants } from './listVariants.js';
import { withLocales } from './withLocales.js';

const american = listFormat(
  'region',
  'A state or region, e.g. `California`; `Bayern`, `Île-de-France`, `Lisboa`, `Andalucía` in other locales.',
  enUS.regions,
  { minLength: 2 },
);

/** @example region.realistic(streamOf(['s1', 'region']))(0) // 'New Hampshire' */
export const region = withLocales(
  american,
  listVariants(american, 'A region', (d) => d.regions),
);
