/**
 * @module Decimal degrees as text with six decimals (about 0.1 m): `latitude` and `longitude`, computed in
 * whole micro-degrees so that no floating-point rounding ever reaches the output.
 */
import { below } from '../../random/stream.js';
import type { StringFormat } from './stringFormat.js';

const MICRO = 1_000_000;

/** `-12.345678` for −12 345 678 micro-degrees; zero has no sign. */
function degrees(micro: number): string {
  const abs = Math.abs(micro);
  return `${micro < 0 ? '-' : ''}${Math.floor(abs / MICRO)}.${String(abs % MICRO).padStart(6, '0')}`;
}

/**
 * Coordinates in [−max, max] degrees. unique() is injective on [0, 2·max·10^6 + 1): k ↦ k − max·10^6 is,
 * and `degrees` is injective on integers.
 * @example coordinate('latitude', '…', 90, '…').unique(s)(0, 0) // '-90.000000'
 */
export function coordinate(name: string, summary: string, max: number, pattern: string): StringFormat {
  const size = 2 * max * MICRO + 1;
  return {
    name,
    summary,
    size,
    plain: true,
    schema: { pattern },
    realistic: (s) => (row) => degrees(below(s, row, 0, size) - max * MICRO),
    unique: () => (k) => degrees(k - max * MICRO),
  };
}
