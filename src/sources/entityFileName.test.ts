import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { entityFileName, fileStem, isPlainFileName, negativeFileName } from './entityFileName.js';

/** Any JavaScript string, lone surrogates included. */
const anyString = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 12,
});
/** Well-formed Unicode text, astral characters included. */
const text = fc.string({ unit: 'grapheme', maxLength: 12 });

describe('fileStem: the entity-name to file-name rule', () => {
  it('keeps plain names as they are, so existing datasets keep their file names', () => {
    for (const name of ['Customer', 'order_line', 'Order-2', 'v1.2', 'A_b-C.d'])
      assert.equal(fileStem(name), name);
    assert.equal(entityFileName('Customer', 'jsonl'), 'Customer.jsonl');
    assert.equal(negativeFileName('Order'), 'Order.negative.jsonl');
  });

  it('encodes separators, a leading dot, percent and other characters as UTF-8 %XX', () => {
    assert.equal(fileStem('../../escaped'), '%2E.%2F..%2Fescaped');
    assert.equal(fileStem('../manifest'), '%2E.%2Fmanifest');
    assert.equal(fileStem('..'), '%2E.');
    assert.equal(fileStem('.'), '%2E');
    assert.equal(fileStem('a\\b'), 'a%5Cb');
    assert.equal(fileStem('a\0b'), 'a%00b');
    assert.equal(fileStem('Pet Store'), 'Pet%20Store');
    assert.equal(fileStem('100%'), '100%25');
    assert.equal(fileStem('Straße'), 'Stra%C3%9Fe');
    assert.equal(fileStem('😀'), '%F0%9F%98%80');
    assert.equal(fileStem(''), '%');
  });

  it('never yields a separator, NUL, a leading dot, "." or ".."', () => {
    fc.assert(
      fc.property(anyString, (name) => {
        const stem = fileStem(name);
        assert.ok(!/[/\\\0]/.test(stem), stem);
        assert.ok(stem !== '.' && stem !== '..' && !stem.startsWith('.'), stem);
        assert.ok(stem.length > 0);
        assert.ok(/^[A-Za-z0-9_.%-]+$/.test(stem), `only ASCII: ${stem}`);
        assert.ok(isPlainFileName(entityFileName(name, 'jsonl')) || Buffer.byteLength(stem) > 240);
      }),
      { numRuns: 2000 },
    );
  });

  it('can be read back: decoding the stem gives the name (so no two names share a file)', () => {
    fc.assert(
      fc.property(text, (name) => {
        fc.pre(name !== '');
        assert.equal(decodeURIComponent(fileStem(name)), name);
      }),
      { numRuns: 2000 },
    );
  });

  it('is injective on any strings, lone surrogates included', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        fc.pre(a !== b);
        assert.notEqual(fileStem(a), fileStem(b));
      }),
      { numRuns: 5000 },
    );
    const tricky = ['\uD800', '\uDC00', '\uFFFD', '\uD800\uDC00', '\uD83D', '%', '', '%25', '.a', '%2Ea'];
    assert.equal(new Set(tricky.map(fileStem)).size, tricky.length);
  });
});
