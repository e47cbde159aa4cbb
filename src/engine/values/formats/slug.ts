/** @module `string(slug)`: a URL slug of lorem-ipsum words, e.g. `tempora-vero-culpa`. */
import { below } from '../../random/stream.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

/** unique() enumerates four-word slugs: |WORDS|^4 ≈ 10^12. */
const RADICES = [WORDS.length, WORDS.length, WORDS.length, WORDS.length];

/**
 * A slug. unique() is injective: k's digits pick four words; words are distinct lowercase letters, so
 * splitting at `-` recovers them.
 * @example slug.realistic(streamOf(['s1', 'slug']))(0) // 'suasoria-vomica-ducimus-cibo'
 */
export const slug: StringFormat = {
  name: 'slug',
  summary: 'A URL slug of 2–4 lowercase words, e.g. `tempora-vero-culpa`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { pattern: '^[a-z]+(-[a-z]+)*$', minLength: 3 },
  realistic: (s) => (row) =>
    Array.from({ length: 2 + below(s, row, 0, 3) }, (_, i) =>
      at(WORDS, below(s, row, 1 + i, WORDS.length)),
    ).join('-'),
  unique: () => (k) =>
    mixedRadix(k, RADICES)
      .map((d) => at(WORDS, d))
      .join('-'),
};
