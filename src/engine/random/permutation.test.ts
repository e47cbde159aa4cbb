import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keyedPermutation, MAX_PERMUTATION_SIZE } from './permutation.js';
import { streamOf } from './stream.js';

const stream = streamOf(['permutation-test']);

/** Asserts that `apply` maps [0, size) into [0, size) without collisions; with size inputs, that is a bijection. */
function assertBijection(size: number, key = stream): void {
  const permutation = keyedPermutation(key, size);
  const seen = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const out = permutation.apply(i);
    assert.ok(
      Number.isInteger(out) && out >= 0 && out < size,
      `size ${size}: apply(${i}) = ${out} is outside`,
    );
    assert.equal(seen[out], 0, `size ${size}: apply(${i}) = ${out} was already produced`);
    seen[out] = 1;
  }
}

describe('keyedPermutation', () => {
  it('is a bijection of [0, size) for every size from 1 to 2000', () => {
    for (let size = 1; size <= 2000; size++) assertBijection(size);
  });

  it('is a bijection of [0, size) for larger sizes up to 200000, including powers of two and their neighbours', () => {
    for (const size of [4095, 4096, 4097, 65535, 65536, 65537, 99991, 131072, 199999, 200000])
      assertBijection(size);
  });

  it('is a bijection for small sizes under any stream key', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 300 }), (key, size) =>
        assertBijection(size, streamOf([key])),
      ),
    );
  });

  it('reports the size it was built for', () => {
    assert.equal(keyedPermutation(stream, 12345).size, 12345);
  });

  it('maps the same index to the same value when built twice from the same key (law)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 4 }),
        fc.integer({ min: 1, max: MAX_PERMUTATION_SIZE }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (parts, size, at) => {
          const index = Math.floor(at * size);
          assert.equal(
            keyedPermutation(streamOf(parts), size).apply(index),
            keyedPermutation(streamOf(parts), size).apply(index),
          );
        },
      ),
    );
  });

  it('gives different permutations for different stream keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        const pa = keyedPermutation(streamOf([a]), 1000);
        const pb = keyedPermutation(streamOf([b]), 1000);
        const differing = Array.from({ length: 1000 }, (_, i) => i).filter(
          (i) => pa.apply(i) !== pb.apply(i),
        );
        assert.ok(differing.length > 900, `only ${differing.length} of 1000 indices map differently`);
      }),
    );
  });

  it('does not leave a small domain in its natural order', () => {
    const permutation = keyedPermutation(stream, 1000);
    const fixedPoints = Array.from({ length: 1000 }, (_, i) => i).filter((i) => permutation.apply(i) === i);
    assert.ok(fixedPoints.length < 10, `${fixedPoints.length} fixed points`);
  });

  for (const size of [0, -1, 1.5, MAX_PERMUTATION_SIZE + 1, NaN, Infinity]) {
    it(`throws a RangeError for size ${size}`, () => {
      assert.throws(() => keyedPermutation(stream, size), RangeError);
    });
  }

  it('maps the only index of size 1 to 0', () => {
    assert.equal(keyedPermutation(stream, 1).apply(0), 0);
  });

  it('works at the largest size 2^52: sampled indices map to distinct integers below 2^52', () => {
    const size = MAX_PERMUTATION_SIZE;
    const permutation = keyedPermutation(stream, size);
    const indices = [];
    for (let i = 0; i < 5000; i++) indices.push(i, size - 1 - i, Math.floor((i * size) / 5000) + 7);
    const outputs = new Set<number>();
    for (const index of indices) {
      const out = permutation.apply(index);
      assert.ok(Number.isInteger(out) && out >= 0 && out < size, `apply(${index}) = ${out}`);
      outputs.add(out);
    }
    assert.equal(outputs.size, new Set(indices).size);
  });

  // Math.log2(2^50 + 1) and Math.log2(2^50 + 2) round to exactly 50, so the network covers only 2^50 values:
  // index 2^50 loses its high bit in the first Feistel round and collides with index 0.
  it('keeps index 2^50 apart from index 0 for sizes 2^50 + 1 and 2^50 + 2', () => {
    for (const size of [2 ** 50 + 1, 2 ** 50 + 2]) {
      const permutation = keyedPermutation(stream, size);
      assert.notEqual(permutation.apply(2 ** 50), permutation.apply(0), `size ${size}`);
    }
  });
});
