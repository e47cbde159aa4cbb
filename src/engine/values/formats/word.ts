/** @module `string(word)`: one lorem-ipsum word, e.g. `tempora`. */
import { below } from '../../random/stream.js';
import { en } from '../locale/en.js';
import { at, type StringFormat } from './stringFormat.js';

/** Lowercase letters only (and de-duplicated by the locale), so sentences can split back into words. */
export const WORDS: readonly string[] = en.words.filter((w) => /^[a-z]+$/.test(w));

/**
 * A lorem-ipsum word.
 * @example word.realistic(streamOf(['s1', 'word']))(0) // 'spoliatio'
 */
export const word: StringFormat = {
  name: 'word',
  summary: 'One lorem-ipsum word, lowercase, e.g. `tempora`.',
  size: WORDS.length,
  plain: true,
  schema: { pattern: '^[a-z]+$', minLength: 1 },
  realistic: (s) => (row) => at(WORDS, below(s, row, 0, WORDS.length)),
  // Injective: the list is de-duplicated and k < size indexes it directly.
  unique: () => (k) => at(WORDS, k),
};
