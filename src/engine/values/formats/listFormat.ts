/** @module A format whose values are the entries of one de-duplicated locale list. */
import { below } from '../../random/stream.js';
import { needsEscape } from '../needsEscape.js';
import { at, type FormatSchema, type StringFormat } from './stringFormat.js';

/**
 * Builds a list-backed format. `unique` is injective because the list holds no duplicates and k < size
 * indexes it directly.
 * @example listFormat('word', 'One word.', ['a', 'b'], {}).unique(stream)(1, 0) // 'b'
 */
export function listFormat(
  name: string,
  summary: string,
  list: readonly string[],
  schema: FormatSchema,
): StringFormat {
  if (new Set(list).size !== list.length) throw new Error(`the list behind string(${name}) has duplicates`);
  return {
    name,
    summary,
    size: list.length,
    plain: !list.some(needsEscape),
    schema,
    realistic: (s) => (row) => at(list, below(s, row, 0, list.length)),
    unique: () => (k) => at(list, k),
  };
}
