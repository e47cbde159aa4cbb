import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { keyedPermutation } from '../random/permutation.js';
import { streamOf } from '../random/stream.js';
import { withFixedPoints } from './fixedPoints.js';

describe('withFixedPoints', () => {
  it('puts each chosen index at its row and stays a bijection', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.string(),
        fc.array(fc.nat(), { maxLength: 12 }),
        (size, key, picks) => {
          const perm = keyedPermutation(streamOf([key]), size);
          const rows = [...new Set(picks.map((p) => p % size))];
          const ks = [...new Set(picks.map((p) => (p * 7 + 3) % size))].slice(0, rows.length);
          const used = rows.slice(0, ks.length);
          const q = withFixedPoints((r) => perm.apply(r), used, ks);
          const image = Array.from({ length: size }, (_, r) => q(r));
          used.forEach((r, i) => assert.equal(q(r), ks[i]));
          assert.deepEqual(
            [...image].sort((a, b) => a - b),
            Array.from({ length: size }, (_, i) => i),
          );
        },
      ),
    );
  });
});
