/**
 * @module The characters V8 accepts for one character atom of a pattern (`a`, `.`, `\d`, `[a-z-]`, `\p{L}`),
 * as code point ranges: the RE2 translation writes them out, and the backtracking analysis proves two atoms
 * share no character with them.
 */
import type { AstNode } from 'regjsparser';
import type { ParseFeatures } from './astToPatternNode.js';
import { charSetOf, complement, union, type CharSet } from './charSet.js';
import { DIGITS, SPACES, WORD } from './characterClass.js';

const setCache = new Map<string, CharSet>();

/** The code points V8 accepts for a one-character atom under `flags`, by asking it about each one. */
export function atomSet(raw: string, flags: string): CharSet {
  const key = `${flags}/${raw}`;
  const cached = setCache.get(key);
  if (cached) return cached;
  const re = new RegExp(`^(?:${raw})$`, flags);
  const pairs: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= 0x110000; c++) {
    const hit = c < 0x110000 && re.test(String.fromCodePoint(c));
    if (hit && start < 0) start = c;
    else if (!hit && start >= 0) {
      pairs.push([start, c - 1]);
      start = -1;
    }
  }
  const set = charSetOf(pairs);
  setCache.set(key, set);
  return set;
}

/** ECMAScript's `\d \w \s` without `i`: known sets, so the common escapes need no scan. */
const ESCAPES: Record<string, CharSet> = { d: DIGITS, w: WORD, s: SPACES };

/** `\d`, `\W`… as a known set; null under `i`, where V8's case folding decides. */
export function escapeSet(value: string, flags: string): CharSet | null {
  if (flags.includes('i')) return null;
  const set = ESCAPES[value.toLowerCase()];
  if (!set) return null;
  return value === value.toLowerCase() ? set : complement(set);
}

/** A plain class (`[a-z\d_-]`, `[^.]`) from its members, without asking V8; null for anything else. */
function classSet(
  atom: Extract<AstNode<ParseFeatures>, { type: 'characterClass' }>,
  flags: string,
): CharSet | null {
  if (atom.kind !== 'union' || flags.includes('i')) return null;
  const parts: CharSet[] = [];
  for (const item of atom.body as readonly AstNode<ParseFeatures>[]) {
    if (item.type === 'value') parts.push(charSetOf([[item.codePoint, item.codePoint]]));
    else if (item.type === 'characterClassRange')
      parts.push(charSetOf([[item.min.codePoint, item.max.codePoint]]));
    else if (item.type === 'characterClassEscape') {
      const set = escapeSet(item.value, flags);
      if (!set) return null;
      parts.push(set);
    } else return null;
  }
  const set = union(...parts);
  return atom.negative ? complement(set) : set;
}

/**
 * The characters a one-character atom matches under `flags`: exact, from the syntax where that is plain
 * (a literal, `\d`, a class of literals, ranges and escapes) and from V8 otherwise. Without `u` a negated
 * class also holds astral code points, which only makes it larger than what V8 matches, never smaller.
 * @example atomCharSet(regjsparser.parse('[a-c\\d]', 'u'), 'u') // the set {0-9, a-c}
 */
export function atomCharSet(atom: AstNode<ParseFeatures>, flags: string): CharSet {
  switch (atom.type) {
    case 'value':
      return flags.includes('i') ? atomSet(atom.raw, flags) : charSetOf([[atom.codePoint, atom.codePoint]]);
    case 'characterClassEscape':
      return escapeSet(atom.value, flags) ?? atomSet(atom.raw, flags);
    case 'characterClass':
      return classSet(atom, flags) ?? atomSet(atom.raw, flags);
    default:
      return atomSet(atom.raw, flags);
  }
}
