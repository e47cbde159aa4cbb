import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ByteWriter } from './byteWriter.js';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

/** Any UTF-16 code unit, so lone and swapped surrogates appear often. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const wellFormed = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
const anyUtf16 = fc.oneof(wellFormed, fc.string({ unit: codeUnit }));

/** Runs `write` on a fresh writer that starts far too small, and hands back what it wrote. */
function written(write: (w: ByteWriter) => void, initialSize = 4): Uint8Array {
  const writer = new ByteWriter(initialSize);
  write(writer);
  return writer.take();
}

describe('ByteWriter', () => {
  it('jsonString writes exactly the UTF-8 bytes of JSON.stringify, lone surrogates included (law)', () => {
    fc.assert(
      fc.property(anyUtf16, (s) => {
        assert.deepEqual(
          written((w) => w.jsonString(s)),
          utf8(JSON.stringify(s)),
        );
      }),
    );
  });

  it('jsonString escapes every control character, quote and backslash as JSON.stringify does', () => {
    const all = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)).join('');
    assert.deepEqual(
      written((w) => w.jsonString(all)),
      utf8(JSON.stringify(all)),
    );
  });

  it('number writes exactly the bytes of String(n), for any double and for every two-decimal amount (law)', () => {
    const cents = fc.oneof(
      fc.integer({ min: -1e11, max: 1e11 }),
      fc.integer({ min: -1e3, max: 1e3 }),
      fc.maxSafeInteger(),
    );
    const numbers = fc.oneof(
      fc.double(),
      cents.map((c) => c / 100),
      cents.map((c) => c / 10),
      fc.maxSafeInteger(),
      fc.constantFrom(-0, 0.1 + 0.2, 1e9 - 0.01, 1e9 + 0.01, 9007199254740.99, 0.005, 1e21),
    );
    fc.assert(
      fc.property(numbers, (n) =>
        assert.deepEqual(
          written((w) => w.number(n)),
          utf8(String(n)),
        ),
      ),
      { numRuns: 20_000 },
    );
  });

  it('words appends exactly the bytes its words hold, at any position (law)', () => {
    const bytes = fc.uint8Array({ maxLength: 40, size: 'max' });
    fc.assert(
      fc.property(bytes, fc.nat({ max: 9 }), fc.nat({ max: 10 }), (key, lead, at) => {
        const store = new Uint32Array(20);
        new Uint8Array(store.buffer).set(key, at * 4);
        const before = new Uint8Array(lead).fill(120);
        assert.deepEqual(
          written((w) => {
            w.bytes(before);
            w.words(store, at, key.length);
          }),
          new Uint8Array([...before, ...key]),
        );
      }),
    );
  });

  it('text writes exactly the UTF-8 bytes of a well-formed string (law)', () => {
    fc.assert(
      fc.property(wellFormed, (s) =>
        assert.deepEqual(
          written((w) => w.text(s)),
          utf8(s),
        ),
      ),
    );
  });

  it('text writes U+FFFD for a lone surrogate, as Buffer.from does', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit }), (s) =>
        assert.deepEqual(
          written((w) => w.text(s)),
          utf8(s),
        ),
      ),
    );
    assert.deepEqual(
      written((w) => w.text('a\ud800b\udc00')),
      utf8('a\ufffdb\ufffd'),
    );
  });

  it('appends text, quoted, bytes and byte in call order', () => {
    const bytes = written((w) => {
      w.byte(0x7b);
      w.quoted('ké');
      w.bytes(utf8(':'));
      w.text('1€');
      w.jsonString('x"y');
      w.byte(0x7d);
    });
    assert.equal(Buffer.from(bytes).toString('utf8'), '{"ké":1€"x\\"y"}');
  });

  it('quoted writes the string between double quotes without escaping it', () => {
    assert.deepEqual(
      written((w) => w.quoted('a\\b')),
      utf8('"a\\b"'),
    );
  });

  it('grows past its initial size, keeping everything written before (law)', () => {
    fc.assert(
      fc.property(
        fc.array(wellFormed, { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (pieces, initialSize) => {
          const bytes = written((w) => {
            for (const piece of pieces) {
              w.text(piece);
              w.byte(0x2c);
              w.jsonString(piece);
            }
          }, initialSize);
          assert.deepEqual(bytes, utf8(pieces.map((p) => p + ',' + JSON.stringify(p)).join('')));
        },
      ),
    );
  });

  it('grows by single bytes well beyond a 4-byte start', () => {
    const writer = new ByteWriter(4);
    for (let i = 0; i < 10_000; i++) writer.byte(0x61 + (i % 26));
    assert.equal(writer.length, 10_000);
    assert.ok(writer.buffer.length >= 10_000);
    assert.equal(
      Buffer.from(writer.take()).toString('latin1'),
      'abcdefghijklmnopqrstuvwxyz'.repeat(400).slice(0, 10_000),
    );
  });

  it('take returns the bytes written so far and starts again from empty', () => {
    const writer = new ByteWriter(4);
    writer.text('first');
    const first = writer.take();
    assert.equal(writer.length, 0);
    writer.text('second');
    assert.deepEqual(first, utf8('first'), 'the taken bytes are not overwritten by later writes');
    assert.deepEqual(writer.take(), utf8('second'));
    assert.deepEqual(writer.take(), new Uint8Array(0));
  });
});
