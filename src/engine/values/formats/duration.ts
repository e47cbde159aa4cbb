/**
 * @module `string(duration)`: ISO 8601 durations in the RFC 3339 Appendix A grammar that JSON Schema's
 * `duration` format cites: `P3Y6M4DT12H30M5S`, `PT20M`, `P2W`. That grammar only lets units appear as a
 * contiguous run (`P1Y2M`, `PT1M2S`, never `P1Y2D` or `PT1H2S`) and has no fractions, so neither is made.
 */
import { drawSequence, type DrawSequence } from './drawSequence.js';
import { mixedRadix, radixProduct } from './mixedRadix.js';
import type { StringFormat } from './stringFormat.js';

const DATE_UNITS = ['Y', 'M', 'D'] as const;
const TIME_UNITS = ['H', 'M', 'S'] as const;

/** Units `first..last` of `units` with their values, e.g. `1Y0M3D`; '' when the run is empty. */
function run(units: readonly string[], values: readonly number[], first: number, last: number): string {
  let out = '';
  for (let i = first; i <= last; i++) out += `${values[i] ?? 0}${units[i] ?? ''}`;
  return out;
}

/** The contiguous run of units between the first and last non-zero value, or '' when all are zero. */
function nonZeroRun(units: readonly string[], values: readonly number[]): string {
  const first = values.findIndex((v) => v !== 0);
  if (first < 0) return '';
  return run(units, values, first, values.length - 1 - [...values].reverse().findIndex((v) => v !== 0));
}

/** Typical magnitudes per unit: years, months, days, hours, minutes, seconds. */
const TYPICAL = [10, 12, 31, 24, 60, 60] as const;

/** A run of 1–3 consecutive units from `units`, with typical values. */
function drawRun(d: DrawSequence, units: readonly string[], offset: number): string {
  const first = d.int(3);
  const last = first + d.int(3 - first);
  const values = TYPICAL.slice(offset, offset + 3).map((max, i) =>
    i === first ? 1 + d.int(max) : d.int(max),
  );
  return run(units, values, first, last);
}

/** One realistic duration: weeks, a date run, a time run, or both. */
function drawDuration(d: DrawSequence): string {
  const shape = d.int(20);
  if (shape < 2) return `P${1 + d.int(52)}W`;
  if (shape < 9) return `PT${drawRun(d, TIME_UNITS, 3)}`;
  if (shape < 15) return `P${drawRun(d, DATE_UNITS, 0)}`;
  return `P${drawRun(d, DATE_UNITS, 0)}T${drawRun(d, TIME_UNITS, 3)}`;
}

/** unique(): seconds, minutes, hours, days, months (least significant first) in their usual ranges, years < 100. */
const RADICES = [60, 60, 24, 31, 12, 100];

/**
 * Injective on [0, size): k's digits are the six values; the rendering keeps, per part, the run between the
 * first and last non-zero value and names every kept value's unit, so the values can be read back (a missing
 * unit is 0). k = 0 is `PT0S`.
 */
function uniqueDuration(k: number): string {
  const [s = 0, mi = 0, h = 0, day = 0, mo = 0, y = 0] = mixedRadix(k, RADICES);
  const date = nonZeroRun(DATE_UNITS, [y, mo, day]);
  const time = nonZeroRun(TIME_UNITS, [h, mi, s]);
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/**
 * An ISO 8601 / RFC 3339 duration.
 * @example duration.realistic(streamOf(['s1', 'duration']))(0) // 'P21DT9S'
 */
export const duration: StringFormat = {
  name: 'duration',
  summary: 'An ISO 8601 duration (RFC 3339 grammar), e.g. `P3Y6M4DT12H30M5S`, `PT20M`, `P2W`.',
  size: radixProduct(RADICES),
  plain: true,
  schema: { format: 'duration' },
  realistic: (s) => (row) => drawDuration(drawSequence(s, row)),
  unique: () => uniqueDuration,
};
