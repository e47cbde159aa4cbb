import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NumberType } from '../../model/model.js';
import { streamOf } from '../random/stream.js';
import { DomainError } from './domainError.js';
import { fixedDecimal, numberDomain } from './number.js';
import type { DomainContext } from './valueDomain.js';

const ctx: DomainContext = {
  stream: streamOf(['number-test']),
  refTime: { days: 19_844, seconds: 19_844 * 86_400 },
};

const decimalType = (min: number, max: number, decimals = 2): NumberType => ({
  kind: 'number',
  min,
  max,
  decimals,
  distribution: { kind: 'uniform' },
});

/** The number of digits after the decimal point in a JSON number text without exponent. */
const decimalsOf = (text: string): number => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

describe('fixedDecimal', () => {
  it('prints what String and JSON.stringify print for units / 10^decimals (law)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(1e13 - 1), max: 1e13 - 1 }),
        fc.integer({ min: 0, max: 6 }),
        (units, decimals) => {
          const expected = String(units / 10 ** decimals);
          assert.equal(fixedDecimal(units, decimals), expected);
          assert.equal(fixedDecimal(units, decimals), JSON.stringify(units / 10 ** decimals));
        },
      ),
    );
  });

  it('drops trailing zeros and keeps leading zeros of the fraction', () => {
    assert.equal(fixedDecimal(189790, 2), '1897.9');
    assert.equal(fixedDecimal(-5, 3), '-0.005');
    assert.equal(fixedDecimal(1200, 2), '12');
    assert.equal(fixedDecimal(0, 4), '0');
  });
});

describe('numberDomain with decimals', () => {
  const type = decimalType(0, 99999);
  const domain = numberDomain(type, ctx);

  it('writes raw JSON number text', () => {
    assert.equal(domain.encoding, 'raw');
  });

  it('draws realistic values inside [0, 99999] with at most 2 decimals, for 20000 rows', () => {
    for (let row = 0; row < 20_000; row++) {
      const text = domain.realistic(row);
      assert.equal(typeof text, 'string');
      const value = JSON.parse(text as string) as number;
      assert.ok(value >= 0 && value <= 99999, `row ${row}: ${text}`);
      assert.ok(decimalsOf(text as string) <= 2, `row ${row}: ${text}`);
      assert.equal(String(value), text);
    }
  });

  it('spreads uniform realistic values over the range', () => {
    const values = Array.from({ length: 20_000 }, (_, row) => Number(domain.realistic(row)));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    assert.ok(Math.abs(mean - 49999.5) < 1000, `mean ${mean}`);
    assert.ok(new Set(values).size > 19_900);
  });

  it('counts every two-decimal number from 0 to 99999: 9999901 values', () => {
    assert.equal(domain.size, 9_999_901);
  });

  it('enumerates from the lower bound to the upper bound', () => {
    assert.equal(domain.unique(0, 0), '0');
    assert.equal(domain.unique(1, 0), '0.01');
    assert.equal(domain.unique(domain.size - 1, 0), '99999');
  });

  it('enumerates distinct values inside the bounds (sampled law)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: domain.size - 1 }), { minLength: 2, maxLength: 200 }),
        (ks) => {
          const texts = ks.map((k) => domain.unique(k, 0) as string);
          assert.equal(new Set(texts).size, ks.length);
          for (const text of texts) {
            const value = Number(text);
            assert.ok(value >= 0 && value <= 99999 && decimalsOf(text) <= 2, text);
          }
        },
      ),
    );
  });

  it('respects binary-noisy bounds exactly: [0.29, 0.31] with 2 decimals is 0.29, 0.3, 0.31', () => {
    const narrow = numberDomain(decimalType(0.29, 0.31), ctx);
    assert.equal(narrow.size, 3);
    assert.deepEqual(
      [0, 1, 2].map((k) => narrow.unique(k, 0)),
      ['0.29', '0.3', '0.31'],
    );
    for (let row = 0; row < 1000; row++)
      assert.ok(['0.29', '0.3', '0.31'].includes(narrow.realistic(row) as string));
  });

  it('excludes grid points outside bounds that are not on the grid: [0.295, 0.305] holds only 0.3', () => {
    const narrow = numberDomain(decimalType(0.295, 0.305), ctx);
    assert.equal(narrow.size, 1);
    assert.equal(narrow.unique(0, 0), '0.3');
  });

  // snapNoise rounds lo * 10^decimals to 6 decimals before Math.ceil, so a bound just above a grid point
  // is snapped down onto it and the grid starts below the contract's minimum.
  it('never enumerates a value below a minimum that lies just above a grid point', () => {
    for (const [min, decimals] of [
      [1.0000000001, 0],
      [0.290000001, 2],
    ] as const) {
      const first = numberDomain(decimalType(min, 2, decimals), ctx).unique(0, 0);
      assert.ok(Number(first) >= min, `min ${min}, ${decimals} decimals: unique(0) = ${first}`);
    }
  });

  // With 12 decimals (the DSL's maximum) the grid integers pass 2^53, where gridLo + 1 === gridLo.
  it('refuses a grid that passes 2^53 rather than repeat values: [10000, 10001] with 12 decimals', () => {
    assert.throws(() => numberDomain(decimalType(10000, 10001, 12), ctx), DomainError);
  });
});
