/** @module `string(nanoid)`: Nano IDs, 21 characters of the URL-safe alphabet `A-Za-z0-9_-` (126 bits). */
import { u32, type Stream } from '../../random/stream.js';
import type { StringFormat } from './stringFormat.js';

const ALPHABET = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';
const LENGTH = 21;
/** unique() writes k as the first 9 characters: 64^9 = 2^54 ≥ 2^52. */
const UNIQUE_CHARS = 9;

/** Character i (0..20) of a random ID: five 6-bit characters per 32-bit draw. */
function randomChar(s: Stream, row: number, i: number): string {
  return ALPHABET.charAt((u32(s, row, Math.floor(i / 5)) >>> ((i % 5) * 6)) & 63);
}

/**
 * A Nano ID (the alphabet is nanoid's own, a permutation of `A-Za-z0-9_-`).
 * @example nanoid.realistic(streamOf(['s1', 'nanoid']))(0) // 'R7ylznQq5yotUXgvf-9Un'
 */
export const nanoid: StringFormat = {
  name: 'nanoid',
  summary: 'A Nano ID: 21 URL-safe characters, e.g. `V1StGXR8_Z5jdHi6B-myT`.',
  size: Infinity,
  plain: true,
  schema: { pattern: '^[A-Za-z0-9_-]{21}$', minLength: 21, maxLength: 21 },
  realistic: (s) => (row) => Array.from({ length: LENGTH }, (_, i) => randomChar(s, row, i)).join(''),
  // Injective on [0, 2^52): k's base-64 digits fill the first 9 characters; the other 12 are decoration.
  unique: (s) => (k, row) => {
    let head = '';
    for (let i = 0, rest = k; i < UNIQUE_CHARS; i++, rest = Math.floor(rest / 64))
      head += ALPHABET.charAt(rest % 64);
    let tail = '';
    for (let i = UNIQUE_CHARS; i < LENGTH; i++) tail += randomChar(s, row, i);
    return head + tail;
  },
};
