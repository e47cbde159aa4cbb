import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { numberCache, rowCache } from './rowCache.js';

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

describe('numberCache', () => {
  it('answers what the function answers, numbers, null and undefined alike, in any order (law)', () => {
    const f = (row: number): number | null | undefined =>
      row % 7 === 0 ? null : row % 11 === 0 ? undefined : row % 5 === 0 ? -0 : row / 3;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.array(fc.nat({ max: 300_000 }), { maxLength: 500 }),
        (rows, asked) => {
          const cached = numberCache(f, rows);
          for (const row of asked) assert.ok(Object.is(cached(row), f(row)), `row ${row}`);
        },
      ),
    );
  });

  it('computes each row once while the rows fit its slots', () => {
    const computed: number[] = [];
    const cached = numberCache((row) => (computed.push(row), row % 2 === 0 ? null : row), 1000);
    for (const row of [4, 7, 4, 7, 999]) cached(row);
    assert.deepEqual(computed, [4, 7, 999]);
    assert.equal(cached(4), null);
  });
});
