import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Field, FieldType } from '../model/model.js';
import { UNIFORM } from '../model/model.js';
import { DISTINCT_CAP, FieldProfiler } from './fieldProfile.js';

const REF = { days: 20_454, seconds: 20_454 * 86_400 };
const field = (type: FieldType): Field => ({
  name: 'f',
  type,
  unique: false,
  nullable: 0,
  optional: 0,
  description: null,
  example: null,
});
const INTEGER = field({ kind: 'integer', min: 0, max: 10, distribution: UNIFORM });
const TEXT = field({ kind: 'string', format: null, minLength: null, maxLength: null, pattern: null });

describe('FieldProfiler', () => {
  it('counts values, nulls and absent keys, distinct values, min, max and the most frequent', () => {
    const p = new FieldProfiler(INTEGER, REF);
    for (const v of [3, 1, 3, null, undefined, 2, 3, undefined]) p.add(v);
    const { histogram, fit, type, ...numbers } = p.profile();
    assert.deepEqual([type, fit], ['integer', null]);
    assert.deepEqual(
      histogram && { edges: histogram.kind === 'bins' && histogram.edges, counts: histogram.counts },
      {
        edges: [1, 2, 3, 4],
        counts: [1, 1, 3],
      },
    );
    assert.deepEqual(numbers, {
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
    const p = new FieldProfiler(TEXT, REF);
    p.add('1');
    p.add(1);
    assert.equal(p.profile().distinct, 2);
  });

  it('stops tracking distinct values at the cap and says so, so memory stays bounded', () => {
    const p = new FieldProfiler(TEXT, REF);
    for (let i = 0; i < DISTINCT_CAP + 5; i++) p.add(`v${i}`);
    const profile = p.profile();
    assert.deepEqual(
      [profile.distinct, profile.distinctCapped, profile.count],
      [DISTINCT_CAP, true, DISTINCT_CAP + 5],
    );
  });
});
