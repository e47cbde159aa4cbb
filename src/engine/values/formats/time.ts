/**
 * @module `string(time)`: RFC 3339 `full-time`, a time of day with a UTC offset (`08:30:06Z`,
 * `14:05:00.250+05:30`), as JSON Schema's `time` format requires.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { clock, drawFraction, drawOffset, milliseconds, OFFSETS } from './timeOfDay.js';

/** Office hours are more common than the small hours: 70% of times fall between 07:00 and 19:00. */
export function drawSecondOfDay(d: DrawSequence): number {
  return d.chance(0.7) ? 7 * 3600 + d.int(12 * 3600) : d.int(86400);
}

function drawTime(d: DrawSequence): string {
  return clock(drawSecondOfDay(d)) + drawFraction(d) + drawOffset(d);
}

const RADICES = [OFFSETS.length, 1000, 86400];

/** Injective on [0, size): k's digits are (offset, milliseconds, second of day), each rendered readably. */
function uniqueTime(k: number): string {
  const [offset = 0, ms = 0, second = 0] = mixedRadix(k, RADICES);
  return clock(second) + milliseconds(ms) + at(OFFSETS, offset);
}

/**
 * An RFC 3339 time with offset.
 * @example time.realistic(streamOf(['s1', 'time']))(0) // '14:51:53Z'
 */
export const time: StringFormat = {
  name: 'time',
  summary: 'An RFC 3339 time of day with a UTC offset, e.g. `08:30:06Z`, `14:05:00.250+05:30`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { format: 'time' },
  realistic: (s) => (row) => drawTime(drawSequence(s, row)),
  unique: () => uniqueTime,
};
