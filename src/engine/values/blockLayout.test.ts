import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { streamOf } from '../random/stream.js';
import { blockLayout } from './blockLayout.js';

describe('blockLayout', () => {
  it('cuts the child rows into one block per parent, each of a size within the bounds (law)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (seed, parents, min, extra, edge) => {
          const max = min + extra;
          const layout = blockLayout(streamOf([seed, 'blocks']), parents, min, max, edge);
          assert.equal(layout.first(0), 0);
          assert.equal(layout.first(parents), layout.total);
          for (let p = 0; p < parents; p++) {
            const [first, end] = layout.children(p);
            assert.equal(first, layout.first(p));
            assert.equal(end, layout.first(p + 1));
            assert.ok(end - first >= min && end - first <= max, `parent ${p} has ${end - first} children`);
            for (let row = first; row < end; row++) assert.equal(layout.parentOf(row), p);
          }
        },
      ),
    );
  });

  it('gives blocks of one size without drawing: parent p owns rows [p·n, (p+1)·n)', () => {
    const layout = blockLayout(streamOf(['fixed']), 1000, 3, 3);
    assert.equal(layout.total, 3000);
    assert.deepEqual(layout.children(417), [1251, 1254]);
    assert.equal(layout.parentOf(2999), 999);
    // The edge profile's first parents (most, fewest, one child) are that size too.
    assert.deepEqual(blockLayout(streamOf(['fixed']), 3, 1, 1, true).children(2), [2, 3]);
  });
});
