/** @module `string(first_name)`: a given name from faker's pinned English list, e.g. `Ada`. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

const FIRST = en.firstNames;

/**
 * A given name.
 * @example firstName.realistic(streamOf(['s1', 'first_name']))(0) // 'Darryl'
 */
export const firstName: StringFormat = {
  name: 'first_name',
  summary: "A given name, e.g. `Ada` or `D'angelo`.",
  size: FIRST.length,
  plain: true,
  schema: { minLength: 1 },
  realistic: (s) => (row) => at(FIRST, below(s, row, 0, FIRST.length)),
  // Injective: the locale list is de-duplicated and k < size indexes it directly.
  unique: () => (k) => at(FIRST, k),
};
