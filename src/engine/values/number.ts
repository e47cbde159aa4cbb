/**
 * @module `number(>=A,<=B,Ndec)`: with decimals, values are integers on a grid of 10^-N scaled back, so
 * `2dec` values are exactly the doubles nearest to a two-decimal number (their JSON text has at most two
 * decimals); without decimals, any double in the bounds.
 */
import type { NumberType } from '../../model/model.js';
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
    const step = (hi - lo) / (GRID_STEPS - 1);
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
  const decimals = type.decimals;
  return {
    size: Math.max(0, gridHi - gridLo + 1),
    encoding: 'raw',
    realistic: (row) => {
      let k = Math.round(sample(unit53(stream, row, 0)) * scale);
      if (k < gridLo) k = gridLo;
      else if (k > gridHi) k = gridHi;
      return fixedDecimal(k, decimals);
    },
    unique: (k) => fixedDecimal(gridLo + k, decimals),
  };
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

/** Removes binary noise such as 0.29 * 100 = 28.999999999999996 before taking ceil/floor. */
function snapNoise(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
