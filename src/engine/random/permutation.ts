/**
 * @module Keyed permutations of [0, size): the bijection behind uniqueness by construction (ARCHITECTURE §3).
 *
 * A balanced Feistel network over the smallest even number of bits covering `size`, with cycle-walking to
 * stay inside the domain. Because a permutation never maps two indices to one value, a unique field needs no
 * set of seen values, at any volume and under any sharding.
 */
import { mix32, type Stream } from './stream.js';

/** The largest domain a permutation covers: 2^52, so that every index is an exact double. */
export const MAX_PERMUTATION_SIZE = 2 ** 52;

const ROUNDS = 4;

/** A bijection of [0, size). */
export interface Permutation {
  readonly size: number;
  apply(index: number): number;
}

/**
 * Builds a keyed permutation of [0, size), 1 ≤ size ≤ 2^52.
 * @example keyedPermutation(streamOf(['k']), 10).apply(3) // 7 (some index in 0..9, distinct for each input)
 */
export function keyedPermutation(stream: Stream, size: number): Permutation {
  if (!Number.isInteger(size) || size < 1 || size > MAX_PERMUTATION_SIZE) {
    throw new RangeError(`permutation size must be an integer in [1, 2^52], got ${size}`);
  }
  if (size === 1) return { size, apply: () => 0 };
  // Counted exactly: Math.log2 rounds, e.g. log2(2^50 + 1) === 50, which would leave one index uncovered.
  let bits = 2;
  while (2 ** bits < size) bits += 2;
  const half = bits / 2;
  const scale = 2 ** half;
  const mask = scale - 1;
  const keys: number[] = [];
  for (let r = 0; r < ROUNDS; r++) keys.push(mix32(stream.a ^ Math.imul(r + 1, 0x9e3779b9)) ^ stream.b);

  const encrypt = (x: number): number => {
    let left = Math.floor(x / scale);
    let right = x % scale;
    for (let r = 0; r < ROUNDS; r++) {
      const next = (left ^ (mix32(right ^ (keys[r] as number)) & mask)) >>> 0;
      left = right;
      right = next & mask;
    }
    return left * scale + right;
  };

  return {
    size,
    apply(index: number): number {
      let x = encrypt(index);
      while (x >= size) x = encrypt(x); // cycle-walk: the domain is < 4 × size, so this ends fast
      return x;
    },
  };
}
