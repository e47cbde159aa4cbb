/** @module `string(last_name)`: a family name from faker's pinned English list, e.g. `Greenholt`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';

/** @example lastName.realistic(streamOf(['s1', 'last_name']))(0) // 'Orn' */
export const lastName = listFormat(
  'last_name',
  "A family name, e.g. `Greenholt` or `O'Keefe`.",
  en.lastNames,
  {
    minLength: 1,
  },
);
