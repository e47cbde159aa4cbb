/** @module `string(future_date)`: a date in the year after the reference date (`--ref-date`). */
import { DEFAULT_REF_TIME } from './defaultRefTime.js';
import { relativeDate } from './relativeDate.js';

/** @example futureDate.realistic(streamOf(['s1', 'future_date']))(0) // '2026-10-03' */
export const futureDate = relativeDate(
  'future_date',
  'A date after the reference date: within a year; unique values go forward a century.',
  1,
  DEFAULT_REF_TIME,
);
