/**
 * @module The characters one regex atom can match, as sorted code point ranges, so that whether two atoms
 * can match a common character is decided exactly and at once, not by trying every code point.
 *
 * A set is never smaller than the truth: where an atom's characters are not worked out here (a Unicode
 * property, a `v`-flag set operation, a case-insensitive match) it is every character, which can only make
 * two sets look overlapping, never disjoint.
 */
import type { AstNode } from 'regjsparser';
import type { ParseFeatures } from '../../engine/values/pattern/astToPatternNode.js';

/** Inclusive code point ranges, sorted and not touching. */
export type CharSet = readonly (readonly [number, number])[];

const MAX = 0x10ffff;
export const NO_CHARS: CharSet = [];
export const ANY_CHAR: CharSet = [[0, MAX]];

const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
/** ECMAScript's WhiteSpace and LineTerminator (what `\s` matches). */
const SPACE: CharSet = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: CharSet = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

/** The union of some sets. */
export function unionOf(...sets: readonly CharSet[]): CharSet {
  const all = sets.flat().sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of all) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

/**
 * Whether some character is in both sets.
 * @example intersects([[0x61, 0x7a]], [[0x2e, 0x2e]]) // false: no letter is a dot
 */
export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i] as readonly [number, number];
    const [blo, bhi] = b[j] as readonly [number, number];
    if (ahi < blo) i++;
    else if (bhi < alo) j++;
    else return true;
  }
  return false;
}

function escapeSet(letter: 'd' | 'D' | 'w' | 'W' | 's' | 'S'): CharSet {
  const base = letter === 'd' || letter === 'D' ? DIGIT : letter === 'w' || letter === 'W' ? WORD : SPACE;
  return letter === letter.toUpperCase() ? complement(base) : base;
}

/**
 * The characters an atom (`value`, `dot`, a class or a class escape) matches under the given flags.
 * @example charSetOf(regjsparser.parse('[a-c\\d]', 'u').body, 'u') // [[0x30, 0x39], [0x61, 0x63]]
 */
export function charSetOf(atom: AstNode<ParseFeatures>, flags: string): CharSet {
  // Case folding adds characters this does not work out (`k` also matches KELVIN SIGN under `iu`).
  if (flags.includes('i')) return ANY_CHAR;
  switch (atom.type) {
    case 'value':
      return [[atom.codePoint, atom.codePoint]];
    case 'dot':
      return flags.includes('s') ? ANY_CHAR : complement(LINE_TERMINATORS);
    case 'characterClassEscape':
      return escapeSet(atom.value);
    case 'characterClass': {
      if (atom.kind !== 'union') return ANY_CHAR;
      const parts: CharSet[] = [];
      for (const item of atom.body as readonly AstNode<ParseFeatures>[]) {
        if (item.type === 'characterClassRange') parts.push([[item.min.codePoint, item.max.codePoint]]);
        else if (item.type === 'value' || item.type === 'characterClassEscape')
          parts.push(charSetOf(item, flags));
        else return ANY_CHAR;
      }
      const set = unionOf(...parts);
      return atom.negative ? complement(set) : set;
    }
    default:
      return ANY_CHAR;
  }
}
