import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISTINCT_CAP, FieldProfiler } from './fieldProfile.js';

describe('FieldProfiler', () => {
  it('counts values, nulls and absent keys, distinct values, min, max and the most frequent', () => {
    const p = new FieldProfiler();
    for (const v of [3, 1, 3, null, undefined, 2, 3, undefined]) p.add(v);
    assert.deepEqual(p.profile(), {
      count: 5,
      nulls: 1,
      absent: 2,
      distinct: 3,
      distinctCapped: false,
      min: 1,
      max: 3,
      top: [
        { value: 3, count: 3 },
        { value: 1, count: 1 },
        { value: 2, count: 1 },
      ],
    });
  });

  it('keeps "1" and 1 apart', () => {
    const p = new FieldProfiler();
    p.add('1');
    p.add(1);
    assert.equal(p.profile().distinct, 2);
  });

  it('stops tracking distinct values at the cap and says so, so memory stays bounded', () => {
    const p = new FieldProfiler();
    for (let i = 0; i < DISTINCT_CAP + 5; i++) p.add(`v${i}`);
    const profile = p.profile();
    assert.deepEqual(
      [profile.distinct, profile.distinctCapped, profile.count],
      [DISTINCT_CAP, true, DISTINCT_CAP + 5],
    );
  });
});
