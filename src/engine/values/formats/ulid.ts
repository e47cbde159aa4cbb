/**
 * @module `string(ulid)`: ULIDs (github.com/ulid/spec): a 48-bit millisecond timestamp and 80 random bits in
 * 26 characters of Crockford base32. Timestamps fall in the year before the reference time, never the clock.
 */
import { u32, type Stream } from '../../random/stream.js';
import type { ReferenceTime } from '../valueDomain.js';
import { DEFAULT_REF_TIME } from './defaultRefTime.js';
import type { StringFormat } from './stringFormat.js';
import { drawMillis } from './uuidV7.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `n` (< 2^53) as exactly `width` base32 characters, most significant first. */
function base32(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 32)) out = CROCKFORD.charAt(n % 32) + out;
  return out;
}

/** The randomness as a 25-bit head (5 characters) and a 55-bit tail (11 characters), from draws 2–4. */
const drawHead = (s: Stream, row: number): string => base32(u32(s, row, 2) >>> 7, 5);

function ulidAt(ref: ReferenceTime): StringFormat {
  return {
    name: 'ulid',
    summary: 'A ULID (time-sortable, Crockford base32), its timestamp in the year before the reference date.',
    size: Infinity,
    plain: true,
    schema: { pattern: '^[0-7][0-9A-HJKMNP-TV-Z]{25}$', minLength: 26, maxLength: 26 },
    realistic: (s) => (row) =>
      base32(drawMillis(s, row, ref), 10) +
      drawHead(s, row) +
      base32((u32(s, row, 3) >>> 9) * 2 ** 32 + u32(s, row, 4), 11),
    // Injective on [0, 2^52): k is written as the last 11 characters (55 bits ≥ 52), at a fixed place; the
    // timestamp and the 5 characters before k are decoration from the row.
    unique: (s) => (k, row) => base32(drawMillis(s, row, ref), 10) + drawHead(s, row) + base32(k, 11),
    withRefTime: ulidAt,
  };
}

/** @example ulid.realistic(streamOf(['s1', 'ulid']))(0) // '01JNJWXK5MAWACT8F3HY5X5TZA' */
export const ulid: StringFormat = ulidAt(DEFAULT_REF_TIME);
