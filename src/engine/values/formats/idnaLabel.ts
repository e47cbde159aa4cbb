/**
 * @module Whether a string is a valid IDNA2008 U-label (RFC 5891 §4.2, §5.4): code points PVALID, or
 * CONTEXTJ/CONTEXTO with their rule (RFC 5892 Appendix A) satisfied, plus the hyphen and leading-mark
 * restrictions. Label length and the Bidi Rule span the whole name; idnHostnameSyntax.ts checks them.
 */
import { idnaProperty } from './idnaCodePoints.js';
import { joiningType } from './joiningType.js';

const MARK = /^\p{M}/u;
const GREEK = /^\p{Script=Greek}$/u;
const HEBREW = /^\p{Script=Hebrew}$/u;
const KANA_HAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * Canonical_Combining_Class 9 (Virama), which JavaScript does not expose. NFD sorts adjacent marks by
 * combining class, and U+3099 has class 8 and U+05B0 class 10: a mark is moved after the first and before the
 * second exactly when its class is 9.
 */
function isVirama(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  const m = String.fromCodePoint(cp);
  return `a${m}\u3099`.normalize('NFD') === `a\u3099${m}` && `a\u05b0${m}`.normalize('NFD') === `a${m}\u05b0`;
}

const inRange = (cp: number | undefined, lo: number, hi: number): boolean =>
  cp !== undefined && cp >= lo && cp <= hi;

/** RFC 5892 A.1: ZWNJ after a virama, or between a left-joining and a right-joining letter. */
function zwnjAllowed(points: readonly number[], i: number): boolean {
  if (isVirama(points[i - 1])) return true;
  let before = i - 1;
  while (before >= 0 && joiningType(points[before] as number) === 'T') before--;
  let after = i + 1;
  while (after < points.length && joiningType(points[after] as number) === 'T') after++;
  const left = before >= 0 ? joiningType(points[before] as number) : 'U';
  const right = after < points.length ? joiningType(points[after] as number) : 'U';
  return (left === 'L' || left === 'D') && (right === 'R' || right === 'D');
}

/** The contextual rules of RFC 5892 Appendix A for the code point at `i`. */
function contextAllows(points: readonly number[], i: number): boolean {
  const cp = points[i] as number;
  const before = points[i - 1];
  const after = points[i + 1];
  const charAt = (p: number | undefined): string => (p === undefined ? '' : String.fromCodePoint(p));
  if (cp === 0x200c) return zwnjAllowed(points, i);
  if (cp === 0x200d) return isVirama(before);
  if (cp === 0x00b7) return before === 0x6c && after === 0x6c;
  if (cp === 0x0375) return GREEK.test(charAt(after));
  if (cp === 0x05f3 || cp === 0x05f4) return HEBREW.test(charAt(before));
  if (cp === 0x30fb) return KANA_HAN.test(String.fromCodePoint(...points));
  if (inRange(cp, 0x0660, 0x0669)) return !points.some((p) => inRange(p, 0x06f0, 0x06f9));
  if (inRange(cp, 0x06f0, 0x06f9)) return !points.some((p) => inRange(p, 0x0660, 0x0669));
  return false;
}

/**
 * Whether `label` is a valid U-label, leaving length and the Bidi Rule to the caller.
 * @example isValidULabel('bücher') // true
 * @example isValidULabel('a·b') // false: MIDDLE DOT only between two l's
 */
export function isValidULabel(label: string): boolean {
  if (label === '' || label !== label.normalize('NFC')) return false;
  const points = Array.from(label, (c) => c.codePointAt(0) as number);
  // RFC 5891 §4.2.3.1: positions 3 and 4 are code points, not UTF-16 units.
  if (label.startsWith('-') || label.endsWith('-') || (points[2] === 0x2d && points[3] === 0x2d))
    return false;
  if (MARK.test(label)) return false;
  return points.every((cp, i) => {
    const property = idnaProperty(cp);
    if (property === 'PVALID') return true;
    if (property === 'CONTEXTJ' || property === 'CONTEXTO') return contextAllows(points, i);
    return false;
  });
}
