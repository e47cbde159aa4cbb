/** @module `string(past_date)`: a date in the year before the reference date (`--ref-date`). */
import { DEFAULT_REF_TIME } from './defaultRefTime.js';
import { relativeDate } from './relativeDate.js';

/** @example pastDate.realistic(streamOf(['s1', 'past_date']))(0) // '2025-09-21' */
export const pastDate = relativeDate(
  'past_date',
  'A date before the reference date: within a year; unique values go back a century.',
  -1,
  DEFAULT_REF_TIME,
);
