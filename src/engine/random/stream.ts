/**
 * @module Counter-based randomness: every draw is a pure function of (stream key, row index, draw number).
 *
 * A stream key is derived once by hashing the names that identify a value's place in the dataset (seed,
 * tenant, environment, entity, field path, purpose). Row 7 000 000 is then as cheap as row 0, shards and
 * workers need no coordination, and adding a field cannot shift another field's values (ARCHITECTURE §2).
 */
import { createHash } from 'node:crypto';

/** A keyed source of draws. Plain data: two 32-bit words. */
export interface Stream {
  readonly a: number;
  readonly b: number;
}

/**
 * Derives a stream key from its identifying parts. Parts are length-prefixed before hashing so that
 * `["ab","c"]` and `["a","bc"]` differ.
 * @example streamOf(['s1', '', '', 'Customer', 'email']) // { a: 2749165812, b: 1040394512 }
 */
export function streamOf(parts: readonly string[]): Stream {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}\u0000`);
  const digest = hash.digest();
  return { a: digest.readUInt32LE(0), b: digest.readUInt32LE(4) };
}

/** Derives a sub-stream, e.g. the null decision of a field, without hashing strings on the hot path. */
export function substream(stream: Stream, purpose: number): Stream {
  return {
    a: mix32(stream.a ^ Math.imul(purpose + 1, 0x9e3779b9)),
    b: mix32(stream.b + purpose + 0x632be59b),
  };
}

/** A strong 32-bit finaliser ("lowbias32", Chris Wellons): a bijection with near-ideal avalanche. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

const TWO_32 = 0x100000000;

/**
 * The part of every draw of a row that depends on the stream and the row alone. A value that makes many draws
 * of one row (a sentence's words) computes it once and takes each draw with `drawOf`: the same numbers as
 * `u32`, a third of the work.
 */
export function rowKey(s: Stream, row: number): number {
  const lo = row >>> 0;
  const hi = (row / TWO_32) >>> 0;
  const h = mix32(s.a ^ lo);
  return mix32(h ^ s.b ^ Math.imul(hi, 0x9e3779b9));
}

/** Draw number `draw` of the row whose `rowKey` is `key`: equal to `u32(s, row, draw)`. */
export function drawOf(key: number, draw: number): number {
  return mix32((key + Math.imul(draw + 1, 0x85ebca6b)) >>> 0);
}

/** `below(s, row, draw, n)` from the row's key, for 1 ≤ n ≤ 2^16. */
export function smallBelowOf(key: number, draw: number, n: number): number {
  return remainder(drawOf(key, draw), n);
}

/**
 * x mod n for a 32-bit draw x and 1 ≤ n ≤ 2^16, exactly `x % n`. A draw at or above 2^31 is not a small
 * integer to V8, whose `%` then takes the slow floating-point remainder (four times a draw's cost); the
 * quotient's floor is exact here, since x / n is at least 1/n away from the next integer and its rounding
 * error is below 2^-21.
 */
function remainder(x: number, n: number): number {
  return x - Math.floor(x / n) * n;
}

/** The raw 32-bit draw number `draw` of row `row` (row < 2^53). */
export function u32(s: Stream, row: number, draw: number): number {
  return drawOf(rowKey(s, row), draw);
}

/** A uniform double in [0, 1) with 32 bits of resolution. */
export function unit(s: Stream, row: number, draw: number): number {
  return u32(s, row, draw) / TWO_32;
}

/** A uniform double in [0, 1) with the full 53 bits of resolution. */
export function unit53(s: Stream, row: number, draw: number): number {
  const h = u32(s, row, draw);
  const g = mix32(h ^ 0x68e31da4);
  return ((h >>> 5) * 67108864 + (g >>> 6)) / 9007199254740992;
}

/** A uniform integer in [0, n) for 1 ≤ n ≤ 2^53; the bias is below n / 2^53. */
export function below(s: Stream, row: number, draw: number, n: number): number {
  return n <= 0x10000 ? remainder(u32(s, row, draw), n) : Math.floor(unit53(s, row, draw) * n);
}
