/**
 * @module `string(uuid_v7)`: RFC 9562 version-7 UUIDs: a 48-bit Unix-millisecond timestamp, then random
 * bits. Timestamps fall in the year before the reference time (`--ref-date`), never the clock.
 */
import { below, u32, type Stream } from '../../random/stream.js';
import type { ReferenceTime } from '../valueDomain.js';
import { DEFAULT_REF_TIME } from './defaultRefTime.js';
import { hex16, hex32 } from './hex.js';
import type { StringFormat } from './stringFormat.js';

const TWO_16 = 0x10000;
const TWO_32 = 0x100000000;
const YEAR_MS = 365 * 86400 * 1000;

/** A millisecond in the year before `ref`, from draw 0 of the row. */
export function drawMillis(s: Stream, row: number, ref: ReferenceTime): number {
  return ref.seconds * 1000 - 1 - below(s, row, 0, YEAR_MS);
}

/**
 * `tttttttt-tttt-7aaa-vbbb-bbbbbbbbbbbb`: the 48-bit timestamp, the version, 12 bits `a`, the variant (10)
 * with 14 bits `b14`, then 48 bits written as a high 16 and a low 32.
 */
function render(ms: number, a12: number, b14: number, high16: number, low32: number): string {
  return (
    hex32(Math.floor(ms / TWO_16) >>> 0) +
    '-' +
    hex16(ms % TWO_16) +
    '-' +
    hex16(0x7000 | (a12 & 0xfff)) +
    '-' +
    hex16(0x8000 | (b14 & 0x3fff)) +
    '-' +
    hex16(high16) +
    hex32(low32 >>> 0)
  );
}

function uuidV7At(ref: ReferenceTime): StringFormat {
  return {
    name: 'uuid_v7',
    summary: 'A version-7 UUID (time-ordered), its timestamp in the year before the reference date.',
    size: Infinity,
    plain: true,
    schema: {
      format: 'uuid',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$',
    },
    realistic: (s) => (row) =>
      render(drawMillis(s, row, ref), u32(s, row, 2), u32(s, row, 3), u32(s, row, 4) >>> 16, u32(s, row, 5)),
    // Injective on [0, 2^52): k's low 12 bits are `a`, the next 32 the last eight hex digits, the top 8 the
    // first byte of the last group; the timestamp and the other random bits are decoration from the row.
    unique: (s) => (k, row) => {
      const rest = Math.floor(k / 0x1000);
      const high16 = (Math.floor(rest / TWO_32) << 8) | (u32(s, row, 4) & 0xff);
      return render(drawMillis(s, row, ref), k % 0x1000, u32(s, row, 3), high16, rest % TWO_32);
    },
    withRefTime: uuidV7At,
  };
}

/** @example uuidV7.realistic(streamOf(['s1', 'uuid_v7']))(0) // '019b0bea-46dc-7a0b-a03e-fb96999018fa' */
export const uuidV7: StringFormat = uuidV7At(DEFAULT_REF_TIME);
