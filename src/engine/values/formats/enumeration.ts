/**
 * @module Finite spaces of strings that can be indexed: a de-duplicated list, the product of word lists
 * joined by a separator, or the union of disjoint spaces. A format built on one gets `size` and an injective
 * `unique` for free, and draws uniformly from it.
 */
import { below, type Stream } from '../../random/stream.js';
import { radixProduct } from './mixedRadix.js';
import { at } from './stringFormat.js';

/** `size` distinct strings; `at(k)` is the k-th, for k in [0, size). */
export interface Enumeration {
  readonly size: number;
  at(k: number): string;
}

/**
 * The entries of a list, which must hold no duplicates.
 * @example listEnumeration(['a', 'b']).at(1) // 'b'
 */
export function listEnumeration(list: readonly string[]): Enumeration {
  if (new Set(list).size !== list.length) throw new Error('an enumerated list has duplicates');
  return { size: list.length, at: (k) => at(list, k) };
}

/**
 * Every combination of one word from each part, joined by `separator`. Injective when no word of any part
 * contains the separator and each part is de-duplicated: splitting at the separator recovers the words, and
 * k's mixed-radix digits are the word indices.
 * @example productEnumeration([['Rua'], ['Ana', 'Rui']], ' ').at(1) // 'Rua Rui'
 */
export function productEnumeration(parts: readonly (readonly string[])[], separator: string): Enumeration {
  for (const part of parts) {
    if (new Set(part).size !== part.length) throw new Error('an enumerated part has duplicates');
    if (part.some((w) => w.includes(separator)))
      throw new Error(`an enumerated word contains "${separator}"`);
  }
  const radices = parts.map((p) => p.length);
  return {
    size: radixProduct(radices),
    // mixedRadix's digits (least significant first), one word per part, joined: without the arrays, since
    // street names and cities are drawn on every row.
    at: (k) => {
      let text = '';
      let rest = k;
      for (let i = 0; i < parts.length; i++) {
        const radix = radices[i] as number;
        const digit = rest % radix;
        rest = Math.floor(rest / radix);
        text += (i === 0 ? '' : separator) + at(at(parts, i), digit);
      }
      return text;
    },
  };
}

/**
 * The spaces one after another. The caller guarantees they are disjoint (say why where it is used).
 * @example unionEnumeration([listEnumeration(['a']), listEnumeration(['b'])]).at(1) // 'b'
 */
export function unionEnumeration(spaces: readonly Enumeration[]): Enumeration {
  return {
    size: spaces.reduce((n, s) => n + s.size, 0),
    at: (k) => {
      for (const space of spaces) {
        if (k < space.size) return space.at(k);
        k -= space.size;
      }
      throw new RangeError(`index ${k} is outside the enumeration`);
    },
  };
}

/** A uniform element of `e`, using draw `draw` of the row. */
export function drawFrom(e: Enumeration, s: Stream, row: number, draw: number): string {
  return e.at(below(s, row, draw, e.size));
}
