/**
 * @module Sets of characters as sorted ranges: the alphabet of one regex atom (`[a-z]`, `\d`, `.`).
 *
 * Members are code points in unicode mode (flags `u`/`v`) and UTF-16 code units otherwise; the set does not
 * need to know which, because the caller renders every member with `String.fromCodePoint`.
 */

/** Sorted, disjoint, non-adjacent inclusive ranges, with cumulative counts so `charAt` is a binary search. */
export interface CharSet {
  /** Flattened `[lo0, hi0, lo1, hi1, …]`. */
  readonly ranges: readonly number[];
  /** `offsets[i]` is the number of members below range `i`. */
  readonly offsets: readonly number[];
  readonly size: number;
}

export const MAX_CODE_POINT = 0x10ffff;

/** Builds a set from inclusive `[lo, hi]` pairs in any order, overlapping or not. */
export function charSetOf(pairs: readonly (readonly [number, number])[]): CharSet {
  const sorted = pairs.filter(([lo, hi]) => lo <= hi).sort((x, y) => x[0] - y[0]);
  const ranges: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = ranges.length - 1;
    if (ranges.length > 0 && lo <= (ranges[last] as number) + 1) {
      ranges[last] = Math.max(ranges[last] as number, hi);
    } else {
      ranges.push(lo, hi);
    }
  }
  const offsets: number[] = [];
  let size = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    offsets.push(size);
    size += (ranges[i + 1] as number) - (ranges[i] as number) + 1;
  }
  return { ranges, offsets, size };
}

/** Inclusive `[lo, hi]` pairs of a set, the form `charSetOf` accepts. */
export function pairsOf(set: CharSet): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < set.ranges.length; i += 2)
    pairs.push([set.ranges[i] as number, set.ranges[i + 1] as number]);
  return pairs;
}

export const EMPTY_SET = charSetOf([]);

export function union(...sets: readonly CharSet[]): CharSet {
  return charSetOf(sets.flatMap(pairsOf));
}

export function complement(set: CharSet): CharSet {
  const pairs: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of pairsOf(set)) {
    pairs.push([next, lo - 1]);
    next = hi + 1;
  }
  pairs.push([next, MAX_CODE_POINT]);
  return charSetOf(pairs);
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  const pairs: [number, number][] = [];
  const pa = pairsOf(a);
  const pb = pairsOf(b);
  let i = 0;
  let j = 0;
  while (i < pa.length && j < pb.length) {
    const [alo, ahi] = pa[i] as [number, number];
    const [blo, bhi] = pb[j] as [number, number];
    pairs.push([Math.max(alo, blo), Math.min(ahi, bhi)]);
    if (ahi < bhi) i++;
    else j++;
  }
  return charSetOf(pairs);
}

export function subtract(a: CharSet, b: CharSet): CharSet {
  return intersect(a, complement(b));
}

export function isDisjoint(a: CharSet, b: CharSet): boolean {
  return intersect(a, b).size === 0;
}

/** The member at `index` in ascending order, 0 ≤ index < size. */
export function charAt(set: CharSet, index: number): number {
  let lo = 0;
  let hi = set.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((set.offsets[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return (set.ranges[2 * lo] as number) + index - (set.offsets[lo] as number);
}

/** The members that `keep` accepts, visiting at most `limit` members in ascending order. */
export function filterCharSet(set: CharSet, keep: (member: number) => boolean, limit: number): CharSet {
  const pairs: [number, number][] = [];
  let visited = 0;
  for (const [lo, hi] of pairsOf(set)) {
    for (let c = lo; c <= hi && visited < limit; c++, visited++) if (keep(c)) pairs.push([c, c]);
  }
  return charSetOf(pairs);
}

/** Whether `member` is in the set (a binary search of its ranges). */
export function hasMember(set: CharSet, member: number): boolean {
  let lo = 0;
  let hi = set.ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (member < (set.ranges[2 * mid] as number)) hi = mid - 1;
    else if (member > (set.ranges[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}
