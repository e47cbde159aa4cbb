/** @module `string(username)`: `ada_lovelace`, `ada.lovelace42`: the names of faker's English lists. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { asciiFold } from './asciiFold.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { once } from './once.js';
import { at, type StringFormat } from './stringFormat.js';

const handles = (names: readonly string[]): readonly string[] => [
  ...new Set(names.map(asciiFold).filter((n) => n.length > 0)),
];
const SEPARATORS = ['_', '.'] as const;
/** Folded on first use: a run that names no username should not fold every English name at start-up. */
const names = once(() => {
  const first = handles(en.firstNames);
  const last = handles(en.lastNames);
  const radices = [first.length, last.length, SEPARATORS.length, 10000];
  const render = (f: number, l: number, sep: number, num: number): string =>
    at(first, f) + at(SEPARATORS, sep) + at(last, l) + (num === 0 ? '' : String(num));
  return { first, last, radices, render };
});

/**
 * A user name. unique() is injective: k's mixed-radix digits pick the names, the separator and a number
 * (0 renders as none); names are letters only, so the separator splits them and the trailing digits (no
 * leading zero) are the number.
 * @example username.realistic(streamOf(['s1', 'username']))(0) // 'jermain_klocko84'
 */
export const username: StringFormat = {
  name: 'username',
  summary: 'A user name from English names, e.g. `ada_lovelace` or `ada.lovelace1987`.',
  get size() {
    return radixProduct(names().radices);
  },
  plain: true,
  schema: { pattern: '^[a-z]+[._][a-z]+\\d{0,4}$', minLength: 3 },
  // Most have no number; some a two-digit one, some a birth year.
  realistic: (s) => {
    const { first, last, render } = names();
    return (row) => {
      const kind = below(s, row, 3, 10);
      const num = kind < 6 ? 0 : kind < 9 ? 10 + below(s, row, 4, 90) : 1950 + below(s, row, 4, 60);
      return render(below(s, row, 0, first.length), below(s, row, 1, last.length), below(s, row, 2, 2), num);
    };
  },
  unique: () => {
    const { radices, render } = names();
    return (k) => {
      const [f = 0, l = 0, sep = 0, num = 0] = mixedRadix(k, radices);
      return render(f, l, sep, num);
    };
  },
};
