import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { StreamingHistogram } from './histogram.js';

/** Every value counted once, in a non-empty bin whose edges hold it. */
function assertBinned(xs: readonly number[], integral: boolean): void {
  const h = new StreamingHistogram(integral);
  for (const x of xs) h.add(x);
  const r = h.result('number');
  assert.ok(r);
  assert.equal(
    r.counts.reduce((a, b) => a + b, 0),
    xs.length,
  );
  assert.ok(r.counts.length <= 64 && r.edges.length === r.counts.length + 1);
  const width = (r.edges[1] as number) - (r.edges[0] as number);
  for (const x of xs) {
    // Edges are sums of doubles: allow a rounding error's worth at the boundaries, which scales with the
    // values' magnitude as much as with the bins' width.
    const slack = Math.max(width * 1e-9, Math.abs(x) * 8 * Number.EPSILON);
    const holding = r.counts.some(
      (c, j) => c > 0 && x >= (r.edges[j] as number) - slack && x < (r.edges[j + 1] as number) + slack,
    );
    assert.ok(holding, `${x} lies in a non-empty bin`);
  }
}

describe('StreamingHistogram', () => {
  it('counts every value exactly once, in the bin whose edges hold it, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 3000 }),
        fc.boolean(),
        (values, integral) => assertBinned(integral ? values : values.map((v) => v / 100), integral),
      ),
      { numRuns: 60 },
    );
  });

  it('holds a value on a bin edge far from zero, where rounding follows the magnitude (a case the law found)', () => {
    // Bins 0.3 wide around -1e7: an edge computed as origin + i·width is off by more than a width's 1e-9.
    assertBinned([-9999970.8, -9999980.47], false);
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
