/**
 * @module `string(gender)`: a gender identity, mostly `Female` or `Male`, sometimes one of the 76 terms of
 * faker's English list (`Non-binary`, `Genderqueer`, `Trans woman`…).
 */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { listEnumeration } from './enumeration.js';
import { needsEscape } from '../needsEscape.js';
import { at, type StringFormat } from './stringFormat.js';

const GENDERS = [...new Set(['Female', 'Male', ...en.genders])];
const ALL = listEnumeration(GENDERS);

/**
 * A gender; unique() walks the de-duplicated list, so it is injective.
 * @example gender.realistic(streamOf(['s1', 'gender']))(0) // 'Male'
 */
export const gender: StringFormat = {
  name: 'gender',
  summary: 'A gender: `Female` or `Male` 94% of the time, else a term such as `Non-binary` or `Genderqueer`.',
  size: ALL.size,
  plain: !GENDERS.some(needsEscape),
  schema: { minLength: 1 },
  // Answers to a free gender question are overwhelmingly one of the two; the long tail still shows up.
  realistic: (s) => (row) => {
    const p = below(s, row, 0, 100);
    return p < 47 ? 'Female' : p < 94 ? 'Male' : at(GENDERS, below(s, row, 1, GENDERS.length));
  },
  unique: () => (k) => ALL.at(k),
};
