/** @module `string(name)`: a full name, `First Last`, e.g. `Ada Greenholt`, in any supported locale. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { localeData } from '../locale/localeData.js';
import { LOCALES } from '../../../model/localeTag.js';
import { needsEscape } from '../needsEscape.js';
import { at, type StringFormat } from './stringFormat.js';
import { withLocales, type LocaleVariants } from './withLocales.js';

/** Names without spaces, so that `first + ' ' + last` splits back at its only space. */
const noSpace = (n: string): boolean => !n.includes(' ');

/**
 * The full-name format over two name lists. unique() is injective on [0, size): k ↦ (k mod |FIRST|,
 * ⌊k / |FIRST|⌋) is a bijection onto index pairs, the lists are de-duplicated, and the pair is recovered by
 * splitting at the single space.
 */
function fullNameFormat(firstNames: readonly string[], lastNames: readonly string[]): StringFormat {
  const FIRST = firstNames.filter(noSpace);
  const LAST = lastNames.filter(noSpace);
  const SIZE = FIRST.length * LAST.length;
  return {
    name: 'name',
    summary: 'A full name, `First Last`, e.g. `Ada Greenholt`.',
    size: SIZE,
    plain: ![...FIRST, ...LAST].some(needsEscape),
    schema: { minLength: 3 },
    realistic: (s) => (row) =>
      at(FIRST, below(s, row, 0, FIRST.length)) + ' ' + at(LAST, below(s, row, 1, LAST.length)),
    unique: () => (k) => at(FIRST, k % FIRST.length) + ' ' + at(LAST, Math.floor(k / FIRST.length)),
  };
}

const english = fullNameFormat(en.firstNames, en.lastNames);
const variants: LocaleVariants = Object.fromEntries(
  LOCALES.map((tag) => [
    tag,
    tag === 'en-US'
      ? () => english
      : () => fullNameFormat(localeData(tag).firstNames, localeData(tag).lastNames),
  ]),
);

/**
 * A full name, first then last.
 * @example name.realistic(streamOf(['s1', 'name']))(0) // 'Norberto Roberts'
 */
export const name: StringFormat = withLocales(english, variants);
