/**
 * @module IDNA2008's derived property of a code point (RFC 5892 §3), computed from the Unicode properties
 * JavaScript regular expressions expose, so no table needs to be vendored or kept in step with Unicode.
 */

/** The derived property values of RFC 5892 §2.7 (BackwardCompatible is empty, so it is left out). */
export type IdnaProperty = 'PVALID' | 'CONTEXTJ' | 'CONTEXTO' | 'DISALLOWED' | 'UNASSIGNED';

/** RFC 5892 §2.6, the Exceptions category: these override every derived rule. */
const EXCEPTIONS = new Map<number, IdnaProperty>([
  ...[0x00df, 0x03c2, 0x06fd, 0x06fe, 0x0f0b, 0x3007].map((c) => [c, 'PVALID'] as const),
  ...[0x00b7, 0x0375, 0x05f3, 0x05f4, 0x30fb].map((c) => [c, 'CONTEXTO'] as const),
  ...[0x0640, 0x07fa, 0x302e, 0x302f, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303b].map(
    (c) => [c, 'DISALLOWED'] as const,
  ),
]);

const UNASSIGNED = /^\p{Cn}$/u;
const LDH = /^[a-z0-9-]$/;
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Noncharacter_Code_Point}]$/u;
const LETTER_DIGIT = /^[\p{Ll}\p{Lu}\p{Lo}\p{Nd}\p{Lm}\p{Mn}\p{Mc}]$/u;
const CHEROKEE = /^\p{Script=Cherokee}$/u;

/** RFC 5892 §2.5 IgnorableBlocks and §2.9 OldHangulJamo (Hangul_Syllable_Type L, V, T), as ranges. */
const DISALLOWED_RANGES: readonly (readonly [number, number])[] = [
  [0x20d0, 0x20ff], // Combining Diacritical Marks for Symbols
  [0x1d100, 0x1d1ff], // Musical Symbols
  [0x1d200, 0x1d24f], // Ancient Greek Musical Notation
  [0x1100, 0x11ff], // Hangul Jamo
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
];

/**
 * Full case folding of one character. JavaScript has no casefold, but upper-then-lower reproduces it
 * (ſ→s, ς→σ, ᾳ→αι) as long as the round trip stays in the character's simple-fold class; `/iu` tells us
 * whether it does, which keeps dotless ı (whose uppercase I folds to i) from being folded. Cherokee is the one
 * script that folds to uppercase.
 */
function caseFold(ch: string): string {
  const upper = ch.toUpperCase();
  if (CHEROKEE.test(ch)) return upper;
  const roundTrip = upper.toLowerCase();
  if (roundTrip === ch) return ch;
  const simple = [...roundTrip].length === 1;
  return !simple || new RegExp(`^${ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, 'iu').test(roundTrip)
    ? roundTrip
    : ch.toLowerCase();
}

/** RFC 5892 §2.3 Unstable: the code point changes under NFKC_Casefold. */
function unstable(ch: string): boolean {
  const nfkc = ch.normalize('NFKC');
  return [...nfkc].map(caseFold).join('').normalize('NFKC') !== ch;
}

/**
 * The IDNA2008 derived property of one code point, per the ordered rules of RFC 5892 §3.
 * @example idnaProperty(0xfc) // 'PVALID' (ü)
 */
export function idnaProperty(cp: number): IdnaProperty {
  const exception = EXCEPTIONS.get(cp);
  if (exception) return exception;
  const ch = String.fromCodePoint(cp);
  if (UNASSIGNED.test(ch)) return 'UNASSIGNED';
  if (LDH.test(ch)) return 'PVALID';
  if (cp === 0x200c || cp === 0x200d) return 'CONTEXTJ';
  if (unstable(ch) || IGNORABLE.test(ch)) return 'DISALLOWED';
  if (DISALLOWED_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)) return 'DISALLOWED';
  return LETTER_DIGIT.test(ch) ? 'PVALID' : 'DISALLOWED';
}
