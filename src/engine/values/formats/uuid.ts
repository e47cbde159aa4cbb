/** @module `string(uuid)`: RFC 9562 version-4 UUIDs, lowercase. */
import { drawOf, rowKey, u32 } from '../../random/stream.js';
import type { ByteWriter } from '../../encoders/byteWriter.js';
import { hex16, hex32 } from './hex.js';
import type { StringFormat } from './stringFormat.js';

const TWO_20 = 0x100000;

function render(w0: number, w1: number, w2: number, w3: number): string {
  // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx, y ∈ {8,9,a,b}
  return (
    hex32(w0) +
    '-' +
    hex16(w1 >>> 16) +
    '-' +
    hex16(0x4000 | (w1 & 0x0fff)) +
    '-' +
    hex16(0x8000 | (w2 >>> 18)) +
    '-' +
    hex16(w2) +
    hex32(w3)
  );
}

/** The same layout as `render`, written as bytes. */
function write(out: ByteWriter, w0: number, w1: number, w2: number, w3: number): void {
  out.hex(w0, 8);
  out.byte(45);
  out.hex(w1 >>> 16, 4);
  out.byte(45);
  out.hex(0x4000 | (w1 & 0x0fff), 4);
  out.byte(45);
  out.hex(0x8000 | (w2 >>> 18), 4);
  out.byte(45);
  out.hex(w2 & 0xffff, 4);
  out.hex(w3, 8);
}

/** The first word of k < 2^52: its top 32 bits (see `unique`). */
function highWord(k: number): number {
  return Math.floor(k / TWO_20) >>> 0;
}

/** The second word: k's low 20 bits around the version nibble, and 8 bits of decoration (see `unique`). */
function secondWord(k: number, decoration: number): number {
  const low20 = k % TWO_20;
  return (((low20 >>> 4) << 16) | ((low20 & 0xf) << 8) | (decoration & 0xff)) >>> 0;
}

export const uuid: StringFormat = {
  name: 'uuid',
  summary: 'A version-4 UUID (122 random bits), lowercase.',
  size: Infinity,
  plain: true,
  schema: { format: 'uuid' },
  realistic: (s) => (row) => render(u32(s, row, 0), u32(s, row, 1), u32(s, row, 2), u32(s, row, 3)),
  // k < 2^52 fills the first 32 bits and 20 of the next (k comes from a keyed permutation, so it already
  // looks random); the remaining 70 bits are decoration drawn from the row. w1's top 16 bits form the second
  // group and its low 12 bits follow the version nibble: the low 4 bits of k must land in those 12, or two k
  // differing only there would render alike.
  unique: (s) => (k, row) =>
    render(highWord(k), secondWord(k, u32(s, row, 1)), u32(s, row, 2), u32(s, row, 3)),
  writeRealistic: (s) => (row, out) => {
    const key = rowKey(s, row);
    write(out, drawOf(key, 0), drawOf(key, 1), drawOf(key, 2), drawOf(key, 3));
  },
  writeUnique: (s) => (k, row, out) => {
    // One row key for the three draws.
    const key = rowKey(s, row);
    write(out, highWord(k), secondWord(k, drawOf(key, 1)), drawOf(key, 2), drawOf(key, 3));
  },
};
