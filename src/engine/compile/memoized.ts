/**
 * @module Remembers a row function's last row: a row's fields ask for each other (a bound, a condition, a
 * derive) and a parent's fields are asked for by every child in its block, so the same row often comes twice
 * in a row. The function is pure, so the answer is the same.
 */
import { PRESENT, type Presence } from '../compiledDataset.js';
import type { FieldValue } from '../values/valueDomain.js';

export function memoized(value: (row: number) => FieldValue): (row: number) => FieldValue {
  let lastRow = -1;
  let last: FieldValue;
  return (row) => {
    if (row !== lastRow) {
      last = value(row);
      lastRow = row;
    }
    return last;
  };
}

/** The same for a presence: a `when:` condition is an expression, asked by the writer and by `value`. */
export function memoizedPresence(presence: (row: number) => Presence): (row: number) => Presence {
  let lastRow = -1;
  let last: Presence = PRESENT;
  return (row) => {
    if (row !== lastRow) {
      last = presence(row);
      lastRow = row;
    }
    return last;
  };
}
