/** @module `string(first_name)`: a given name from faker's pinned English list, e.g. `Ada`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';

/** @example firstName.realistic(streamOf(['s1', 'first_name']))(0) // 'Darryl' */
export const firstName = listFormat('first_name', "A given name, e.g. `Ada` or `D'angelo`.", en.firstNames, {
  minLength: 1,
});
