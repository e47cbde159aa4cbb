/** @module `string(latitude)`: decimal degrees north (+) or south (−), six decimals, e.g. `48.858370`. */
import { coordinate } from './coordinate.js';

/** @example latitude.realistic(streamOf(['s1', 'latitude']))(0) // '3.315824' */
export const latitude = coordinate(
  'latitude',
  'A latitude in decimal degrees with six decimals, −90 to 90, e.g. `48.858370`.',
  90,
  '^-?(90\\.0{6}|[1-8]?\\d\\.\\d{6})$',
);
