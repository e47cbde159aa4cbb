/**
 * @module Phone formats over blocks of numbers that a regulator keeps out of service (for drama and
 * documentation) or has not opened at all: a block is its fixed leading digits as written, followed by a
 * fixed number of free digits laid out the way the country groups them.
 */
import type { ByteWriter } from '../../encoders/byteWriter.js';
import { below } from '../../random/stream.js';
import { at, type StringFormat } from './stringFormat.js';

export interface PhoneRanges {
  readonly summary: string;
  /** The fixed start of each block, written as the number is, e.g. `+44 7700 900`. */
  readonly blocks: readonly string[];
  /** Where the free digits go, `#` for each, e.g. `## ##`; every block has the same count. */
  readonly layout: string;
  /** A regular expression every number of every block matches (and no number outside them). */
  readonly pattern: string;
}

/** Writes `n` into the `#` places of `layout`, most significant digit first, zero-padded. */
function filler(layout: string): (n: number, digits: number) => string {
  // The text between the places, split once: a replace per number cost more than the rest of it.
  const between = layout.split('#');
  return (n, digits) => {
    const text = String(n).padStart(digits, '0');
    let out = between[0] as string;
    for (let i = 1; i < between.length; i++) out += text.charAt(i - 1) + (between[i] as string);
    return out;
  };
}

/**
 * A `phone` variant over reserved blocks. unique() is injective on [0, blocks · 10^digits): k ↦ (⌊k / 10^d⌋,
 * k mod 10^d) is a bijection onto (block, free digits) pairs, the blocks are distinct and all the same
 * length, and the free digits sit at fixed places after them.
 * @example phoneRanges({ summary: '…', blocks: ['+44 7700 900'], layout: '###', pattern: '…' }).unique(s)(42, 0) // '+44 7700 900042'
 */
export function phoneRanges(ranges: PhoneRanges): StringFormat {
  const digits = (ranges.layout.match(/#/g) ?? []).length;
  const lines = 10 ** digits;
  const fill = filler(ranges.layout);
  const number = (k: number): string => at(ranges.blocks, Math.floor(k / lines)) + fill(k % lines, digits);
  const size = ranges.blocks.length * lines;
  // The same text as bytes: the block, then the free digits between the layout's pieces.
  const utf8 = new TextEncoder();
  const blockBytes = ranges.blocks.map((b) => utf8.encode(b));
  const pieces = ranges.layout.split('#').map((p) => utf8.encode(p));
  const write = (k: number, out: ByteWriter): void => {
    out.bytes(blockBytes[Math.floor(k / lines)] as Uint8Array);
    const free = k % lines;
    out.bytes(pieces[0] as Uint8Array);
    for (let i = 1, place = lines / 10; i < pieces.length; i++, place /= 10) {
      out.byte(48 + (Math.floor(free / place) % 10));
      out.bytes(pieces[i] as Uint8Array);
    }
  };
  return {
    name: 'phone',
    summary: ranges.summary,
    size,
    plain: true,
    schema: { pattern: ranges.pattern },
    realistic: (s) => (row) => number(below(s, row, 0, size)),
    unique: () => number,
    writeRealistic: (s) => (row, out) => write(below(s, row, 0, size), out),
    writeUnique: () => (k, _row, out) => write(k, out),
  };
}
