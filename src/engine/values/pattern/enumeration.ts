/**
 * @module Injective enumerations of string sets, and the combinators that keep them injective.
 *
 * Each combinator states the condition under which it stays injective; `enumeratePattern.ts` only combines
 * enumerations that meet it. Lengths and character positions are in UTF-16 code units, so that they describe
 * the rendered strings whatever the unicode mode.
 */
import { MAX_PERMUTATION_SIZE } from '../../random/permutation.js';
import {
  charAt,
  charSetOf,
  EMPTY_SET,
  intersect,
  isDisjoint,
  union,
  type CharSet,
} from '../../../jsonSchema/pattern/charSet.js';

/** A set of strings with an injective `render` over [0, min(size, 2^52)), and what is known of its shape. */
export interface Enumeration {
  /** An exact integer ≤ 2^52, or `Infinity` when the set is larger. */
  readonly size: number;
  readonly minLength: number;
  readonly maxLength: number;
  /** Every code unit that can start a non-empty member (a superset is fine: it only serves disjointness proofs). */
  readonly first: CharSet;
  readonly last: CharSet;
  /** No member is a proper prefix of another, so a concatenation splits after this part in one way only. */
  readonly prefixFree: boolean;
  readonly suffixFree: boolean;
  /** For fixed-length sets: a superset of the code units at position `i`. */
  readonly unitsAt: ((i: number) => CharSet) | null;
  render(k: number): string;
}

const HIGH_SURROGATES = charSetOf([[0xd800, 0xdbff]]);
const LOW_SURROGATES = charSetOf([[0xdc00, 0xdfff]]);
const BMP = charSetOf([[0, 0xffff]]);

export function capped(size: number): number {
  return size > MAX_PERMUTATION_SIZE ? Infinity : size;
}

export function isFixedLength(e: Enumeration): boolean {
  return e.minLength === e.maxLength;
}

/** One character of `set`: distinct members render to distinct strings of one code point each. */
export function charsEnumeration(set: CharSet): Enumeration {
  const bmp = intersect(set, BMP);
  const astral = set.size > bmp.size;
  const minLength = bmp.size > 0 ? 1 : 2;
  const maxLength = astral ? 2 : 1;
  return {
    size: set.size,
    minLength,
    maxLength,
    first: astral ? union(bmp, HIGH_SURROGATES) : bmp,
    last: astral ? union(bmp, LOW_SURROGATES) : bmp,
    // Unicode mode never puts lone surrogates in a set, so a BMP member is never a prefix of an astral one.
    prefixFree: true,
    suffixFree: true,
    unitsAt:
      minLength !== maxLength
        ? null
        : astral
          ? (i) => (i === 0 ? HIGH_SURROGATES : LOW_SURROGATES)
          : () => bmp,
    render: (k) => String.fromCodePoint(charAt(set, k)),
  };
}

export function literalEnumeration(text: string): Enumeration {
  const unit = (i: number): CharSet => charSetOf([[text.charCodeAt(i), text.charCodeAt(i)]]);
  return {
    size: 1,
    minLength: text.length,
    maxLength: text.length,
    first: text.length > 0 ? unit(0) : EMPTY_SET,
    last: text.length > 0 ? unit(text.length - 1) : EMPTY_SET,
    prefixFree: true,
    suffixFree: true,
    unitsAt: unit,
    render: () => text,
  };
}

/**
 * Splits `k` < 2^52 into one digit per radix, injectively. Infinite radices share the bits of `k` (the last
 * one takes what is left) instead of the first one taking all, so that every part of a huge concatenation
 * varies once `k` is spread over [0, 2^52) by a permutation.
 */
function mixedRadix(sizes: readonly number[]): (k: number) => number[] {
  const infinite = sizes.flatMap((s, i) => (s === Infinity ? [i] : []));
  const finite = sizes.flatMap((s, i) => (s === Infinity ? [] : [i]));
  const share = 2 ** Math.floor(52 / Math.max(1, infinite.length));
  const order = [...finite, ...infinite];
  return (k) => {
    const digits = sizes.map(() => 0);
    let rest = k;
    order.forEach((part, n) => {
      const radix =
        sizes[part] === Infinity ? (n === order.length - 1 ? Infinity : share) : (sizes[part] as number);
      digits[part] = radix === Infinity ? rest : rest % radix;
      rest = radix === Infinity ? 0 : Math.floor(rest / radix);
    });
    return digits;
  };
}

/**
 * The concatenation of `parts`. Injective when some part j has only prefix-free parts before it and only
 * suffix-free parts after it: then every string splits into parts in exactly one way.
 */
export function concatEnumeration(parts: readonly Enumeration[]): Enumeration {
  if (parts.length === 1) return parts[0] as Enumeration;
  const digitsOf = mixedRadix(parts.map((p) => p.size));
  const fixed = parts.every(isFixedLength);
  const offsets: number[] = [];
  let length = 0;
  for (const part of parts) {
    offsets.push(length);
    length += part.minLength;
  }
  const firstNonEmpty = parts.findIndex((p) => p.minLength > 0);
  const lastNonEmpty = parts.findLastIndex((p) => p.minLength > 0);
  return {
    size: capped(parts.reduce((size, p) => size * p.size, 1)),
    minLength: parts.reduce((sum, p) => sum + p.minLength, 0),
    maxLength: parts.reduce((sum, p) => sum + p.maxLength, 0),
    first: union(...parts.slice(0, firstNonEmpty < 0 ? parts.length : firstNonEmpty + 1).map((p) => p.first)),
    last: union(...parts.slice(lastNonEmpty < 0 ? 0 : lastNonEmpty).map((p) => p.last)),
    prefixFree: parts.every((p) => p.prefixFree),
    suffixFree: parts.every((p) => p.suffixFree),
    unitsAt: fixed
      ? (i) => {
          const p = offsets.findLastIndex((offset) => offset <= i);
          return (parts[p] as Enumeration).unitsAt?.(i - (offsets[p] as number)) ?? EMPTY_SET;
        }
      : null,
    render: (k) => {
      const digits = digitsOf(k);
      return parts.map((p, i) => p.render(digits[i] as number)).join('');
    },
  };
}

/** `count` copies of `body`; injective when `body` is prefix-free or suffix-free. */
export function powerEnumeration(body: Enumeration, count: number): Enumeration {
  if (count === 0) return literalEnumeration('');
  if (count === 1) return body;
  let size = 1;
  for (let i = 0; i < count && size !== Infinity; i++) size = capped(size * body.size);
  // As in `mixedRadix`: an infinite body shares the bits of k between the copies, the last taking the rest.
  const radix = body.size === Infinity ? 2 ** Math.floor(52 / count) : body.size;
  const length = body.minLength;
  return {
    size,
    minLength: body.minLength * count,
    maxLength: body.maxLength * count,
    first: body.first,
    last: body.last,
    prefixFree: body.prefixFree,
    suffixFree: body.suffixFree,
    unitsAt:
      isFixedLength(body) && body.unitsAt && length > 0
        ? (i) => body.unitsAt?.(i % length) ?? EMPTY_SET
        : null,
    render: (k) => {
      let out = '';
      let rest = k;
      for (let i = 0; i < count; i++) {
        const lastInfinite = body.size === Infinity && i === count - 1;
        out += body.render(lastInfinite ? rest : rest % radix);
        rest = Math.floor(rest / radix);
      }
      return out;
    },
  };
}

/** Positions compared when proving two same-length sets disjoint; enough for real patterns, and bounded. */
const PROBED_POSITIONS = 64;

/** True only when no string can be in both sets (false means "could not prove it", not "they overlap"). */
export function provablyDisjoint(a: Enumeration, b: Enumeration): boolean {
  if (a.maxLength < b.minLength || b.maxLength < a.minLength) return true;
  if (a.minLength > 0 && b.minLength > 0 && (isDisjoint(a.first, b.first) || isDisjoint(a.last, b.last)))
    return true;
  if (!isFixedLength(a) || !isFixedLength(b) || !a.unitsAt || !b.unitsAt) return false;
  for (let i = 0; i < a.minLength; i++) {
    if (i === PROBED_POSITIONS && a.minLength > 2 * PROBED_POSITIONS) i = a.minLength - PROBED_POSITIONS;
    if (isDisjoint(a.unitsAt(i), b.unitsAt(i))) return true;
  }
  return false;
}

/** Neither set has a member that is a proper prefix of a member of the other. */
function prefixDisjoint(a: Enumeration, b: Enumeration): boolean {
  if (a.minLength > 0 && b.minLength > 0 && isDisjoint(a.first, b.first)) return true;
  return isFixedLength(a) && isFixedLength(b) && a.minLength === b.minLength;
}

function suffixDisjoint(a: Enumeration, b: Enumeration): boolean {
  if (a.minLength > 0 && b.minLength > 0 && isDisjoint(a.last, b.last)) return true;
  return isFixedLength(a) && isFixedLength(b) && a.minLength === b.minLength;
}

function pairwise(list: readonly Enumeration[], holds: (a: Enumeration, b: Enumeration) => boolean): boolean {
  return list.every((a, i) => list.slice(i + 1).every((b) => holds(a, b)));
}

/** The union of `branches`, which must be pairwise disjoint (see `provablyDisjoint`). */
export function altEnumeration(branches: readonly Enumeration[]): Enumeration {
  if (branches.length === 1) return branches[0] as Enumeration;
  // Finite branches first, so that one infinite branch cannot hide the others.
  const ordered = [...branches].sort((a, b) => Number(a.size === Infinity) - Number(b.size === Infinity));
  const sameLength = branches.every((b) => isFixedLength(b) && b.minLength === branches[0]?.minLength);
  return {
    size: capped(branches.reduce((size, b) => size + b.size, 0)),
    minLength: Math.min(...branches.map((b) => b.minLength)),
    maxLength: Math.max(...branches.map((b) => b.maxLength)),
    first: union(...branches.map((b) => b.first)),
    last: union(...branches.map((b) => b.last)),
    prefixFree: branches.every((b) => b.prefixFree) && pairwise(branches, prefixDisjoint),
    suffixFree: branches.every((b) => b.suffixFree) && pairwise(branches, suffixDisjoint),
    unitsAt: sameLength ? (i) => union(...branches.map((b) => b.unitsAt?.(i) ?? EMPTY_SET)) : null,
    render: (k) => {
      let rest = k;
      for (const branch of ordered) {
        if (rest < branch.size) return branch.render(rest);
        rest -= branch.size;
      }
      throw new RangeError(`enumeration index ${k} is outside the domain`);
    },
  };
}

/**
 * `body` repeated `min`..`max` times, for a fixed-length non-empty `body`: each count gives another total
 * length, so the counts are disjoint and the union stays injective.
 */
export function countsEnumeration(body: Enumeration, min: number, max: number): Enumeration {
  // Block sizes grow with the count; once the total is infinite, later counts could never be reached.
  const blocks: Enumeration[] = [];
  let size = 0;
  for (let count = min; count <= max && size !== Infinity; count++) {
    const block = powerEnumeration(body, count);
    blocks.push(block);
    size = capped(size + block.size);
  }
  if (blocks.length === 1) return blocks[0] as Enumeration;
  return {
    size,
    minLength: body.minLength * min,
    maxLength: (blocks[blocks.length - 1] as Enumeration).maxLength,
    first: body.first,
    last: body.last,
    // A member of count c is a prefix, and a suffix, of members of count c + 1.
    prefixFree: false,
    suffixFree: false,
    unitsAt: null,
    render: (k) => {
      if (body.size === 1) return (blocks[k] as Enumeration).render(0);
      let rest = k;
      for (const block of blocks) {
        if (rest < block.size) return block.render(rest);
        rest -= block.size;
      }
      throw new RangeError(`enumeration index ${k} is outside the domain`);
    },
  };
}
