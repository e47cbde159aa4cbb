/**
 * @module `number(>=A,<=B,Ndec)`: with decimals, values are integers on a grid of 10^-N scaled back, so
 * `2dec` values are exactly the doubles nearest to a two-decimal number (their JSON text has at most two
 * decimals); without decimals, any double in the bounds.
 */
import type { NumberType } from '../../model/model.js';
import type { ByteWriter } from '../encoders/byteWriter.js';
import { DomainError } from './domainError.js';
import { unit53 } from '../random/stream.js';
import { truncatedSampler } from '../random/truncated.js';
import { closedRange } from './integer.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

const GRID_STEPS = 2 ** 32;

export function numberDomain(type: NumberType, ctx: DomainContext): ValueDomain {
  const { stream } = ctx;
  const [lo, hi] = closedRange(type.min, type.max);
  const sample = truncatedSampler(type.distribution, lo, hi);
  if (type.decimals === null) {
    // Unique doubles come from a grid of 2^32 steps; the planner refuses ranges too narrow for that grid.
    const step = hi / (GRID_STEPS - 1) - lo / (GRID_STEPS - 1); // never overflows, unlike (hi - lo) / n
    return {
      size: hi > lo ? GRID_STEPS : 1,
      encoding: 'number',
      realistic: (row) => sample(unit53(stream, row, 0)),
      unique: (k) => (k === GRID_STEPS - 1 ? hi : lo + k * step),
    };
  }
  const scale = 10 ** type.decimals;
  const gridLo = Math.ceil(snapNoise(lo * scale));
  const gridHi = Math.floor(snapNoise(hi * scale));
  if (Math.max(Math.abs(gridLo), Math.abs(gridHi)) > Number.MAX_SAFE_INTEGER) {
    throw new DomainError(
      `${type.decimals} decimals between ${lo} and ${hi} need integers beyond 2^53, which doubles cannot tell apart`,
      'use fewer decimals or narrower bounds',
    );
  }
  const decimals = type.decimals;
  const units = (row: number): number => {
    const k = Math.round(sample(unit53(stream, row, 0)) * scale);
    return k < gridLo ? gridLo : k > gridHi ? gridHi : k;
  };
  return {
    size: Math.max(0, gridHi - gridLo + 1),
    encoding: 'raw',
    realistic: (row) => fixedDecimal(units(row), decimals),
    unique: (k) => fixedDecimal(gridLo + k, decimals),
    indexOf: (v) => {
      const n = typeof v === 'number' ? Math.round(v * scale) : NaN;
      return n >= gridLo && n <= gridHi && n / scale === v ? n - gridLo : undefined;
    },
    writeRealistic: (row, out) => writeFixedDecimal(units(row), decimals, out),
    writeUnique: (k, _row, out) => writeFixedDecimal(gridLo + k, decimals, out),
    // The nearest double to units / 10^N, as parsing the text would give: a correctly rounded division of
    // two exact integers.
    number: (row) => units(row) / scale,
  };
}

/** `fixedDecimal` written as bytes. */
export function writeFixedDecimal(units: number, decimals: number, out: ByteWriter): void {
  if (units < 0) {
    out.byte(45);
    units = -units;
  }
  const scale = 10 ** decimals;
  const whole = Math.floor(units / scale);
  let fraction = units - whole * scale;
  out.digits(whole, 1);
  if (fraction === 0) return;
  let digits = decimals;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  out.byte(46);
  out.digits(fraction, digits);
}

/**
 * The shortest decimal text of `units / 10^decimals`, from integer arithmetic: exact, and the same number
 * JSON.stringify would print for it.
 * @example fixedDecimal(189790, 2) // "1897.9"
 */
export function fixedDecimal(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const scale = 10 ** decimals;
  const magnitude = Math.abs(units);
  const whole = Math.floor(magnitude / scale);
  let fraction = magnitude - whole * scale;
  const sign = units < 0 ? '-' : '';
  if (fraction === 0) return sign + String(whole);
  let digits = decimals;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  return sign + String(whole) + '.' + String(fraction).padStart(digits, '0');
}

/**
 * Removes the rounding error of one multiplication, such as 0.29 * 100 = 28.999999999999996, before taking
 * ceil/floor; a bound genuinely off the grid (1.0000000001) is left alone.
 */
function snapNoise(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= Math.abs(x) * 8 * Number.EPSILON ? r : x;
}
