/** @module `string(sentence)`: a capitalised lorem-ipsum sentence of 4–12 words ending in a full stop. */
import type { ByteWriter } from '../../encoders/byteWriter.js';
import { below, rowKey, smallBelowOf, type Stream } from '../../random/stream.js';
import { at, type StringFormat } from './stringFormat.js';
import { WORDS } from './word.js';

/** The words as bytes for the byte writer: after a space, and capitalised (they are ASCII letters). */
const SPACED_BYTES = WORDS.map((w) => new TextEncoder().encode(' ' + w));
const CAPITAL_BYTES = WORDS.map((w) => new TextEncoder().encode(w.charAt(0).toUpperCase() + w.slice(1)));

/** Words enumerated by unique(): |WORDS|^6 > 2^52, so every k < 2^52 gets its own six-word prefix. */
const UNIQUE_WORDS = 6;
/** Draws one sentence uses, so paragraph can lay sentences out at fixed draw offsets. */
export const SENTENCE_DRAWS = 13;

function render(words: readonly string[]): string {
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** A sentence of 4–12 words using draws `first` .. `first + 12` of the row. */
export function sentenceAt(s: Stream, row: number, first: number): string {
  const count = 4 + below(s, row, first, 9);
  return render(
    Array.from({ length: count }, (_, i) => at(WORDS, below(s, row, first + 1 + i, WORDS.length))),
  );
}

/**
 * `sentenceAt`'s sentence written as bytes, without building strings (the hot path of long text fields);
 * `key` is the row's `rowKey`, which a paragraph's sentences share.
 */
export function writeSentenceAt(key: number, first: number, out: ByteWriter): void {
  const n = WORDS.length;
  const count = 4 + smallBelowOf(key, first, 9);
  out.bytes(CAPITAL_BYTES[smallBelowOf(key, first + 1, n)] as Uint8Array);
  for (let i = 1; i < count; i++) out.bytes(SPACED_BYTES[smallBelowOf(key, first + 1 + i, n)] as Uint8Array);
  out.byte(46);
}

/**
 * The k-th six-word prefix, then 0–6 words of decoration from the row. Injective on [0, 2^52): k's base-|W|
 * digits d0..d5 pick the first six words, except that word 5 is (d5 + d0) mod |W| so it is not stuck among the
 * first few words (d5 < 5 when k < 2^52); that shear is invertible given d0. Words are distinct lowercase
 * letters, so lowercasing the first letter and splitting on spaces recovers the six indices, hence k.
 */
export function uniqueSentenceAt(k: number, s: Stream, row: number, first: number): string {
  const n = WORDS.length;
  const digits: number[] = [];
  for (let i = 0, rest = k; i < UNIQUE_WORDS; i++, rest = Math.floor(rest / n)) digits.push(rest % n);
  const d0 = digits[0] ?? 0;
  const words = digits.map((d, i) => at(WORDS, i === UNIQUE_WORDS - 1 ? (d + d0) % n : d));
  const extra = below(s, row, first, UNIQUE_WORDS + 1);
  for (let i = 0; i < extra; i++) words.push(at(WORDS, below(s, row, first + 1 + i, n)));
  return render(words);
}

/**
 * A lorem-ipsum sentence.
 * @example sentence.realistic(streamOf(['s1', 'sentence']))(0) // 'Congregatio credo averto sto tristis repudiandae.'
 */
export const sentence: StringFormat = {
  name: 'sentence',
  summary: 'A capitalised lorem-ipsum sentence of 4–12 words, e.g. `Tempora vero culpa ipsum.`',
  size: Infinity,
  plain: true,
  schema: { pattern: '^[A-Z][a-z]*( [a-z]+)*\\.$', minLength: 2 },
  realistic: (s) => (row) => sentenceAt(s, row, 0),
  unique: (s) => (k, row) => uniqueSentenceAt(k, s, row, 0),
  writeRealistic: (s) => (row, out) => writeSentenceAt(rowKey(s, row), 0, out),
};
