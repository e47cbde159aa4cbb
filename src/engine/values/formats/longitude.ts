/** @module `string(longitude)`: decimal degrees east (+) or west (−), six decimals, e.g. `2.294481`. */
import { coordinate } from './coordinate.js';

/** @example longitude.realistic(streamOf(['s1', 'longitude']))(0) // '-39.036494' */
export const longitude = coordinate(
  'longitude',
  'A longitude in decimal degrees with six decimals, −180 to 180, e.g. `2.294481`.',
  180,
  '^-?(180\\.0{6}|(1[0-7]\\d|[1-9]?\\d)\\.\\d{6})$',
);
