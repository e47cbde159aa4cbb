import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { rowCache } from './rowCache.js';

describe('rowCache', () => {
  it('answers what the function answers, for any rows in any order (law)', () => {
    const f = (row: number) => (row * 2654435761) % 1000003;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.array(fc.nat({ max: 300_000 }), { maxLength: 500 }),
        (rows, asked) => {
          const cached = rowCache(f, rows);
          for (const row of asked) assert.equal(cached(row), f(row));
        },
      ),
    );
  });

  it('computes each row once while the rows fit its slots, and again once rows share a slot', () => {
    const computed: number[] = [];
    const cached = rowCache((row) => computed.push(row), 1000);
    for (const row of [5, 7, 5, 999, 7, 5]) cached(row);
    assert.deepEqual(computed, [5, 7, 999]);
    // 1000 parents get 1024 slots: row 1029 shares row 5's slot and displaces it.
    cached(1029);
    cached(5);
    assert.deepEqual(computed, [5, 7, 999, 1029, 5]);
  });
});
