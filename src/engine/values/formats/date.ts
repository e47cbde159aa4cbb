/**
 * @module `string(date)`: RFC 3339 `full-date` strings (`2024-02-29`), for a JSON Schema `format: date`
 * field kept as text; the DSL's `date` type is the one to use for dates with ranges and distributions.
 */
import { daysFromCivil, formatDate } from '../../../model/calendar.js';
import { below } from '../../random/stream.js';
import type { StringFormat } from './stringFormat.js';

/** Realistic dates: 1950-01-01 to 2035-12-31 (birthdays through contract end dates). */
const REALISTIC_FIRST = daysFromCivil(1950, 1, 1);
const REALISTIC_DAYS = daysFromCivil(2036, 1, 1) - REALISTIC_FIRST;
/** unique(): every day of 1900–2099. */
const UNIQUE_FIRST = daysFromCivil(1900, 1, 1);
const UNIQUE_DAYS = daysFromCivil(2100, 1, 1) - UNIQUE_FIRST;

/**
 * An RFC 3339 date.
 * @example date.realistic(streamOf(['s1', 'date']))(0) // '1988-12-18'
 */
export const date: StringFormat = {
  name: 'date',
  summary: 'An RFC 3339 full date between 1950 and 2035, e.g. `2024-02-29`; unique values span 1900–2099.',
  size: UNIQUE_DAYS,
  plain: true,
  schema: { format: 'date' },
  realistic: (s) => (row) => formatDate(REALISTIC_FIRST + below(s, row, 0, REALISTIC_DAYS)),
  // Injective: k < UNIQUE_DAYS is a day offset, and formatDate is injective on days.
  unique: () => (k) => formatDate(UNIQUE_FIRST + k),
};
