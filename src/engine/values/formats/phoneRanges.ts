/**
 * @module Phone formats over blocks of numbers that a regulator keeps out of service (for drama and
 * documentation) or has not opened at all: a block is its fixed leading digits as written, followed by a
 * fixed number of free digits laid out the way the country groups them.
 */
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
  return {
    name: 'phone',
    summary: ranges.summary,
    size,
    plain: true,
    schema: { pattern: ranges.pattern },
    realistic: (s) => (row) => number(below(s, row, 0, size)),
    unique: () => number,
  };
}
