/**
 * @module Consecutive draws of one row, for formats whose values have a variable shape (a URI with or
 * without a query, a regex of 1–5 pieces): each call takes the row's next draw number, so the value is still
 * a pure function of (stream, row) however many draws its shape needs.
 */
import { below, unit, type Stream } from '../../random/stream.js';
import { at } from './stringFormat.js';

/** The draws of one row, numbered from `first` upwards. */
export interface DrawSequence {
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** A uniform element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Starts the draws of `row` at draw number `first`.
 * @example const d = drawSequence(streamOf(['s1', 'time']), 0); d.int(24) // 2
 */
export function drawSequence(s: Stream, row: number, first = 0): DrawSequence {
  let draw = first;
  return {
    int: (n) => below(s, row, draw++, n),
    pick: (list) => at(list, below(s, row, draw++, list.length)),
    chance: (p) => unit(s, row, draw++) < p,
  };
}
