/**
 * @module `string(len>=A,len<=B)` and bare `string`: lorem words cut to a drawn length. Unique values
 * enumerate lowercase letter strings by length, which is injective and covers every length in the range.
 */
import { MAX_GENERATED_LENGTH } from '../../model/limits.js';
import { below } from '../random/stream.js';
import { en } from './locale/en.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

/** Length range of a bare `string`, and the extra span when only a lower bound is given. */
export const DEFAULT_TEXT_LENGTH: readonly [number, number] = [1, 32];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORDS = en.words;

export function textRange(minLength: number | null, maxLength: number | null): [number, number] {
  const lo =
    minLength ?? (maxLength === null ? DEFAULT_TEXT_LENGTH[0] : Math.min(DEFAULT_TEXT_LENGTH[0], maxLength));
  const hi = maxLength ?? lo + DEFAULT_TEXT_LENGTH[1];
  // A maxLength like 2147483647 means "no real bound": values stay within what is worth generating.
  return [lo, Math.min(hi, Math.max(lo, MAX_GENERATED_LENGTH))];
}

export function textDomain(
  minLength: number | null,
  maxLength: number | null,
  ctx: DomainContext,
): ValueDomain {
  const { stream } = ctx;
  const [lo, hi] = textRange(minLength, maxLength);
  const counts: number[] = [];
  let size = 0;
  for (let l = lo; l <= hi && size < 2 ** 52; l++) {
    const c = 26 ** l;
    counts.push(c);
    size += c;
  }
  return {
    size: size >= 2 ** 52 ? Infinity : size,
    encoding: 'plain',
    realistic: (row) => {
      const length = lo + below(stream, row, 0, hi - lo + 1);
      let text = '';
      for (let d = 1; text.length < length; d++) {
        text += (text === '' ? '' : ' ') + (WORDS[below(stream, row, d, WORDS.length)] as string);
      }
      text = text.slice(0, length);
      return text.endsWith(' ') ? text.slice(0, -1) + 'a' : text;
    },
    unique: (k) => {
      let rest = k;
      let length = lo;
      for (const c of counts) {
        if (rest < c) break;
        rest -= c;
        length++;
      }
      let text = '';
      for (let i = 0; i < length; i++) {
        text = LETTERS[rest % 26] + text;
        rest = Math.floor(rest / 26);
      }
      return text;
    },
  };
}
