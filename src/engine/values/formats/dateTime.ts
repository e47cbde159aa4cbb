/**
 * @module `string(date_time)`: RFC 3339 `date-time` strings with varied offsets and fractions
 * (`2024-03-15T08:30:06.250+01:00`), for JSON Schema's `date-time` format. The DSL's `datetime` type is
 * different: UTC instants with ranges and distributions; this is text as other systems write it.
 */
import { daysFromCivil, formatDate } from '../../../model/calendar.js';
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import { at, type StringFormat } from './stringFormat.js';
import { drawSecondOfDay } from './time.js';
import { clock, drawFraction, drawOffset, milliseconds, OFFSETS } from './timeOfDay.js';

/** Realistic instants: 2000-01-01 to 2030-12-31. */
const REALISTIC_FIRST = daysFromCivil(2000, 1, 1);
const REALISTIC_DAYS = daysFromCivil(2031, 1, 1) - REALISTIC_FIRST;
/** unique(): every day of 1970–2069. */
const UNIQUE_FIRST = daysFromCivil(1970, 1, 1);
const UNIQUE_DAYS = daysFromCivil(2070, 1, 1) - UNIQUE_FIRST;

function drawDateTime(d: DrawSequence): string {
  const day = formatDate(REALISTIC_FIRST + d.int(REALISTIC_DAYS));
  return `${day}T${clock(drawSecondOfDay(d))}${drawFraction(d)}${drawOffset(d)}`;
}

const RADICES = [OFFSETS.length, 1000, 86400, UNIQUE_DAYS];

/** Injective on [0, size): k's digits are (offset, milliseconds, second, day), each rendered readably. */
function uniqueDateTime(k: number): string {
  const [offset = 0, ms = 0, second = 0, day = 0] = mixedRadix(k, RADICES);
  return `${formatDate(UNIQUE_FIRST + day)}T${clock(second)}${milliseconds(ms)}${at(OFFSETS, offset)}`;
}

/**
 * An RFC 3339 date-time with offset.
 * @example dateTime.realistic(streamOf(['s1', 'date_time']))(0) // '2027-09-08T15:52:06.881463Z'
 */
export const dateTime: StringFormat = {
  name: 'date_time',
  summary: 'An RFC 3339 date-time with offset and optional fraction, e.g. `2024-03-15T08:30:06.250+01:00`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { format: 'date-time' },
  realistic: (s) => (row) => drawDateTime(drawSequence(s, row)),
  unique: () => uniqueDateTime,
};
