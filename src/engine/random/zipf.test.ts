import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { streamOf, unit } from './stream.js';
import { zipfSampler } from './zipf.js';

/** The generalised harmonic number H(n, s) = Σ k^-s for k = 1..n. */
const harmonic = (n: number, s: number): number => {
  let sum = 0;
  for (let k = n; k >= 1; k--) sum += k ** -s;
  return sum;
};

/** Rank counts (index = rank) of `draws` values, each fed by the draws of one row of a fixed stream. */
function rankCounts(n: number, s: number, draws: number): number[] {
  const stream = streamOf(['zipf']);
  const sample = zipfSampler(n, s);
  const counts = new Array<number>(n + 1).fill(0);
  for (let row = 0; row < draws; row++) counts[sample((i) => unit(stream, row, i))]! += 1;
  return counts;
}

describe('zipfSampler', () => {
  it('draws an integer rank in [1, n] for any n, exponent and uniform draws (law)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 5, noNaN: true })),
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 1,
          maxLength: 8,
        }),
        (n, s, units) => {
          const rank = zipfSampler(n, s)((i) => units[i % units.length] as number);
          assert.ok(Number.isInteger(rank) && rank >= 1 && rank <= n, `n ${n}, s ${s}: rank ${rank}`);
        },
      ),
    );
  });

  it('always draws rank 1 when n is 1', () => {
    assert.equal(
      zipfSampler(1, 1.2)(() => 0.3),
      1,
    );
  });

  it('reaches both the first and the last rank', () => {
    const counts = rankCounts(5, 0.5, 5000);
    assert.ok(
      counts.slice(1).every((c) => c > 0),
      counts.join(','),
    );
  });

  describe('over 50000 draws with n = 100, s = 1.2', () => {
    const counts = rankCounts(100, 1.2, 50_000);

    it('draws rank 1 most often', () => {
      assert.equal(Math.max(...counts), counts[1]);
    });

    it('draws ranks 1..5 with strictly decreasing frequencies', () => {
      for (let k = 1; k < 5; k++)
        assert.ok(counts[k]! > counts[k + 1]!, `ranks ${k}, ${k + 1}: ${counts.slice(1, 6)}`);
    });

    it('draws rank 1 with probability 1 / H(100, 1.2), within ±0.02', () => {
      const share = counts[1]! / 50_000;
      const expected = 1 / harmonic(100, 1.2);
      assert.ok(Math.abs(share - expected) <= 0.02, `share ${share}, expected ${expected}`);
    });

    it('draws each of ranks 2..5 with probability k^-1.2 / H(100, 1.2), within ±0.005', () => {
      const h = harmonic(100, 1.2);
      for (let k = 2; k <= 5; k++) {
        const share = counts[k]! / 50_000;
        assert.ok(Math.abs(share - k ** -1.2 / h) <= 0.005, `rank ${k}: ${share} vs ${k ** -1.2 / h}`);
      }
    });
  });
});
