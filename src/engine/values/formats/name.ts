/** @module `string(name)`: a full name, `First Last`, e.g. `Ada Greenholt`. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

/** Names without spaces, so that `first + ' ' + last` splits back at its only space. */
const noSpace = (n: string): boolean => !n.includes(' ');
const FIRST = en.firstNames.filter(noSpace);
const LAST = en.lastNames.filter(noSpace);
const SIZE = FIRST.length * LAST.length;

/** Injective on [0, SIZE): k ↦ (k mod |FIRST|, ⌊k / |FIRST|⌋) is a bijection onto index pairs, the lists are
 * de-duplicated, and the pair is recovered by splitting at the single space. */
function fullName(k: number): string {
  return at(FIRST, k % FIRST.length) + ' ' + at(LAST, Math.floor(k / FIRST.length));
}

/**
 * A full name, first then last.
 * @example name.realistic(streamOf(['s1', 'name']))(0) // 'Norberto Roberts'
 */
export const name: StringFormat = {
  name: 'name',
  summary: 'A full name, `First Last`, e.g. `Ada Greenholt`.',
  size: SIZE,
  plain: true,
  schema: { minLength: 3 },
  realistic: (s) => (row) =>
    at(FIRST, below(s, row, 0, FIRST.length)) + ' ' + at(LAST, below(s, row, 1, LAST.length)),
  unique: () => fullName,
};
