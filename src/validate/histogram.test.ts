import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { StreamingHistogram } from './histogram.js';

describe('StreamingHistogram', () => {
  it('counts every value exactly once, in the bin whose edges hold it, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 3000 }),
        fc.boolean(),
        (values, integral) => {
          const xs = integral ? values : values.map((v) => v / 100);
          const h = new StreamingHistogram(integral);
          for (const x of xs) h.add(x);
          const r = h.result('number');
          assert.ok(r);
          assert.equal(
            r.counts.reduce((a, b) => a + b, 0),
            xs.length,
          );
          assert.ok(r.counts.length <= 64 && r.edges.length === r.counts.length + 1);
          for (const x of xs) {
            // Edges are sums of doubles: allow a rounding error's worth at the boundaries.
            const slack = ((r.edges[1] as number) - (r.edges[0] as number)) * 1e-9;
            const holding = r.counts.some(
              (c, j) =>
                c > 0 && x >= (r.edges[j] as number) - slack && x < (r.edges[j + 1] as number) + slack,
            );
            assert.ok(holding, `${x} lies in a non-empty bin`);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives whole-number fields one bin per value when their range is small', () => {
    const h = new StreamingHistogram(true);
    for (const x of [1, 2, 2, 3, 3, 3, 5]) h.add(x);
    assert.deepEqual(h.result('number'), {
      kind: 'bins',
      unit: 'number',
      edges: [1, 2, 3, 4, 5, 6],
      counts: [1, 2, 3, 0, 1],
      expected: null,
    });
  });

  it('is null with no values', () => {
    assert.equal(new StreamingHistogram(false).result('number'), null);
  });
});
