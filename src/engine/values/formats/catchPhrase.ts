/** @module `string(catch_phrase)`: a company slogan in faker's pattern, `Adaptive asynchronous algorithm`. */
import { en } from '../locale/en.js';
import { drawFrom, productEnumeration } from './enumeration.js';
import type { StringFormat } from './stringFormat.js';

/** One-word entries only, so the two spaces split a value back into its three words. */
const oneWord = (w: string): boolean => !w.includes(' ');
const PHRASES = productEnumeration(
  [
    en.companyAdjectives.filter(oneWord),
    en.companyDescriptors.filter(oneWord),
    en.companyNouns.filter(oneWord),
  ],
  ' ',
);

/**
 * An adjective, a descriptor and a noun; unique() enumerates every combination (see productEnumeration).
 * @example catchPhrase.realistic(streamOf(['s1', 'catch_phrase']))(0) // 'Robust mobile product'
 */
export const catchPhrase: StringFormat = {
  name: 'catch_phrase',
  summary: 'A company catch phrase, e.g. `Adaptive asynchronous algorithm`.',
  size: PHRASES.size,
  plain: true,
  schema: { minLength: 5 },
  realistic: (s) => (row) => drawFrom(PHRASES, s, row, 0),
  unique: () => (k) => PHRASES.at(k),
};
