/**
 * @module Dates relative to the reference time ("now"): `past_date` and `future_date`. The reference comes
 * from the run (`--ref-date`, through withRefTime), never from the clock (ARCHITECTURE §2).
 */
import { formatDate } from '../../../model/calendar.js';
import { below } from '../../random/stream.js';
import type { ReferenceTime } from '../valueDomain.js';
import type { StringFormat } from './stringFormat.js';

/** Realistic dates fall within a year of the reference day; unique() spans a century. */
const YEAR = 365;
const CENTURY = 36524;

/**
 * Days before (direction −1) or after (+1) the reference day, never the day itself. unique() is injective:
 * k ↦ ref ± (1 + k) is, and formatDate is injective on days.
 * @example relativeDate('past_date', '…', -1, { days: 20454, seconds: 0 }).unique(s)(0, 0) // '2025-12-31'
 */
export function relativeDate(
  name: string,
  summary: string,
  direction: 1 | -1,
  ref: ReferenceTime,
): StringFormat {
  const day = (offset: number): string => formatDate(ref.days + direction * (1 + offset));
  return {
    name,
    summary,
    size: CENTURY,
    plain: true,
    schema: { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    realistic: (s) => (row) => day(below(s, row, 0, YEAR)),
    unique: () => day,
    withRefTime: (refTime) => relativeDate(name, summary, direction, refTime),
  };
}
