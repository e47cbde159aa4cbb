/** @module `string(last_name)`: a family name from faker's pinned English list, e.g. `Greenholt`. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

const LAST = en.lastNames;

/**
 * A family name.
 * @example lastName.realistic(streamOf(['s1', 'last_name']))(0) // 'Orn'
 */
export const lastName: StringFormat = {
  name: 'last_name',
  summary: "A family name, e.g. `Greenholt` or `O'Keefe`.",
  size: LAST.length,
  plain: true,
  schema: { minLength: 1 },
  realistic: (s) => (row) => at(LAST, below(s, row, 0, LAST.length)),
  // Injective: the locale list is de-duplicated and k < size indexes it directly.
  unique: () => (k) => at(LAST, k),
};
