/** @module `string(word)`: one lorem-ipsum word, e.g. `tempora`. */
import { en } from '../locale/en.js';
import { listFormat } from './listFormat.js';

/** Lowercase letters only (and de-duplicated by the locale), so sentences can split back into words. */
export const WORDS: readonly string[] = en.words.filter((w) => /^[a-z]+$/.test(w));

/** @example word.realistic(streamOf(['s1', 'word']))(0) // 'spoliatio' */
export const word = listFormat('word', 'One lorem-ipsum word, lowercase, e.g. `tempora`.', WORDS, {
  pattern: '^[a-z]+$',
  minLength: 1,
});
