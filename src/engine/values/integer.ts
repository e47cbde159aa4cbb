/** @module `integer(>=A,<=B)`: whole numbers, uniform or shaped by a distribution, inside inclusive bounds. */
import type { IntegerType } from '../../model/model.js';
import { OPEN_SPAN } from '../../model/openSpan.js';
import { unit53 } from '../random/stream.js';
import { truncatedSampler } from '../random/truncated.js';
import type { DomainContext, ValueDomain } from './valueDomain.js';

/** Inclusive bounds with open sides filled in: [0, 10^6] when both are open, ±10^6 from the other bound. */
export function closedRange(min: number | null, max: number | null): [number, number] {
  if (min === null && max === null) return [0, OPEN_SPAN];
  if (min === null) return [(max as number) - OPEN_SPAN, max as number];
  if (max === null) return [min, min + OPEN_SPAN];
  return [min, max];
}

/**
 * Draws integers in [lo, hi]; the sample is drawn on [lo, hi + 1) and floored so every integer gets an
 * equal share under the uniform distribution.
 */
export function integerRange(
  lo: number,
  hi: number,
  ctx: DomainContext,
  distribution: IntegerType['distribution'],
): ValueDomain {
  const { stream } = ctx;
  const size = hi - lo + 1;
  const sample = truncatedSampler(distribution, lo, hi + 1);
  const realistic = (row: number): number => Math.min(hi, Math.floor(sample(unit53(stream, row, 0))));
  return {
    size: size > 2 ** 52 ? Infinity : size,
    encoding: 'number',
    realistic,
    unique: (k) => lo + k,
    indexOf: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? v - lo : undefined),
    writeRealistic: (row, out) => out.integer(realistic(row)),
    number: realistic,
    writeUnique: (k, _row, out) => out.integer(lo + k),
  };
}

export function integerDomain(type: IntegerType, ctx: DomainContext): ValueDomain {
  const [lo, hi] = closedRange(type.min, type.max);
  return integerRange(lo, hi, ctx, type.distribution);
}
