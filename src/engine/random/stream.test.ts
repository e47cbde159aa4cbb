import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { below, drawOf, rowKey, smallBelowOf, streamOf, substream, u32, unit, unit53 } from './stream.js';

const stream = streamOf(['stream-test']);
const parts = fc.array(fc.string(), { maxLength: 5 });
const row = fc.maxSafeNat();
const draw = fc.nat({ max: 1000 });

describe('streamOf', () => {
  it('derives the same key from the same parts (law)', () => {
    fc.assert(fc.property(parts, (p) => assert.deepEqual(streamOf(p), streamOf([...p]))));
  });

  it('derives two unsigned 32-bit words', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const { a, b } = streamOf(p);
        for (const word of [a, b]) assert.ok(Number.isInteger(word) && word >= 0 && word < 2 ** 32);
      }),
    );
  });

  it('keeps part boundaries: ["ab","c"], ["a","bc"], ["abc"], ["a",""] and ["a"] all differ', () => {
    const keys = [['ab', 'c'], ['a', 'bc'], ['abc'], ['a', ''], ['a'], ['', 'a']].map((p) =>
      JSON.stringify(streamOf(p)),
    );
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('draws', () => {
  it('are pure functions of (stream, row, draw) (law)', () => {
    fc.assert(
      fc.property(parts, row, draw, fc.integer({ min: 1, max: 2 ** 53 }), (p, r, d, n) => {
        const s = streamOf(p);
        const again = streamOf(p);
        assert.equal(u32(s, r, d), u32(again, r, d));
        assert.equal(unit(s, r, d), unit(again, r, d));
        assert.equal(unit53(s, r, d), unit53(again, r, d));
        assert.equal(below(s, r, d, n), below(again, r, d, n));
        assert.deepEqual(substream(s, d), substream(again, d));
      }),
    );
  });

  it('a row key gives the same draws as u32 and below (law)', () => {
    fc.assert(
      fc.property(parts, row, draw, fc.integer({ min: 1, max: 0x10000 }), (p, r, d, n) => {
        const s = streamOf(p);
        const key = rowKey(s, r);
        assert.equal(drawOf(key, d), u32(s, r, d));
        assert.equal(smallBelowOf(key, d, n), below(s, r, d, n));
      }),
    );
  });

  it('u32 is an unsigned 32-bit integer, unit and unit53 lie in [0, 1) (law)', () => {
    fc.assert(
      fc.property(parts, row, draw, (p, r, d) => {
        const s = streamOf(p);
        const word = u32(s, r, d);
        assert.ok(Number.isInteger(word) && word >= 0 && word < 2 ** 32);
        for (const u of [unit(s, r, d), unit53(s, r, d)]) assert.ok(u >= 0 && u < 1, `${u}`);
      }),
    );
  });

  it('below(n) is an integer in [0, n) for every n from 1 to 2^53 (law)', () => {
    fc.assert(
      fc.property(row, draw, fc.integer({ min: 1, max: 2 ** 53 }), (r, d, n) => {
        const k = below(stream, r, d, n);
        assert.ok(Number.isInteger(k) && k >= 0 && k < n, `below(${n}) = ${k}`);
      }),
    );
  });

  it('below(1) is always 0 and below(2^53) stays below 2^53', () => {
    for (let r = 0; r < 1000; r++) {
      assert.equal(below(stream, r, 0, 1), 0);
      const k = below(stream, r, 0, 2 ** 53);
      assert.ok(Number.isSafeInteger(k) && k < 2 ** 53);
    }
  });

  it('below(10) passes a chi-square uniformity test over 100000 rows (99.9% critical value, 9 dof)', () => {
    const counts = new Array<number>(10).fill(0);
    const rows = 100_000;
    for (let r = 0; r < rows; r++) counts[below(stream, r, 0, 10)]! += 1;
    const expected = rows / 10;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    assert.ok(chiSquare < 27.88, `chi-square ${chiSquare.toFixed(2)} for counts ${counts.join(',')}`);
  });

  it('unit53 has more than 32 bits of resolution: its values are not all multiples of 2^-32', () => {
    const offGrid = Array.from({ length: 100 }, (_, r) => unit53(stream, r, 0)).filter(
      (u) => (u * 2 ** 32) % 1 !== 0,
    );
    assert.ok(offGrid.length > 90);
  });

  it('changes with the draw number: no row of 10000 repeats u32 between draws 0 and 1', () => {
    let equal = 0;
    for (let r = 0; r < 10_000; r++) if (u32(stream, r, 0) === u32(stream, r, 1)) equal++;
    assert.equal(equal, 0);
  });

  it('changes with the row: 10000 consecutive rows give 10000 distinct u32 draws', () => {
    const seen = new Set(Array.from({ length: 10_000 }, (_, r) => u32(stream, r, 0)));
    assert.ok(seen.size >= 9_990, `${seen.size} distinct`);
  });

  it('separates rows that differ only above bit 32, up to 2^53 - 1', () => {
    const top = 2 ** 53 - 1;
    const rows = [0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 52, top - 2 ** 32, top - 1, top];
    const draws = rows.map((r) => u32(stream, r, 0));
    assert.equal(new Set(draws).size, rows.length, draws.join(','));
    for (const r of rows.slice(-3)) assert.ok(unit53(stream, r, 3) < 1 && below(stream, r, 3, 7) < 7);
  });

  it('substream derives a key different from its parent and from other purposes', () => {
    const keys = [stream, substream(stream, 0), substream(stream, 1), substream(stream, 2)].map((s) =>
      JSON.stringify(s),
    );
    assert.equal(new Set(keys).size, keys.length);
    assert.notEqual(u32(substream(stream, 0), 5, 0), u32(stream, 5, 0));
  });
});
